package ru.nko.platform.support;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

import ru.nko.platform.roadmap.IndicatorProvider;

/**
 * Indicator providers for tests: two whose values a test sets, one that always fails.
 * Their words are in {@code messages/test-indicators.properties} of the test resources,
 * added to the application's bundles here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIndicatorProviders {

	/** The value the "test.settable" provider gives. */
	public static final AtomicReference<BigDecimal> VALUE = new AtomicReference<>(BigDecimal.ONE);

	/** The value the "test.other" provider gives. */
	public static final AtomicReference<BigDecimal> OTHER = new AtomicReference<>(BigDecimal.ONE);

	/**
	 * How many times "test.other" was asked: a test sees whether an indicator was
	 * recomputed.
	 */
	public static final AtomicInteger OTHER_ASKED = new AtomicInteger();

	@Bean
	static BeanPostProcessor testIndicatorWords() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof AbstractResourceBasedMessageSource bundles && "messageSource".equals(name)) {
					bundles.addBasenames("messages/test-indicators");
				}
				return bean;
			}
		};
	}

	@Bean
	IndicatorProvider settableTestProvider() {
		return IndicatorProvider.of("test.settable", context -> VALUE.get());
	}

	@Bean
	IndicatorProvider otherTestProvider() {
		return IndicatorProvider.of("test.other", context -> {
			OTHER_ASKED.incrementAndGet();
			return OTHER.get();
		});
	}

	@Bean
	IndicatorProvider failingTestProvider() {
		return IndicatorProvider.of("test.failing", context -> {
			throw new IllegalStateException("источник данных недоступен");
		});
	}

}

package ru.nko.platform.support;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import ru.nko.platform.roadmap.IndicatorContext;
import ru.nko.platform.roadmap.IndicatorProvider;

/** Indicator providers for tests: one whose value a test sets, one that always fails. */
@TestConfiguration(proxyBeanMethods = false)
public class TestIndicatorProviders {

	/** The value the "test.settable" provider gives. */
	public static final AtomicReference<BigDecimal> VALUE = new AtomicReference<>(BigDecimal.ONE);

	@Bean
	IndicatorProvider settableTestProvider() {
		return new IndicatorProvider() {
			public String key() {
				return "test.settable";
			}

			public String description() {
				return "Тестовый показатель с задаваемым значением";
			}

			public String unit() {
				return "шт.";
			}

			public BigDecimal compute(IndicatorContext context) {
				return VALUE.get();
			}
		};
	}

	@Bean
	IndicatorProvider failingTestProvider() {
		return new IndicatorProvider() {
			public String key() {
				return "test.failing";
			}

			public String description() {
				return "Тестовый показатель, который всегда сбоит";
			}

			public String unit() {
				return "шт.";
			}

			public BigDecimal compute(IndicatorContext context) {
				throw new IllegalStateException("источник данных недоступен");
			}
		};
	}
}

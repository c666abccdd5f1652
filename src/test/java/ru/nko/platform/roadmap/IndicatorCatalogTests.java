package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.StaticMessageSource;

import ru.nko.platform.shared.text.RussianFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue refuses to start with two providers of one key, or with a provider whose
 * words are missing.
 */
class IndicatorCatalogTests {

	/** One module's provider. */
	@Configuration(proxyBeanMethods = false)
	static class FirstModuleProviders {

		@Bean
		IndicatorProvider registeredProblems() {
			return IndicatorProvider.of("interaction.problems.registered", context -> BigDecimal.ONE);
		}

	}

	/** Another module that took the same key by mistake. */
	@Configuration(proxyBeanMethods = false)
	static class SecondModuleProviders {

		@Bean
		IndicatorProvider sameKeyAgain() {
			return IndicatorProvider.of("interaction.problems.registered", context -> BigDecimal.TEN);
		}

	}

	/** The words of the first module's provider. */
	@Configuration(proxyBeanMethods = false)
	static class Words {

		@Bean
		StaticMessageSource messageSource() {
			StaticMessageSource messages = new StaticMessageSource();
			Locale ru = Locale.forLanguageTag("ru-RU");
			messages.addMessage("indicator.interaction.problems.registered.description", ru, "Проблемы НКО");
			messages.addMessage("indicator.interaction.problems.registered.unit.one", ru, "проблема");
			messages.addMessage("indicator.interaction.problems.registered.unit.few", ru, "проблемы");
			messages.addMessage("indicator.interaction.problems.registered.unit.many", ru, "проблем");
			return messages;
		}

	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withBean(Clock.class, () -> Clock.system(ZoneId.of("Europe/Moscow")))
		.withBean(RussianFormat.class)
		.withBean(IndicatorCatalog.class)
		.withUserConfiguration(Words.class);

	@Test
	void twoProvidersWithOneKeyStopTheStartUpNamingTheKeyAndBothDeclarations() {
		this.context.withUserConfiguration(FirstModuleProviders.class, SecondModuleProviders.class).run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).hasMessageContaining("'interaction.problems.registered'")
				.hasMessageContaining(FirstModuleProviders.class.getName() + "#registeredProblems()")
				.hasMessageContaining(SecondModuleProviders.class.getName() + "#sameKeyAgain()");
		});
	}

	@Test
	void oneProviderPerKeyStartsAndIsFoundWithItsWords() {
		this.context.withUserConfiguration(FirstModuleProviders.class).run(started -> {
			assertThat(started).hasNotFailed();
			IndicatorCatalog catalog = started.getBean(IndicatorCatalog.class);
			assertThat(catalog.views()).containsExactly(
					new IndicatorCatalog.ProviderView("interaction.problems.registered", "Проблемы НКО", "проблем"));
			assertThat(catalog.quantity("interaction.problems.registered", null, new BigDecimal("23")))
				.isEqualTo("23 проблемы");
		});
	}

	@Test
	void aProviderWithoutItsWordsInABundleStopsTheStartUpNamingTheMissingKeys() {
		new ApplicationContextRunner().withBean(Clock.class, () -> Clock.system(ZoneId.of("Europe/Moscow")))
			.withBean(RussianFormat.class)
			.withBean(IndicatorCatalog.class)
			.withUserConfiguration(SecondModuleProviders.class)
			.run(started -> {
				assertThat(started).hasFailed();
				assertThat(started.getStartupFailure())
					.hasMessageContaining("indicator.interaction.problems.registered.description")
					.hasMessageContaining("indicator.interaction.problems.registered.unit.few");
			});
	}

	@Test
	void theIndexNamesBothOriginsOfADuplicateKey() {
		IndicatorProvider one = IndicatorProvider.of("openness.applicants.social-share", context -> null);
		IndicatorProvider two = IndicatorProvider.of("openness.applicants.social-share", context -> null);
		assertThatThrownBy(() -> IndicatorCatalog.index(
				List.of(new IndicatorCatalog.Registered("a.One", one), new IndicatorCatalog.Registered("b.Two", two))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'openness.applicants.social-share'")
			.hasMessageContaining("a.One")
			.hasMessageContaining("b.Two");
	}

}

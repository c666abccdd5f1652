package ru.nko.platform.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import ru.nko.platform.shared.text.RussianFormat;

import static org.assertj.core.api.Assertions.assertThat;

class RussianFormatTests {

	private final RussianFormat ru = new RussianFormat(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/system", "messages/roadmap");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void pluralsFollowRussianRules() {
		assertThat(this.ru.plural("roadmap.measures", 1)).isEqualTo("1 мероприятие");
		assertThat(this.ru.plural("roadmap.measures", 3)).isEqualTo("3 мероприятия");
		assertThat(this.ru.plural("roadmap.measures", 5)).isEqualTo("5 мероприятий");
		assertThat(this.ru.plural("roadmap.measures", 11)).isEqualTo("11 мероприятий");
		assertThat(this.ru.plural("roadmap.measures", 21)).isEqualTo("21 мероприятие");
		assertThat(this.ru.plural("roadmap.measures", 22)).isEqualTo("22 мероприятия");
		assertThat(this.ru.plural("roadmap.measures", 112)).isEqualTo("112 мероприятий");
	}

	@Test
	void datesAndNumbersReadAsInRussianDocuments() {
		assertThat(this.ru.date(LocalDate.of(2025, 3, 12))).isEqualTo("12 марта 2025 г.");
		assertThat(this.ru.number(new BigDecimal("1234.5"))).isEqualTo("1\u202F234,5");
		assertThat(this.ru.number(null)).isEqualTo("—");
	}

	@Test
	void periodsAreWrittenWithRomanQuarters() {
		assertThat(this.ru.period(2024, 2)).isEqualTo("II квартал 2024 г.");
		assertThat(this.ru.period(2024, null)).isEqualTo("2024 г.");
	}
}

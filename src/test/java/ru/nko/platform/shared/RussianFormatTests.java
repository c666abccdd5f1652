package ru.nko.platform.shared;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import ru.nko.platform.shared.text.RussianFormat;

import static org.assertj.core.api.Assertions.assertThat;

class RussianFormatTests {

	private final RussianFormat ru = new RussianFormat(messages(), Clock.system(ZoneId.of("Europe/Moscow")));

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/system", "messages/roadmap", "messages/problems");
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
		assertThat(this.ru.inPeriod(2026, 4)).isEqualTo("в IV квартале 2026 г.");
		assertThat(this.ru.inPeriod(2026, null)).isEqualTo("в 2026 г.");
	}

	/**
	 * A number with its unit in the form Russian asks for; the unit's words from a
	 * provider's bundle.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1 | 1 проблема", "2 | 2 проблемы", "4 | 4 проблемы", "5 | 5 проблем", "11 | 11 проблем",
					"12 | 12 проблем", "14 | 14 проблем", "21 | 21 проблема", "22 | 22 проблемы", "23 | 23 проблемы",
					"52 | 52 проблемы", "111 | 111 проблем", "0 | 0 проблем", "2.5 | 2,5 проблемы",
					"1.50 | 1,5 проблемы", "100.00 | 100 проблем", "1.001 | 1 проблема" })
	void quantitiesTakeTheUnitInTheFormTheNumberAsksFor(String value, String expected) {
		assertThat(this.ru.quantity(new BigDecimal(value), "indicator.interaction.problems.registered.unit"))
			.isEqualTo(expected);
	}

	@Test
	void quantitiesGroupThousandsWithAThinSpace() {
		assertThat(this.ru.quantity(1001, "indicator.interaction.problems.registered.unit"))
			.isEqualTo("1\u202F001 проблема");
		assertThat(this.ru.quantity(null, "indicator.interaction.problems.registered.unit")).isEqualTo("—");
	}

}

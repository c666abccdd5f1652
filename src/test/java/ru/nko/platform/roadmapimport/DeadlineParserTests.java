package ru.nko.platform.roadmapimport;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.nko.platform.roadmap.Deadline;
import ru.nko.platform.roadmap.Recurrence;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineParserTests {

	private static final int BASE_YEAR = 2023;

	@ParameterizedTest(name = "\"{0}\" -> {1}..{2}")
	@CsvSource(delimiter = '|', textBlock = """
			2 – 3 квартал 2023 года      | 2023-04-01 | 2023-09-30
			2 - 3 квартал 2023 года      | 2023-04-01 | 2023-09-30
			2—3 квартал 2023 г.          | 2023-04-01 | 2023-09-30
			IV квартал 2024 года         | 2024-10-01 | 2024-12-31
			I квартал 2025 г.            | 2025-01-01 | 2025-03-31
			I квартал 2024 г.            | 2024-01-01 | 2024-03-31
			III–IV кварталы 2024 г.      | 2024-07-01 | 2024-12-31
			1 квартал 2024               | 2024-01-01 | 2024-03-31
			2 квартал 2024               | 2024-04-01 | 2024-06-30
			в течение 3 квартала 2024 года | 2024-07-01 | 2024-09-30
			2-й кв. 2024 г.              | 2024-04-01 | 2024-06-30
			IV КВАРТАЛ 2024 ГОДА.        | 2024-10-01 | 2024-12-31
			II полугодие 2024 года       | 2024-07-01 | 2024-12-31
			1 полугодие 2024 г.          | 2024-01-01 | 2024-06-30
			""")
	void parsesQuartersAndHalfYearsOfOneYear(String text, LocalDate start, LocalDate end) {
		assertOneTime(text, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}..{2}")
	@CsvSource(delimiter = '|', textBlock = """
			2023 год                 | 2023-01-01 | 2023-12-31
			2023 г.                  | 2023-01-01 | 2023-12-31
			в течение 2025 года      | 2025-01-01 | 2025-12-31
			В течение 2025 года.     | 2025-01-01 | 2025-12-31
			2023-2024 гг.            | 2023-01-01 | 2024-12-31
			2023 - 2024 гг.          | 2023-01-01 | 2024-12-31
			2023 – 2024 гг.          | 2023-01-01 | 2024-12-31
			С 2023 по 2024 гг.       | 2023-01-01 | 2024-12-31
			с 2023 по 2024 годы      | 2023-01-01 | 2024-12-31
			с 2023 года по 2024 год  | 2023-01-01 | 2024-12-31
			2024 – 2026 годы         | 2024-01-01 | 2026-12-31
			2023-2030 гг.            | 2023-01-01 | 2030-12-31
			в 2023 - 2025 годах      | 2023-01-01 | 2025-12-31
			""")
	void parsesYearsAndRangesOfYearsAsWholeYears(String text, LocalDate start, LocalDate end) {
		assertOneTime(text, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" -> ..{1}")
	@CsvSource(delimiter = '|', textBlock = """
			до 1 марта 2025 г.              | 2025-03-01
			до 15.03.2025                   | 2025-03-15
			не позднее 1 декабря 2024 года  | 2024-12-01
			в срок до 29 февраля 2024 г.    | 2024-02-29
			До 31 декабря 2024 года         | 2024-12-31
			до конца 2024 года              | 2024-12-31
			""")
	void parsesDueDatesAsPeriodsWithoutStart(String text, LocalDate end) {
		assertOneTime(text, null, end);
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			01.03.2025             | 2025-03-01
			1.3.2025 г.            | 2025-03-01
			1 марта 2025 года      | 2025-03-01
			«31» декабря 2024 г.   | 2024-12-31
			""")
	void parsesSingleDateAsOneDayPeriod(String text, LocalDate day) {
		assertOneTime(text, day, day);
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}..{2}")
	@CsvSource(delimiter = '|', textBlock = """
			март 2024 г.                           | 2024-03-01 | 2024-03-31
			май – июнь 2024                        | 2024-05-01 | 2024-06-30
			в феврале 2024 года                    | 2024-02-01 | 2024-02-29
			февраль 2023                           | 2023-02-01 | 2023-02-28
			с 1 марта 2024 г. по 30 июня 2024 г.   | 2024-03-01 | 2024-06-30
			01.03.2024 - 30.06.2024                | 2024-03-01 | 2024-06-30
			""")
	void parsesMonthsAndDateRanges(String text, LocalDate start, LocalDate end) {
		assertOneTime(text, start, end);
	}

	@ParameterizedTest(name = "\"{0}\" -> {3} {1}..{2} due {4}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Ежеквартально                                                      | 2023-01-01 |            | QUARTERLY  |
					Ежегодно                                                           | 2023-01-01 |            | YEARLY     |
					ЕЖЕГОДНО.                                                          | 2023-01-01 |            | YEARLY     |
					ежегодно до 1 февраля                                              | 2023-01-01 |            | YEARLY     | --02-01
					Ежегодно, до 1 февраля года, следующего за отчетным                | 2023-01-01 |            | YEARLY     | --02-01
					ежегодно до 1 февраля, 2024-2026 годы                              | 2024-01-01 | 2026-12-31 | YEARLY     | --02-01
					ежеквартально до 5 числа месяца, следующего за отчётным кварталом  | 2023-01-01 |            | QUARTERLY  |
					постоянно                                                          | 2023-01-01 |            | CONTINUOUS |
					Постоянно                                                          | 2023-01-01 |            | CONTINUOUS |
					на постоянной основе                                               | 2023-01-01 |            | CONTINUOUS |
					бессрочно                                                          | 2023-01-01 |            | CONTINUOUS |
					Ежегодно, 2023-2025 гг.                                            | 2023-01-01 | 2025-12-31 | YEARLY     |
					ежеквартально в течение 2024 года                                  | 2024-01-01 | 2024-12-31 | QUARTERLY  |
					Ежегодно, начиная с 2024 года                                      | 2024-01-01 |            | YEARLY     |
					2024-2026 гг., ежегодно                                            | 2024-01-01 | 2026-12-31 | YEARLY     |
					постоянно, 2023 – 2030 годы                                        | 2023-01-01 | 2030-12-31 | CONTINUOUS |
					""")
	void parsesRecurrencesStartingAtBaseYearUnlessYearsAreGiven(String text, LocalDate start, LocalDate end,
			Recurrence recurrence, MonthDay dueDay) {
		Deadline deadline = DeadlineParser.parse(text, BASE_YEAR);

		assertThat(deadline).isEqualTo(new Deadline(text, start, end, recurrence, dueDay, true));
		assertThat(deadline.recurring()).isTrue();
	}

	@Test
	void startsRecurrenceWithoutYearsAtJanuaryFirstOfBaseYear() {
		assertThat(DeadlineParser.parse("Ежегодно", 2026).start()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@ParameterizedTest(name = "\"{0}\" is not understood")
	@ValueSource(strings = { "", "   ", "по мере необходимости", "ежемесячно", "ежемесячно, 2023-2025 гг.",
			"абракадабра 2024", "2 квартал", "5 квартал 2023", "0 квартал 2023", "3-2 квартал 2024 года",
			"3 полугодие 2024", "2023-2019 гг.", "1989 год", "2101 год", "1 квартал 2101", "31.02.2025",
			"до 30 февраля 2025 г.", "ежегодно до 30 февраля", "июнь – май 2024", "с 2024 года",
			"ежегодно до 1 февраля 2025 года", "ежегодно по мере необходимости", "постояннойосновой",
			"2023 год, по мере необходимости", })
	void leavesUnknownOrInvalidTextUnparsedKeepingItVerbatim(String text) {
		assertThat(DeadlineParser.parse(text, BASE_YEAR)).isEqualTo(Deadline.unparsed(text));
	}

	@Test
	void treatsNullAsEmptyUnparsedText() {
		Deadline deadline = DeadlineParser.parse(null, BASE_YEAR);

		assertThat(deadline).isEqualTo(new Deadline("", null, null, Recurrence.NONE, null, false));
		assertThat(deadline.recurring()).isFalse();
	}

	@Test
	void toleratesNonBreakingSpacesAndKeepsTheOriginalTextExactly() {
		String text = "  2\u00A0–\u00A03\u00A0квартал\u00A02023\u202Fг. ";

		Deadline deadline = DeadlineParser.parse(text, BASE_YEAR);

		assertThat(deadline.text()).isSameAs(text);
		assertThat(deadline.start()).isEqualTo("2023-04-01");
		assertThat(deadline.end()).isEqualTo("2023-09-30");
	}

	@Test
	void keepsTheOriginalTextOfUnparsedDeadlinesExactly() {
		String text = "  По мере\u00A0необходимости. ";

		assertThat(DeadlineParser.parse(text, BASE_YEAR).text()).isSameAs(text);
	}

	@Test
	void marksOnlyRepeatingDeadlinesAsRecurring() {
		assertThat(DeadlineParser.parse("2023 год", BASE_YEAR).recurring()).isFalse();
		assertThat(DeadlineParser.parse("постоянно", BASE_YEAR).recurring()).isTrue();
		assertThat(Deadline.unparsed("что-то").recurring()).isFalse();
	}

	@Test
	void createsUnparsedDeadlineWithOnlyTheText() {
		assertThat(Deadline.unparsed("бла")).isEqualTo(new Deadline("бла", null, null, Recurrence.NONE, null, false));
		assertThat(Deadline.unparsed(null).text()).isEmpty();
	}

	private static void assertOneTime(String text, LocalDate start, LocalDate end) {
		assertThat(DeadlineParser.parse(text, BASE_YEAR))
			.isEqualTo(new Deadline(text, start, end, Recurrence.NONE, null, true));
	}

}

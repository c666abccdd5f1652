package ru.nko.platform.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nko.platform.roadmap.StatusRules.ReportFacts;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRulesTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final Deadline Q2_Q3_2023 = new Deadline("2 – 3 квартал 2023 года", LocalDate.of(2023, 4, 1),
			LocalDate.of(2023, 9, 30), Recurrence.NONE, null, true);

	private static final Deadline QUARTERLY_FROM_2025 = new Deadline("Ежеквартально", LocalDate.of(2025, 1, 1), null,
			Recurrence.QUARTERLY, null, true);

	private static final Deadline YEARLY_BY_FEB_1 = new Deadline("ежегодно до 1 февраля", LocalDate.of(2024, 1, 1),
			null, Recurrence.YEARLY, MonthDay.of(2, 1), true);

	private static ReportFacts report(int year, Integer quarter, ReportStatus status, String at) {
		return new ReportFacts(new ReportPeriod(year, quarter), status, Instant.parse(at + "T10:00:00Z"));
	}

	@Test
	void aMeasureWithoutReportsIsPlannedWhileItsDeadlineIsFarAway() {
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(), LocalDate.of(2023, 4, 10)))
			.isEqualTo(MeasureStatus.PLANNED);
	}

	@Test
	void aMeasureNobodyReportedOnIsAtRiskWithinThirtyDaysOfItsDeadline() {
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(), LocalDate.of(2023, 9, 1)))
			.isEqualTo(MeasureStatus.AT_RISK);
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(), LocalDate.of(2023, 8, 30)))
			.isEqualTo(MeasureStatus.PLANNED);
	}

	@Test
	void aMeasureIsOverdueTheDayAfterItsDeadlineWithoutADoneReport() {
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(), LocalDate.of(2023, 9, 30)))
			.isEqualTo(MeasureStatus.AT_RISK);
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(), LocalDate.of(2023, 10, 1)))
			.isEqualTo(MeasureStatus.OVERDUE);
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(report(2023, 3, ReportStatus.IN_PROGRESS, "2023-09-01")),
				LocalDate.of(2023, 10, 1)))
			.isEqualTo(MeasureStatus.OVERDUE);
	}

	@Test
	void aDoneReportMakesTheMeasureDoneEvenAfterTheDeadline() {
		List<ReportFacts> reports = List.of(report(2023, 4, ReportStatus.DONE, "2023-12-20"));
		assertThat(StatusRules.status(Q2_Q3_2023, reports, LocalDate.of(2026, 1, 1))).isEqualTo(MeasureStatus.DONE);
		assertThat(StatusRules.doneOnTime(Q2_Q3_2023, reports, MOSCOW)).isFalse();
		assertThat(
				StatusRules.doneOnTime(Q2_Q3_2023, List.of(report(2023, 3, ReportStatus.DONE, "2023-09-29")), MOSCOW))
			.isTrue();
	}

	@Test
	void aDoneReportOfACoExecutorOrOfOneMunicipalityDoesNotCompleteTheMeasure() {
		ReportFacts member = new ReportFacts(new ReportPeriod(2023, 3), ReportStatus.DONE,
				Instant.parse("2023-08-01T10:00:00Z"), false);
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(member), LocalDate.of(2023, 8, 2)))
			.isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(member), LocalDate.of(2023, 10, 1)))
			.isEqualTo(MeasureStatus.OVERDUE);
		assertThat(StatusRules.doneOnTime(Q2_Q3_2023, List.of(member), MOSCOW)).isFalse();
		ReportFacts lead = new ReportFacts(new ReportPeriod(2023, 3), ReportStatus.DONE,
				Instant.parse("2023-09-01T10:00:00Z"), true);
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(member, lead), LocalDate.of(2023, 10, 1)))
			.isEqualTo(MeasureStatus.DONE);
	}

	@Test
	void aLaterProgressNoteOfACoExecutorDoesNotUndoTheLeadsDone() {
		ReportFacts lead = new ReportFacts(new ReportPeriod(2023, 3), ReportStatus.DONE,
				Instant.parse("2023-09-01T10:00:00Z"), true);
		ReportFacts co = new ReportFacts(new ReportPeriod(2023, 3), ReportStatus.IN_PROGRESS,
				Instant.parse("2023-09-10T10:00:00Z"), false);
		assertThat(StatusRules.status(Q2_Q3_2023, List.of(lead, co), LocalDate.of(2023, 10, 1)))
			.isEqualTo(MeasureStatus.DONE);
	}

	@Test
	void theLatestReportDecidesBetweenInProgressAndAtRisk() {
		List<ReportFacts> reports = List.of(report(2023, 2, ReportStatus.IN_PROGRESS, "2023-05-01"),
				report(2023, 2, ReportStatus.AT_RISK, "2023-06-01"));
		assertThat(StatusRules.status(Q2_Q3_2023, reports, LocalDate.of(2023, 6, 2))).isEqualTo(MeasureStatus.AT_RISK);
		assertThat(StatusRules.status(Q2_Q3_2023, reports.subList(0, 1), LocalDate.of(2023, 6, 2)))
			.isEqualTo(MeasureStatus.IN_PROGRESS);
	}

	@Test
	void aQuarterlyMeasureIsOverdueWhenAQuarterReportIsMissingAfterItsGraceDays() {
		List<ReportFacts> q1 = List.of(report(2025, 1, ReportStatus.IN_PROGRESS, "2025-03-30"));
		assertThat(StatusRules.status(QUARTERLY_FROM_2025, q1, LocalDate.of(2025, 7, 15)))
			.isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(StatusRules.status(QUARTERLY_FROM_2025, q1, LocalDate.of(2025, 7, 16)))
			.isEqualTo(MeasureStatus.OVERDUE);
		assertThat(StatusRules.missingPeriods(QUARTERLY_FROM_2025, q1, LocalDate.of(2025, 7, 16)))
			.containsExactly(ReportPeriod.quarter(2025, 2));
	}

	@Test
	void aYearReportDoesNotAnswerForAQuarter() {
		List<ReportFacts> year = List.of(report(2025, null, ReportStatus.IN_PROGRESS, "2025-03-30"));
		assertThat(StatusRules.status(QUARTERLY_FROM_2025, year, LocalDate.of(2025, 4, 16)))
			.isEqualTo(MeasureStatus.OVERDUE);
	}

	@Test
	void aYearlyMeasureIsDueOnTheNamedDayOfTheNextYear() {
		List<ReportFacts> none = List.of();
		assertThat(StatusRules.status(YEARLY_BY_FEB_1, none, LocalDate.of(2025, 2, 1)))
			.isEqualTo(MeasureStatus.PLANNED);
		assertThat(StatusRules.status(YEARLY_BY_FEB_1, none, LocalDate.of(2025, 2, 2)))
			.isEqualTo(MeasureStatus.OVERDUE);
		List<ReportFacts> filed = List.of(report(2024, null, ReportStatus.IN_PROGRESS, "2025-01-20"));
		assertThat(StatusRules.status(YEARLY_BY_FEB_1, filed, LocalDate.of(2025, 2, 2)))
			.isEqualTo(MeasureStatus.IN_PROGRESS);
	}

	@Test
	void anUnparsedDeadlineNeverMakesAMeasureOverdue() {
		assertThat(StatusRules.status(Deadline.unparsed("по мере необходимости"), List.of(), LocalDate.of(2030, 1, 1)))
			.isEqualTo(MeasureStatus.PLANNED);
	}

	@Test
	void reportablePeriodsAreQuartersFromTheStartToTodayNewestFirst() {
		assertThat(StatusRules.reportablePeriods(Q2_Q3_2023, 2023, LocalDate.of(2026, 11, 26)))
			.containsExactly(ReportPeriod.quarter(2023, 3), ReportPeriod.quarter(2023, 2));
		assertThat(StatusRules.reportablePeriods(YEARLY_BY_FEB_1, 2023, LocalDate.of(2026, 11, 26)))
			.containsExactly(ReportPeriod.year(2026), ReportPeriod.year(2025), ReportPeriod.year(2024));
	}

	@Test
	void periodLabelsAndKeysReadAsPeopleWriteThem() {
		assertThat(ReportPeriod.parse("2024-2")).isEqualTo(ReportPeriod.quarter(2024, 2));
		assertThat(ReportPeriod.parse("2024")).isEqualTo(ReportPeriod.year(2024));
		assertThat(ReportPeriod.quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
	}

}

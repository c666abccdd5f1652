package ru.nko.platform.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a measure's status follows from its deadline, its reports and today's date. A
 * one-off measure is overdue once its deadline passed without a "done" report; a
 * recurring one is overdue when a period whose report is due has none.
 */
final class StatusRules {

	/**
	 * Days after a period ends by which its report is due, unless the deadline names a
	 * day.
	 */
	static final int GRACE_DAYS = 15;

	/** Days before a one-off deadline when a measure nobody reported on is "at risk". */
	static final int RISK_DAYS = 30;

	private StatusRules() {
	}

	/**
	 * What the rules need of a report. {@code authoritative}: filed for the lead executor
	 * (or by the administrator); a "done" from a co-executor or from one member of a
	 * collective executor (one municipality of eighteen) shows work in progress, not a
	 * measure done.
	 */
	record ReportFacts(ReportPeriod period, ReportStatus status, Instant createdAt, boolean authoritative) {

		ReportFacts(ReportPeriod period, ReportStatus status, Instant createdAt) {
			this(period, status, createdAt, true);
		}

		/** The status this report stands for in the measure's status. */
		ReportStatus effectiveStatus() {
			return this.status == ReportStatus.DONE && !this.authoritative ? ReportStatus.IN_PROGRESS : this.status;
		}
	}

	static MeasureStatus status(Deadline deadline, List<ReportFacts> reports, LocalDate today) {
		List<ReportFacts> sorted = new ArrayList<>(reports);
		sorted.sort(Comparator.comparing(ReportFacts::createdAt));
		ReportStatus latest = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1).effectiveStatus();
		boolean doneByLead = sorted.stream()
			.filter(ReportFacts::authoritative)
			.reduce((first, second) -> second)
			.map(report -> report.status() == ReportStatus.DONE)
			.orElse(false);
		if (deadline.recurring()) {
			if (!missingPeriods(deadline, reports, today).isEmpty()) {
				return MeasureStatus.OVERDUE;
			}
			if (deadline.end() != null && today.isAfter(deadline.end()) && !sorted.isEmpty()) {
				return MeasureStatus.DONE;
			}
			return fromLatest(latest, sorted.isEmpty());
		}
		if (doneByLead) {
			return MeasureStatus.DONE;
		}
		if (deadline.end() != null && today.isAfter(deadline.end())) {
			return MeasureStatus.OVERDUE;
		}
		if (sorted.isEmpty() && deadline.end() != null && !today.plusDays(RISK_DAYS).isBefore(deadline.end())) {
			return MeasureStatus.AT_RISK;
		}
		return fromLatest(latest, sorted.isEmpty());
	}

	private static MeasureStatus fromLatest(ReportStatus latest, boolean none) {
		if (none) {
			return MeasureStatus.PLANNED;
		}
		return latest == ReportStatus.AT_RISK ? MeasureStatus.AT_RISK : MeasureStatus.IN_PROGRESS;
	}

	/**
	 * Whether a "done" report came in by the deadline, on the day in the region's zone
	 * (true also when there is no end date).
	 */
	static boolean doneOnTime(Deadline deadline, List<ReportFacts> reports, ZoneId zone) {
		return reports.stream()
			.filter(report -> report.status() == ReportStatus.DONE && report.authoritative())
			.map(report -> report.createdAt().atZone(zone).toLocalDate())
			.min(LocalDate::compareTo)
			.map(date -> deadline.end() == null || !date.isAfter(deadline.end()))
			.orElse(false);
	}

	/**
	 * The periods a recurring measure expects a report for, whose due date has passed,
	 * with no report.
	 */
	static List<ReportPeriod> missingPeriods(Deadline deadline, List<ReportFacts> reports, LocalDate today) {
		return expectedPeriods(deadline, today).stream()
			.filter(period -> !dueDate(deadline, period).isAfter(today.minusDays(1)))
			.filter(period -> reports.stream().noneMatch(report -> report.period().covers(period)))
			.toList();
	}

	/**
	 * Every period of a recurring deadline from its start up to today (or its end),
	 * oldest first.
	 */
	static List<ReportPeriod> expectedPeriods(Deadline deadline, LocalDate today) {
		List<ReportPeriod> periods = new ArrayList<>();
		if (!deadline.recurring() || deadline.start() == null) {
			return periods;
		}
		LocalDate last = deadline.end() == null || deadline.end().isAfter(today) ? today : deadline.end();
		if (deadline.recurrence() == Recurrence.QUARTERLY) {
			ReportPeriod period = ReportPeriod.quarterOf(deadline.start());
			while (!period.start().isAfter(last)) {
				periods.add(period);
				period = period.quarter() == 4 ? ReportPeriod.quarter(period.year() + 1, 1)
						: ReportPeriod.quarter(period.year(), period.quarter() + 1);
			}
		}
		else {
			for (int year = deadline.start().getYear(); year <= last.getYear(); year++) {
				periods.add(ReportPeriod.year(year));
			}
		}
		return periods;
	}

	/**
	 * When the report for a period is due: the named day of the next year for yearly
	 * reports, else the grace days.
	 */
	static LocalDate dueDate(Deadline deadline, ReportPeriod period) {
		if (deadline.dueDay() != null && period.quarter() == null) {
			return deadline.dueDay().atYear(period.year() + 1);
		}
		return period.end().plusDays(GRACE_DAYS);
	}

	/**
	 * The periods an executor may report for, newest first: quarters for most measures,
	 * years for yearly ones.
	 */
	static List<ReportPeriod> reportablePeriods(Deadline deadline, int baseYear, LocalDate today) {
		int fromYear = deadline.start() != null ? deadline.start().getYear() : baseYear;
		LocalDate until = deadline.end() != null && deadline.end().isBefore(today) ? deadline.end() : today;
		List<ReportPeriod> periods = new ArrayList<>();
		boolean yearly = deadline.recurrence() == Recurrence.YEARLY || deadline.recurrence() == Recurrence.CONTINUOUS;
		for (int year = Math.min(fromYear, until.getYear()); year <= until.getYear(); year++) {
			if (yearly) {
				periods.add(ReportPeriod.year(year));
			}
			else {
				for (int quarter = 1; quarter <= 4; quarter++) {
					ReportPeriod period = ReportPeriod.quarter(year, quarter);
					boolean afterStart = deadline.start() == null || !period.end().isBefore(deadline.start());
					if (afterStart && !period.start().isAfter(until)) {
						periods.add(period);
					}
				}
			}
		}
		periods.sort(Comparator.reverseOrder());
		return periods;
	}

}

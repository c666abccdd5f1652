package ru.nko.platform.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.compliance.ComplianceRules.QuarterStatus;
import ru.nko.platform.decisions.DecisionManagement;
import ru.nko.platform.decisions.DecisionsDue;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.meetingplans.MeetingPlanManagement;
import ru.nko.platform.meetingplans.MeetingPlanStatus;
import ru.nko.platform.meetings.MeetingManagement;
import ru.nko.platform.meetings.MeetingQuarterCount;
import ru.nko.platform.meetings.MeetingStatus;
import ru.nko.platform.meetings.MeetingSummary;
import ru.nko.platform.meetings.MeetingType;

/**
 * Compliance with the meetings' schedule (measures 1.3, 1.5, 7.3, 7.4): the matrix of the
 * active municipalities by quarter — held, planned, missed — with each one's plan for the
 * year and its overdue decisions, and the numbers the roadmap's indicators take from it.
 * Public data only; a fixed number of queries whatever the data.
 */
@Service
class MeetingCompliance {

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private final MeetingManagement meetings;

	private final DecisionManagement decisions;

	private final MeetingPlanManagement plans;

	private final DirectoryManagement directory;

	private final Clock clock;

	MeetingCompliance(MeetingManagement meetings, DecisionManagement decisions, MeetingPlanManagement plans,
			DirectoryManagement directory, Clock clock) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.plans = plans;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * One municipality's quarter: its status and the working meetings behind it;
	 * {@code heldWithoutMinutes} are meetings that took place but do not count until
	 * their minutes are in.
	 */
	record Cell(int quarter, QuarterStatus status, int closed, int heldWithoutMinutes, int planned, boolean ended,
			boolean current) {

		/** The quarter as people write it: I to IV. */
		public String roman() {
			return ROMAN[this.quarter - 1];
		}
	}

	/**
	 * One municipality's row: its four quarters, its plan of meetings for the year (null:
	 * none) and its overdue decisions now.
	 */
	record Row(long municipalityId, String municipality, List<Cell> quarters, MeetingPlanStatus plan,
			int overdueDecisions) {

		/**
		 * Whether a working meeting was held in every quarter of the year that is over
		 * (true if none is).
		 */
		public boolean heldInEveryEndedQuarter() {
			return this.quarters.stream().filter(Cell::ended).allMatch(c -> c.status() == QuarterStatus.HELD);
		}
	}

	/**
	 * A quarter's column: whether it is over or running, and in how many municipalities a
	 * meeting was held.
	 */
	record Column(int quarter, boolean ended, boolean current, int held) {

		public String roman() {
			return ROMAN[this.quarter - 1];
		}
	}

	/**
	 * The year's matrix with its totals: municipalities that held a meeting in every
	 * quarter that is over, plans agreed, overdue decisions of all municipalities.
	 */
	record Matrix(int year, LocalDate today, List<Row> rows, List<Column> columns, int endedQuarters,
			int heldEveryEndedQuarter, int plansAgreed, int overdueDecisions) {

		public int municipalities() {
			return this.rows.size();
		}
	}

	/**
	 * The matrix of the active municipalities for a year; four queries whatever the data.
	 */
	@Transactional(readOnly = true)
	public Matrix matrix(int year) {
		LocalDate today = ComplianceRules.today(this.clock);
		List<MunicipalityRef> municipalities = active();
		Map<Long, Map<Integer, MeetingQuarterCount>> counts = counts(year);
		Map<Long, MeetingPlanStatus> plans = this.plans.statuses(year);
		Map<Long, Integer> overdue = this.decisions.overdueByMunicipality();
		List<Row> rows = new ArrayList<>();
		for (MunicipalityRef municipality : municipalities) {
			Map<Integer, MeetingQuarterCount> byQuarter = counts.getOrDefault(municipality.id(), Map.of());
			List<Cell> cells = new ArrayList<>();
			for (int quarter = 1; quarter <= 4; quarter++) {
				cells.add(cell(year, quarter, byQuarter.get(quarter), today));
			}
			rows.add(new Row(municipality.id(), municipality.name(), List.copyOf(cells), plans.get(municipality.id()),
					overdue.getOrDefault(municipality.id(), 0)));
		}
		List<Column> columns = new ArrayList<>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			int index = quarter - 1;
			columns.add(new Column(quarter, ComplianceRules.ended(year, quarter, today),
					ComplianceRules.current(year, quarter, today),
					(int) rows.stream().filter(r -> r.quarters().get(index).status() == QuarterStatus.HELD).count()));
		}
		int ended = ComplianceRules.endedQuarters(year, today);
		return new Matrix(year, today, List.copyOf(rows), List.copyOf(columns), ended,
				ended == 0 ? 0 : (int) rows.stream().filter(Row::heldInEveryEndedQuarter).count(),
				(int) rows.stream().filter(r -> r.plan() == MeetingPlanStatus.AGREED).count(),
				rows.stream().mapToInt(Row::overdueDecisions).sum());
	}

	private static Cell cell(int year, int quarter, MeetingQuarterCount count, LocalDate today) {
		int closed = count == null ? 0 : count.closed();
		int held = count == null ? 0 : count.heldWithoutMinutes();
		int planned = count == null ? 0 : count.planned();
		return new Cell(quarter, ComplianceRules.status(year, quarter, closed, planned, today), closed, held, planned,
				ComplianceRules.ended(year, quarter, today), ComplianceRules.current(year, quarter, today));
	}

	// ---------------------------------------------------------------- for the roadmap's
	// indicators

	/**
	 * The 1.5 indicator's numbers: the year judged, its quarters that are over, the
	 * active municipalities and how many held a meeting in each of them.
	 */
	record QuarterlyHeld(int year, int endedQuarters, int municipalities, int heldEveryQuarter) {

		/**
		 * The share in per cent with one decimal; null when there is no municipality to
		 * judge.
		 */
		public BigDecimal percent() {
			return this.municipalities == 0 ? null : BigDecimal.valueOf(this.heldEveryQuarter * 100L)
				.divide(BigDecimal.valueOf(this.municipalities), 1, RoundingMode.HALF_UP);
		}
	}

	/**
	 * Active municipalities that held a working meeting (closed with minutes) in every
	 * quarter of the period that is over; the period is this calendar year, or the
	 * previous one until this year's first quarter ends. Two queries.
	 */
	@Transactional(readOnly = true)
	public QuarterlyHeld quarterlyHeld() {
		LocalDate today = ComplianceRules.today(this.clock);
		int year = ComplianceRules.periodYear(today);
		List<Integer> endedQuarters = new ArrayList<>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			if (ComplianceRules.ended(year, quarter, today)) {
				endedQuarters.add(quarter);
			}
		}
		List<MunicipalityRef> municipalities = active();
		Map<Long, Map<Integer, MeetingQuarterCount>> counts = counts(year);
		int held = 0;
		for (MunicipalityRef municipality : municipalities) {
			Map<Integer, MeetingQuarterCount> byQuarter = counts.getOrDefault(municipality.id(), Map.of());
			if (endedQuarters.stream().allMatch(q -> byQuarter.containsKey(q) && byQuarter.get(q).closed() > 0)) {
				held++;
			}
		}
		return new QuarterlyHeld(year, endedQuarters.size(), municipalities.size(), held);
	}

	/**
	 * Active municipalities whose plan of meetings for the current year is agreed
	 * (measure 1.3); two queries.
	 */
	@Transactional(readOnly = true)
	public int plansAgreedThisYear() {
		Map<Long, MeetingPlanStatus> plans = this.plans.statuses(ComplianceRules.today(this.clock).getYear());
		return (int) active().stream().filter(m -> plans.get(m.id()) == MeetingPlanStatus.AGREED).count();
	}

	/**
	 * Decisions due this year done by their due date, in per cent with one decimal; null
	 * if none is due this year. One query.
	 */
	@Transactional(readOnly = true)
	public BigDecimal decisionsOnTimePercent() {
		DecisionsDue counts = this.decisions.due(ComplianceRules.today(this.clock).getYear());
		return counts.due() == 0 ? null : BigDecimal.valueOf(counts.doneOnTime() * 100L)
			.divide(BigDecimal.valueOf(counts.due()), 1, RoundingMode.HALF_UP);
	}

	/**
	 * A year's meetings of one type (7.3, 7.4): {@code held} — closed with minutes, the
	 * only meetings that count as held (as for 1.5); {@code planned} — all the year's
	 * meetings of the type but the cancelled ones (held, held without minutes yet, still
	 * planned).
	 */
	record MeetingsOfYear(int year, int held, int planned) {

		/** The meetings planned for the year as the target; null when none is planned. */
		public BigDecimal target() {
			return this.planned == 0 ? null : BigDecimal.valueOf(this.planned);
		}
	}

	/**
	 * The current calendar year's meetings of a type, by when they start (Moscow time);
	 * three queries.
	 */
	@Transactional(readOnly = true)
	public MeetingsOfYear meetingsThisYear(MeetingType type) {
		int year = ComplianceRules.today(this.clock).getYear();
		List<MeetingSummary> all = this.meetings.between(null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(meeting -> meeting.type() == type)
			.toList();
		return new MeetingsOfYear(year,
				(int) all.stream().filter(meeting -> meeting.status() == MeetingStatus.CLOSED).count(),
				(int) all.stream().filter(meeting -> meeting.status() != MeetingStatus.CANCELLED).count());
	}

	private List<MunicipalityRef> active() {
		return this.directory.municipalities().stream().filter(MunicipalityRef::active).toList();
	}

	private Map<Long, Map<Integer, MeetingQuarterCount>> counts(int year) {
		Map<Long, Map<Integer, MeetingQuarterCount>> counts = new HashMap<>();
		for (MeetingQuarterCount count : this.meetings.workingMeetingsByQuarter(year)) {
			counts.computeIfAbsent(count.municipalityId(), id -> new HashMap<>()).put(count.quarter(), count);
		}
		return counts;
	}

}

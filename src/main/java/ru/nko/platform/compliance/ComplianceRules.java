package ru.nko.platform.compliance;

import java.time.Clock;
import java.time.LocalDate;

import ru.nko.platform.shared.time.Quarter;

/**
 * The rule of measure 1.5, "a working meeting at least once a quarter", for one
 * municipality and quarter, and the period it is judged over. Quarters are calendar
 * quarters in Moscow time; a quarter has ended once its last day is over in Moscow.
 */
final class ComplianceRules {

	private ComplianceRules() {
	}

	/** Where a municipality stands with a quarter's working meeting. */
	enum QuarterStatus {

		/** At least one working meeting closed with minutes. */
		HELD,
		/**
		 * Not held yet, the quarter is still running or to come, and a meeting is planned
		 * in it.
		 */
		PLANNED,
		/** The quarter is over without a working meeting closed with minutes. */
		MISSED,
		/** Still running or to come, and nothing planned in it yet. */
		NONE

	}

	/**
	 * The status of a quarter from its working meetings: closed with minutes, planned
	 * (held without minutes do not count: they are not held until the minutes are in).
	 */
	static QuarterStatus status(int year, int quarter, int closed, int planned, LocalDate today) {
		if (closed > 0) {
			return QuarterStatus.HELD;
		}
		if (ended(year, quarter, today)) {
			return QuarterStatus.MISSED;
		}
		return planned > 0 ? QuarterStatus.PLANNED : QuarterStatus.NONE;
	}

	/** Today in the platform's time zone, by the clock. */
	static LocalDate today(Clock clock) {
		return LocalDate.now(clock);
	}

	/** Whether the quarter is over: its last day is before today. */
	static boolean ended(int year, int quarter, LocalDate today) {
		return new Quarter(year, quarter).lastDay().isBefore(today);
	}

	/** Whether today falls in the quarter. */
	static boolean current(int year, int quarter, LocalDate today) {
		return new Quarter(year, quarter).contains(today);
	}

	/** How many quarters of the year are over today: 0 to 4. */
	static int endedQuarters(int year, LocalDate today) {
		int ended = 0;
		for (int quarter = 1; quarter <= 4; quarter++) {
			if (ended(year, quarter, today)) {
				ended++;
			}
		}
		return ended;
	}

	/**
	 * The year the 1.5 indicator judges: the current calendar year once one of its
	 * quarters is over, before that (January to March) the previous year, which is over
	 * as a whole.
	 */
	static int periodYear(LocalDate today) {
		return endedQuarters(today.getYear(), today) > 0 ? today.getYear() : today.getYear() - 1;
	}

}

package ru.nko.platform.meetings;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import ru.nko.platform.system.InvalidInput;

/**
 * The meetings a "repeat" choice makes: every month or every quarter, a number of times
 * or until a day.
 */
final class MeetingSeries {

	/** No more meetings than this at once (two years of monthly meetings). */
	static final int MAX_MEETINGS = 24;

	/** How often a series repeats. */
	enum Frequency {

		NONE(0), MONTHLY(1), QUARTERLY(3);

		final int months;

		Frequency(int months) {
			this.months = months;
		}

	}

	private MeetingSeries() {
	}

	/**
	 * The start of every meeting of the series, the first included. Each one is counted
	 * from the first (the 31st becomes the last day of a shorter month, and the next
	 * month returns to the 31st).
	 */
	static List<ZonedDateTime> starts(ZonedDateTime first, Frequency frequency, Integer count, LocalDate until) {
		if (frequency == Frequency.NONE) {
			return List.of(first);
		}
		if (count == null && until == null) {
			throw new InvalidInput("repeatCount", "Укажите, сколько встреч создать, или дату, до которой повторять");
		}
		if (count != null && (count < 2 || count > MAX_MEETINGS)) {
			throw new InvalidInput("repeatCount", "Серия — от 2 до " + MAX_MEETINGS + " встреч");
		}
		if (until != null && until.isBefore(first.toLocalDate())) {
			throw new InvalidInput("repeatUntil", "Дата окончания серии должна быть не раньше первой встречи");
		}
		List<ZonedDateTime> starts = new ArrayList<>();
		for (int i = 0;; i++) {
			ZonedDateTime start = first.plusMonths((long) i * frequency.months);
			if ((count != null && i >= count) || (until != null && start.toLocalDate().isAfter(until))) {
				break;
			}
			if (starts.size() == MAX_MEETINGS) {
				throw new InvalidInput(until != null ? "repeatUntil" : "repeatCount",
						"Серия получается длиннее " + MAX_MEETINGS + " встреч: выберите дату окончания ближе");
			}
			starts.add(start);
		}
		return starts;
	}

}

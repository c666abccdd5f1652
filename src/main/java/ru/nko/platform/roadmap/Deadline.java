package ru.nko.platform.roadmap;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The structured deadline of a roadmap measure, keeping the original text.
 *
 * @param text the deadline exactly as written in the roadmap, never null
 * @param start first day of the period (inclusive), or null when only the end is known
 * @param end last day of the period (inclusive), or null for a recurrence without an
 * explicit end
 * @param recurrence how often the measure repeats, never null
 * @param dueDay the day of the year by which a recurring report is due ("ежегодно до 1
 * февраля"), else null
 * @param parsed false when the text could not be understood; then everything except the
 * text is empty
 */
public record Deadline(String text, LocalDate start, LocalDate end, Recurrence recurrence, MonthDay dueDay,
		boolean parsed) {

	public Deadline {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(recurrence, "recurrence");
	}

	/** A deadline whose text could not be understood; a null text is kept as "". */
	public static Deadline unparsed(String text) {
		return new Deadline(Objects.requireNonNullElse(text, ""), null, null, Recurrence.NONE, null, false);
	}

	/** Whether the measure repeats (quarterly, yearly or continuously). */
	public boolean recurring() {
		return recurrence != Recurrence.NONE;
	}
}

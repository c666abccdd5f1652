package ru.nko.platform.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A quarter of a year (1–4): its first and last day, its Roman numeral, and "2026-4" as
 * URLs and forms write it.
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

	private static final Pattern CODE = Pattern.compile("\\d{4}-[1-4]");

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	public Quarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
		}
	}

	/** The quarter a day falls in. */
	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** The quarter a moment falls in, in a time zone. */
	public static Quarter of(Instant instant, ZoneId zone) {
		return of(instant.atZone(zone).toLocalDate());
	}

	/** "2026-4" as a quarter; empty for anything else. */
	public static Optional<Quarter> parse(String text) {
		if (text == null || !CODE.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		String code = text.strip();
		return Optional.of(new Quarter(Integer.parseInt(code.substring(0, 4)), code.charAt(5) - '0'));
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.year, (this.quarter - 1) * 3 + 1, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
	}

	public Quarter next() {
		return this.quarter == 4 ? new Quarter(this.year + 1, 1) : new Quarter(this.year, this.quarter + 1);
	}

	public Quarter previous() {
		return this.quarter == 1 ? new Quarter(this.year - 1, 4) : new Quarter(this.year, this.quarter - 1);
	}

	/** "III" for the third quarter. */
	public String roman() {
		return ROMAN[this.quarter - 1];
	}

	/** "2026-4", as {@link #parse} reads it. */
	public String code() {
		return this.year + "-" + this.quarter;
	}

	@Override
	public int compareTo(Quarter other) {
		return this.year != other.year ? Integer.compare(this.year, other.year)
				: Integer.compare(this.quarter, other.quarter);
	}
}

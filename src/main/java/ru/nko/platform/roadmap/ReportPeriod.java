package ru.nko.platform.roadmap;

import java.time.LocalDate;

/**
 * The period a report covers: a quarter of a year, or a whole year when {@code quarter}
 * is null.
 */
record ReportPeriod(int year, Integer quarter) implements Comparable<ReportPeriod> {

	ReportPeriod {
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw new IllegalArgumentException("Квартал от 1 до 4");
		}
	}

	static ReportPeriod year(int year) {
		return new ReportPeriod(year, null);
	}

	static ReportPeriod quarter(int year, int quarter) {
		return new ReportPeriod(year, quarter);
	}

	static ReportPeriod quarterOf(LocalDate date) {
		return new ReportPeriod(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	public LocalDate start() {
		return this.quarter == null ? LocalDate.of(this.year, 1, 1)
				: LocalDate.of(this.year, (this.quarter - 1) * 3 + 1, 1);
	}

	public LocalDate end() {
		return this.quarter == null ? LocalDate.of(this.year, 12, 31) : start().plusMonths(3).minusDays(1);
	}

	/**
	 * Whether a report for this period answers for the expected period (a year report
	 * does not cover a quarter).
	 */
	boolean covers(ReportPeriod expected) {
		if (expected.quarter == null) {
			return this.year == expected.year;
		}
		return equals(expected);
	}

	/** The form value, "2024" or "2024-2". */
	public String key() {
		return this.quarter == null ? String.valueOf(this.year) : this.year + "-" + this.quarter;
	}

	static ReportPeriod parse(String key) {
		String[] parts = key.split("-");
		return parts.length == 1 ? year(Integer.parseInt(parts[0]))
				: quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	@Override
	public int compareTo(ReportPeriod other) {
		return start().compareTo(other.start()) != 0 ? start().compareTo(other.start()) : end().compareTo(other.end());
	}
}

package ru.nko.platform.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A quarter knows its days, its neighbours, its numeral and its code. */
class QuarterTests {

	@Test
	void aQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsThird() {
		assertThat(new Quarter(2026, 1).firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(new Quarter(2026, 1).lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(new Quarter(2026, 2).lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(new Quarter(2024, 4).lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(Quarter.of(LocalDate.of(2026, 9, 30))).isEqualTo(new Quarter(2026, 3));
		assertThat(new Quarter(2026, 3).contains(LocalDate.of(2026, 10, 1))).isFalse();
		assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMomentFallsInTheQuarterOfItsDayInTheTimeZone() {
		ZoneId moscow = ZoneId.of("Europe/Moscow");
		assertThat(Quarter.of(Instant.parse("2026-03-31T20:59:59Z"), moscow)).isEqualTo(new Quarter(2026, 1));
		assertThat(Quarter.of(Instant.parse("2026-03-31T21:00:00Z"), moscow)).isEqualTo(new Quarter(2026, 2));
	}

	@Test
	void quartersAreWrittenAndReadAsYearDashNumberAndCountAcrossYears() {
		assertThat(Quarter.parse(" 2026-4 ")).contains(new Quarter(2026, 4));
		assertThat(Quarter.parse("2026-5")).isEmpty();
		assertThat(Quarter.parse("26-1")).isEmpty();
		assertThat(Quarter.parse(null)).isEmpty();
		assertThat(new Quarter(2026, 4).code()).isEqualTo("2026-4");
		assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
		assertThat(new Quarter(2027, 1).previous()).isEqualTo(new Quarter(2026, 4));
		assertThat(new Quarter(2026, 3).roman()).isEqualTo("III");
		assertThat(new Quarter(2025, 4)).isLessThan(new Quarter(2026, 1));
	}

}

package ru.nko.platform.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import ru.nko.platform.compliance.ComplianceRules.QuarterStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of "a working meeting every quarter" (measure 1.5), quarter by quarter, in
 * Moscow time.
 */
class ComplianceRulesTests {

	private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 26);

	@Test
	void aQuarterWithAMeetingClosedWithMinutesIsHeldWhetherOrNotItIsOver() {
		assertThat(ComplianceRules.status(2026, 2, 1, 0, NOVEMBER)).isEqualTo(QuarterStatus.HELD);
		assertThat(ComplianceRules.status(2026, 4, 1, 3, NOVEMBER)).isEqualTo(QuarterStatus.HELD);
		assertThat(ComplianceRules.status(2027, 1, 2, 0, NOVEMBER)).isEqualTo(QuarterStatus.HELD);
	}

	@Test
	void aQuarterThatIsOverWithoutAClosedMeetingIsMissedEvenWithMeetingsStillPlanned() {
		assertThat(ComplianceRules.status(2026, 3, 0, 0, NOVEMBER)).isEqualTo(QuarterStatus.MISSED);
		assertThat(ComplianceRules.status(2026, 3, 0, 2, NOVEMBER)).isEqualTo(QuarterStatus.MISSED);
		assertThat(ComplianceRules.status(2025, 4, 0, 1, NOVEMBER)).isEqualTo(QuarterStatus.MISSED);
	}

	@Test
	void aRunningOrComingQuarterIsPlannedWithAPlannedMeetingAndNoneWithout() {
		assertThat(ComplianceRules.status(2026, 4, 0, 1, NOVEMBER)).isEqualTo(QuarterStatus.PLANNED);
		assertThat(ComplianceRules.status(2026, 4, 0, 0, NOVEMBER)).isEqualTo(QuarterStatus.NONE);
		assertThat(ComplianceRules.status(2027, 2, 0, 1, NOVEMBER)).isEqualTo(QuarterStatus.PLANNED);
		assertThat(ComplianceRules.status(2027, 2, 0, 0, NOVEMBER)).isEqualTo(QuarterStatus.NONE);
	}

	@Test
	void aQuarterEndsWhenItsLastDayIsOverInMoscowNotInUtc() {
		// 31 March 2026, 23:59 in Moscow is 20:59 UTC: the first quarter is still running
		LocalDate lastEvening = ComplianceRules
			.today(Clock.fixed(Instant.parse("2026-03-31T20:59:59Z"), ZoneId.of("Europe/Moscow")));
		assertThat(lastEvening).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(ComplianceRules.ended(2026, 1, lastEvening)).isFalse();
		assertThat(ComplianceRules.status(2026, 1, 0, 1, lastEvening)).isEqualTo(QuarterStatus.PLANNED);
		assertThat(ComplianceRules.status(2026, 1, 0, 0, lastEvening)).isEqualTo(QuarterStatus.NONE);
		// 1 April 00:00 in Moscow is still 31 March, 21:00 in UTC: in Moscow the quarter
		// is over
		LocalDate midnight = ComplianceRules
			.today(Clock.fixed(Instant.parse("2026-03-31T21:00:00Z"), ZoneId.of("Europe/Moscow")));
		assertThat(midnight).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(ComplianceRules.ended(2026, 1, midnight)).isTrue();
		assertThat(ComplianceRules.status(2026, 1, 0, 1, midnight)).isEqualTo(QuarterStatus.MISSED);
		assertThat(ComplianceRules.current(2026, 2, midnight)).isTrue();
		assertThat(ComplianceRules.current(2026, 1, midnight)).isFalse();
	}

	@Test
	void theIndicatorJudgesThisYearOnceAQuarterIsOverAndLastYearBefore() {
		assertThat(ComplianceRules.endedQuarters(2026, NOVEMBER)).isEqualTo(3);
		assertThat(ComplianceRules.periodYear(NOVEMBER)).isEqualTo(2026);
		assertThat(ComplianceRules.endedQuarters(2026, LocalDate.of(2027, 1, 15))).isEqualTo(4);
		assertThat(ComplianceRules.periodYear(LocalDate.of(2027, 1, 15))).isEqualTo(2026);
		assertThat(ComplianceRules.periodYear(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
		assertThat(ComplianceRules.periodYear(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
		assertThat(ComplianceRules.endedQuarters(2027, LocalDate.of(2027, 4, 1))).isEqualTo(1);
		assertThat(ComplianceRules.endedQuarters(2028, NOVEMBER)).isZero();
	}

}

package ru.nko.platform.meetingplans;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.nko.platform.system.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A year's meeting plan is agreed on a day not in the future, with someone named. */
class MeetingPlanRulesTests {

	private static final Instant START = Instant.parse("2026-11-26T09:00:00Z");

	@Test
	void aPlanIsAgreedOnADayNotInTheFutureWithSomeone() {
		MeetingPlan plan = new MeetingPlan(1, 2027);
		LocalDate today = LocalDate.of(2026, 11, 26);
		assertThatThrownBy(() -> plan.agree(today.plusDays(1), "Совет НКО", null, null, null, null, "x", START, today))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> plan.agree(today, " ", null, null, null, null, "x", START, today))
			.isInstanceOf(InvalidInput.class);
		assertThat(plan.getStatus()).isEqualTo(MeetingPlanStatus.DRAFT);
		plan.agree(today, "Совет НКО района", null, null, null, null, "x", START, today);
		assertThat(plan.getStatus()).isEqualTo(MeetingPlanStatus.AGREED);
	}

}

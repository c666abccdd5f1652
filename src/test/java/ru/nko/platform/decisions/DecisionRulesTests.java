package ru.nko.platform.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import ru.nko.platform.system.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A decision is done no earlier than its meeting and no later than today, cancelled with
 * a reason, overdue after its date.
 */
class DecisionRulesTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final Instant START = LocalDate.of(2026, 12, 10).atTime(15, 0).atZone(MOSCOW).toInstant();

	private static final MeetingFacts MEETING = new MeetingFacts(1, 7L, START.atZone(MOSCOW).toLocalDate());

	@Test
	void aDecisionIsOverdueWhileOpenAfterItsDueDate() {
		LocalDate due = LocalDate.of(2027, 2, 1);
		MeetingDecision decision = new MeetingDecision(MEETING, "Опубликовать перечень помещений",
				"Комитет по имуществу", due, null, null, "x", START);
		assertThat(decision.overdueOn(due)).isFalse();
		assertThat(decision.overdueOn(due.plusDays(1))).isTrue();

		assertThatThrownBy(() -> decision.markDone(due.plusDays(10), null, due.plusDays(5)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("не позже сегодняшней");
		decision.markDone(due.plusDays(3), "Опубликован", due.plusDays(5));
		assertThat(decision.overdueOn(due.plusDays(5))).isFalse();
		assertThat(decision.doneOnTime()).isFalse();
		assertThatThrownBy(() -> decision.cancel("Передумали")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("уже исполнено");

		MeetingDecision dropped = new MeetingDecision(MEETING, "Провести субботник", "Совет НКО", due, null, null, "x",
				START);
		assertThatThrownBy(() -> dropped.cancel(" ")).isInstanceOf(InvalidInput.class);
		dropped.cancel("Утратило актуальность");
		assertThat(dropped.overdueOn(due.plusDays(30))).isFalse();
	}

	@Test
	void aDecisionCannotBeDoneBeforeTheDayOfItsMeeting() {
		LocalDate meetingDay = MEETING.day();
		MeetingDecision decision = new MeetingDecision(MEETING, "Опубликовать перечень помещений",
				"Комитет по имуществу", meetingDay.plusDays(30), null, null, "x", START);
		assertThatThrownBy(() -> decision.markDone(meetingDay.minusDays(1), null, meetingDay.plusDays(5)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("раньше дня встречи")
			.satisfies(ex -> assertThat(((InvalidInput) ex).errors()).extracting(InvalidInput.FieldError::field)
				.containsExactly("doneAt"));
		assertThat(decision.getStatus()).isEqualTo(DecisionStatus.OPEN);
		decision.markDone(meetingDay, null, meetingDay.plusDays(5));
		assertThat(decision.getStatus()).isEqualTo(DecisionStatus.DONE);
	}

}

package ru.nko.platform.actionplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a plan item: how it moves from planned to done or cancelled, and when it
 * is overdue.
 */
class ActionPlanRulesTests {

	private static ActionPlanItem item() {
		return new ActionPlanItem(1, 1, "Передать НКО помещение", "Отдел культуры", LocalDate.of(2026, 6, 30),
				Set.of(5L), "Иванова", Instant.parse("2026-01-10T10:00:00Z"));
	}

	@Test
	void anItemIsStartedThenCompletedAndThenNoLongerChanges() {
		ActionPlanItem item = item();
		item.start();
		assertThat(item.getStatus()).isEqualTo(ActionPlanItem.Status.IN_PROGRESS);
		assertThatThrownBy(item::start).isInstanceOf(IllegalStateException.class);
		item.complete(LocalDate.of(2026, 5, 20), "Помещение передано");
		assertThat(item.getStatus()).isEqualTo(ActionPlanItem.Status.DONE);
		assertThat(item.getDoneOn()).isEqualTo(LocalDate.of(2026, 5, 20));
		assertThatThrownBy(() -> item.cancel("передумали")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> item.revise("Другое", "Другой", LocalDate.of(2026, 7, 1), Set.of()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void cancellingNeedsAReasonAndKeepsIt() {
		ActionPlanItem item = item();
		assertThatThrownBy(() -> item.cancel(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(item.getStatus()).isEqualTo(ActionPlanItem.Status.PLANNED);
		item.cancel("Помещение передано по другой программе");
		assertThat(item.getStatus()).isEqualTo(ActionPlanItem.Status.CANCELLED);
		assertThat(item.getStatusNote()).isEqualTo("Помещение передано по другой программе");
	}

	@Test
	void onlyAnOpenItemPastItsDueDateIsOverdue() {
		ActionPlanItem item = item();
		assertThat(item.overdueOn(LocalDate.of(2026, 6, 30))).isFalse();
		assertThat(item.overdueOn(LocalDate.of(2026, 7, 1))).isTrue();
		item.complete(LocalDate.of(2026, 7, 5), null);
		assertThat(item.overdueOn(LocalDate.of(2026, 7, 10))).isFalse();
	}

}

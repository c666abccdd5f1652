package ru.nko.platform.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Decisions in municipal officers' cabinets ({@code decisions.execute}): each open
 * decision of their municipalities' meetings that is overdue or due within
 * {@value #AHEAD_DAYS} days, due on its own due date, linked to the decision on the
 * meeting's card where it is marked done or withdrawn. Decisions of the region's meetings
 * (7.4) are the region's to carry out and give officers no task. One query whatever the
 * scope.
 */
@Component
class DecisionTasks implements TaskProvider {

	/** How many days ahead a decision's due date makes it a task. */
	static final int AHEAD_DAYS = 7;

	/** The longest part of a decision's wording a task's title quotes. */
	static final int QUOTED = 150;

	private final DecisionRepository decisions;

	private final RussianFormat format;

	DecisionTasks(DecisionRepository decisions, RussianFormat format) {
		this.decisions = decisions;
		this.format = format;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		Set<Long> officerOf = user.scopeIds(Role.MUNICIPAL_OFFICER);
		if (officerOf.isEmpty()) {
			return List.of();
		}
		String concerns = this.format.text("decisions.tasks.concerns");
		List<Task> tasks = new ArrayList<>();
		for (MeetingDecision decision : this.decisions
			.findByMunicipalityIdInAndRegionalFalseAndStatusAndDueDateLessThanEqualOrderByDueDateAscIdAsc(officerOf,
					DecisionStatus.OPEN, today.plusDays(AHEAD_DAYS), Limit.of(LIMIT))) {
			tasks.add(Task.due("decisions.execute", concerns,
					this.format.text("decisions.tasks.execute", this.format.date(decision.getMeetingDay()),
							quote(decision.getText())),
					decision.getDueDate(), "/meetings/" + decision.getMeetingId() + "#decision-" + decision.getId(),
					today));
		}
		return tasks;
	}

	private static String quote(String text) {
		String plain = text.strip().replaceAll("\\s+", " ");
		return plain.length() <= QUOTED ? plain : plain.substring(0, QUOTED - 1).strip() + "…";
	}

}

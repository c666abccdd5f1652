package ru.nko.platform.actionplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * Action plans in municipal officers' cabinets ({@code actionplans.overdue}): each item
 * of their municipalities' plans (of any year, draft or approved) still planned or under
 * way after its due date is to be completed or cancelled with a reason, on the item's
 * page; due on its own due date, so always overdue. One query whatever the scope.
 */
@Component
class ActionPlanTasks implements TaskProvider {

	/** The longest part of an item's title a task's title quotes. */
	static final int QUOTED = 150;

	private static final Set<ActionPlanItem.Status> OPEN = EnumSet.of(ActionPlanItem.Status.PLANNED,
			ActionPlanItem.Status.IN_PROGRESS);

	private final ActionPlanItemRepository items;

	private final RussianFormat format;

	ActionPlanTasks(ActionPlanItemRepository items, RussianFormat format) {
		this.items = items;
		this.format = format;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		Set<Long> officerOf = user.scopeIds(Role.MUNICIPAL_OFFICER);
		if (officerOf.isEmpty()) {
			return List.of();
		}
		String concerns = this.format.text("actionplans.tasks.concerns");
		List<Task> tasks = new ArrayList<>();
		for (ActionPlanItemRepository.DueItem item : this.items.dueBefore(officerOf, OPEN, today, Limit.of(LIMIT))) {
			tasks.add(Task.due("actionplans.overdue", concerns,
					this.format.text("actionplans.tasks.overdue", quote(item.getTitle())), item.getDueDate(),
					"/plan-items/" + item.getId(), today));
		}
		return tasks;
	}

	private static String quote(String text) {
		String plain = text.strip().replaceAll("\\s+", " ");
		return plain.length() <= QUOTED ? plain : plain.substring(0, QUOTED - 1).strip() + "…";
	}

}

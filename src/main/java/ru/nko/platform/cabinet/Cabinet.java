package ru.nko.platform.cabinet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Task;

/**
 * The person's tasks as the cabinet shows them: overdue, due within a week, later; within
 * each, grouped by what they concern.
 */
@Service
class Cabinet {

	/** How far ahead "this week" reaches. */
	static final int WEEK = 7;

	private final MyTasks tasks;

	private final Clock clock;

	Cabinet(MyTasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	/** How urgent a group of tasks is. */
	enum Urgency {

		OVERDUE, THIS_WEEK, LATER

	}

	/** Tasks of one urgency, by what they concern (in the order of the most urgent). */
	record Group(Urgency urgency, Map<String, List<Task>> byConcern, int size) {
	}

	/** What the cabinet page shows. */
	record View(List<Task> all, List<Group> groups, long overdue) {
	}

	View of(CurrentUser user) {
		List<Task> all = this.tasks.of(user);
		LocalDate weekAhead = LocalDate.now(this.clock).plusDays(WEEK);
		Map<Urgency, List<Task>> byUrgency = new LinkedHashMap<>();
		for (Urgency urgency : Urgency.values()) {
			byUrgency.put(urgency, new ArrayList<>());
		}
		for (Task task : all) {
			Urgency urgency = task.overdue() ? Urgency.OVERDUE
					: task.dueDate() != null && !task.dueDate().isAfter(weekAhead) ? Urgency.THIS_WEEK : Urgency.LATER;
			byUrgency.get(urgency).add(task);
		}
		List<Group> groups = new ArrayList<>();
		byUrgency.forEach((urgency, tasks) -> {
			if (!tasks.isEmpty()) {
				Map<String, List<Task>> byConcern = new LinkedHashMap<>();
				tasks.forEach(task -> byConcern.computeIfAbsent(task.concerns(), key -> new ArrayList<>()).add(task));
				groups.add(new Group(urgency, byConcern, tasks.size()));
			}
		});
		return new View(all, groups, all.stream().filter(Task::overdue).count());
	}

}

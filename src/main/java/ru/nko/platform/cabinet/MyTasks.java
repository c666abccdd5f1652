package ru.nko.platform.cabinet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * The signed-in person's tasks from every {@link TaskProvider}: the most urgent first
 * (overdue, then by due date, then those without one). The header's count is kept for a
 * minute per person and forgotten whenever they send a form, so doing a task lowers it at
 * once.
 */
@Service
public class MyTasks {

	private static final Duration COUNT_KEPT = Duration.ofMinutes(1);

	private static final Comparator<Task> URGENT_FIRST = Comparator.comparing((Task task) -> !task.overdue())
		.thenComparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Task::concerns)
		.thenComparing(Task::title);

	private final List<TaskProvider> providers;

	private final Clock clock;

	private final Map<String, Count> counts = new ConcurrentHashMap<>();

	MyTasks(List<TaskProvider> providers, Clock clock) {
		this.providers = providers;
		this.clock = clock;
	}

	/** The user's tasks, the most urgent first. */
	List<Task> of(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		List<Task> tasks = new ArrayList<>();
		for (TaskProvider provider : this.providers) {
			tasks.addAll(provider.tasks(user, today));
		}
		tasks.sort(URGENT_FIRST);
		this.counts.put(user.getUsername(), new Count(tasks.size(), this.clock.instant().plus(COUNT_KEPT)));
		return tasks;
	}

	/** How many tasks the user has, for the header. */
	public int count(CurrentUser user) {
		Count kept = this.counts.get(user.getUsername());
		if (kept != null && kept.until().isAfter(this.clock.instant())) {
			return kept.value();
		}
		return of(user).size();
	}

	/**
	 * A person who changed something may have done a task: their count is computed anew.
	 */
	@EventListener
	void requestHandled(ServletRequestHandledEvent event) {
		if (event.getUserName() != null && !"GET".equals(event.getMethod()) && !"HEAD".equals(event.getMethod())) {
			this.counts.remove(event.getUserName());
		}
	}

	private record Count(int value, Instant until) {
	}

}

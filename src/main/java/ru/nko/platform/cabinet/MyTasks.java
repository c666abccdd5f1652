package ru.nko.platform.cabinet;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * The signed-in person's tasks from every {@link TaskProvider}: the most urgent first
 * (overdue, then by due date, then those without one). A person's list is kept for a
 * short while ({@code nko.cabinet.tasks-kept}, 30 seconds) for the cabinet and the
 * header's count, and forgotten for everyone as soon as any write transaction ends (this
 * is a transaction listener) and for a person who sends a form: doing a task, or anyone
 * changing the data behind it, shows at once. Nothing is kept from inside a transaction.
 */
@Service
public class MyTasks implements TransactionExecutionListener {

	private static final Comparator<Task> URGENT_FIRST = Comparator.comparing((Task task) -> !task.overdue())
		.thenComparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Task::concerns)
		.thenComparing(Task::title);

	private final List<TaskProvider> providers;

	private final Clock clock;

	/** The lists kept, by person and day; none when the time to keep is zero. */
	private final Cache<String, List<Task>> kept;

	/** Counts the writes that ended, so that a list computed across one is not kept. */
	private final AtomicLong writes = new AtomicLong();

	MyTasks(List<TaskProvider> providers, Clock clock, @Value("${nko.cabinet.tasks-kept:30s}") Duration keptFor) {
		this.providers = providers;
		this.clock = clock;
		this.kept = keptFor.isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(10_000).build();
	}

	/** The user's tasks, the most urgent first. */
	List<Task> of(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		String key = user.getUsername() + " " + today;
		// not inside a transaction (a test's): what it changes has not ended yet
		boolean keep = this.kept != null && !TransactionSynchronizationManager.isActualTransactionActive();
		List<Task> known = keep ? this.kept.getIfPresent(key) : null;
		if (known != null) {
			return known;
		}
		long writesBefore = this.writes.get();
		List<Task> tasks = new ArrayList<>();
		for (TaskProvider provider : this.providers) {
			tasks.addAll(provider.tasks(user, today));
		}
		tasks.sort(URGENT_FIRST);
		if (keep && writesBefore == this.writes.get()) {
			this.kept.put(key, List.copyOf(tasks));
		}
		return tasks;
	}

	/** How many tasks the user has, for the header. */
	public int count(CurrentUser user) {
		return of(user).size();
	}

	/**
	 * A person who changed something may have done a task: their list is computed anew.
	 */
	@EventListener
	void requestHandled(ServletRequestHandledEvent event) {
		if (this.kept != null && event.getUserName() != null && !"GET".equals(event.getMethod())
				&& !"HEAD".equals(event.getMethod())) {
			String prefix = event.getUserName() + " ";
			this.kept.asMap().keySet().removeIf(key -> key.startsWith(prefix));
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		forgetAll(transaction);
	}

	@Override
	public void afterRollback(TransactionExecution transaction, Throwable failure) {
		forgetAll(transaction);
	}

	private void forgetAll(TransactionExecution transaction) {
		if (!transaction.isReadOnly()) {
			this.writes.incrementAndGet();
			if (this.kept != null) {
				this.kept.invalidateAll();
			}
		}
	}

}

package ru.nko.platform.cabinet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionExecution;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's tasks are kept for a short while and computed anew as soon as a write
 * transaction ends or the person sends a form; read-only transactions keep them.
 */
class MyTasksKeptTests {

	final AtomicInteger asked = new AtomicInteger();

	final TaskProvider provider = (user, today) -> {
		this.asked.incrementAndGet();
		return List
			.of(new Task("problem", "Проблемы", "Проверить проблему " + this.asked.get(), today, "/problems/1", false));
	};

	final Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

	final MyTasks tasks = new MyTasks(List.of(this.provider), this.clock, Duration.ofSeconds(30));

	final CurrentUser officer = user("municipal");

	@Test
	void keptUntilAWriteEnds() {
		assertThat(this.tasks.of(this.officer)).extracting(Task::title).containsExactly("Проверить проблему 1");
		assertThat(this.tasks.count(this.officer)).isEqualTo(1);
		this.tasks.of(this.officer);
		assertThat(this.asked).hasValue(1);

		this.tasks.afterCommit(transaction(true), null);
		this.tasks.of(this.officer);
		assertThat(this.asked).hasValue(1);

		this.tasks.afterCommit(transaction(false), null);
		assertThat(this.tasks.of(this.officer)).extracting(Task::title).containsExactly("Проверить проблему 2");

		this.tasks.afterRollback(transaction(false), null);
		this.tasks.of(this.officer);
		assertThat(this.asked).hasValue(3);
	}

	@Test
	void aPersonSendingAFormHasTheirsComputedAnewOthersKeepTheirs() {
		CurrentUser other = user("municipal2");
		this.tasks.of(this.officer);
		this.tasks.of(other);

		this.tasks.requestHandled(handled("municipal", "POST"));
		this.tasks.requestHandled(handled("municipal2", "GET"));
		this.tasks.of(this.officer);
		this.tasks.of(other);

		assertThat(this.asked).hasValue(3);
	}

	@Test
	void keptForNoTimeIsComputedEveryTime() {
		MyTasks unkept = new MyTasks(List.of(this.provider), this.clock, Duration.ZERO);
		unkept.of(this.officer);
		unkept.of(this.officer);

		assertThat(this.asked).hasValue(2);
	}

	private static CurrentUser user(String username) {
		return new CurrentUser(username.length(), username, username, null, true, Set.of());
	}

	private static TransactionExecution transaction(boolean readOnly) {
		return new TransactionExecution() {
			@Override
			public boolean isReadOnly() {
				return readOnly;
			}
		};
	}

	private ServletRequestHandledEvent handled(String user, String method) {
		return new ServletRequestHandledEvent(this, "/x", "127.0.0.1", method, "dispatcher", null, user, 5);
	}

}

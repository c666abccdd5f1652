package ru.nko.platform.shared.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Long imports run in the background and report their progress, so that the page can show
 * a progress bar and a summary at the end. Jobs live in this node's memory for an hour (a
 * page polls the node it started on); the import itself is one database transaction, all
 * or nothing.
 */
@Component
public class ImportJobs {

	/** Where a job stands. */
	public enum State {

		RUNNING, DONE, FAILED

	}

	/** What the page shows of a job. */
	public record Status(String id, String owner, State state, int done, int total, Object result, String error,
			Instant startedAt) {

		public int percent() {
			return this.total == 0 ? (this.state == State.RUNNING ? 0 : 100)
					: Math.min(100, this.done * 100 / this.total);
		}
	}

	/**
	 * A job that failed and whose owner has not opened its page since.
	 *
	 * @param fileName the file it loaded, or null when its caller named none
	 * @param url the job's page, or null when its caller named none
	 */
	public record Failed(String id, String fileName, String url, String error, Instant startedAt) {
	}

	/** What a running job reports through. */
	public interface Progress {

		/** For work run outside a job (start-up data, tests): reports to no one. */
		Progress NONE = new Progress() {

			@Override
			public void total(int total) {
			}

			@Override
			public void advance(int done) {
			}

		};

		void total(int total);

		void advance(int done);

	}

	private final TaskExecutor executor;

	private final Clock clock;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	ImportJobs(@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.executor = executor;
		this.clock = clock;
	}

	/** Starts the work in the background as the current user; returns the job's id. */
	public String start(String owner, Function<Progress, Object> work) {
		return start(owner, null, null, work);
	}

	/**
	 * Starts the work in the background as the current user, loading the file
	 * {@code fileName}, its page being {@code pagePrefix} followed by the job's id;
	 * returns the id.
	 */
	public String start(String owner, String fileName, String pagePrefix, Function<Progress, Object> work) {
		forgetOld();
		String id = UUID.randomUUID().toString();
		Job job = new Job(id, owner, this.clock.instant(), fileName, pagePrefix == null ? null : pagePrefix + id);
		this.jobs.put(job.id, job);
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> {
			try {
				job.result = work.apply(job);
				job.state = State.DONE;
			}
			catch (RuntimeException ex) {
				job.error = ex.getMessage();
				job.failure = ex;
				job.state = State.FAILED;
			}
		}));
		return job.id;
	}

	/**
	 * The job, if it exists and belongs to the owner; a failed job shown to its owner is
	 * no longer listed by {@link #failed(String)}.
	 */
	public Optional<Status> status(String id, String owner) {
		Job job = this.jobs.get(id);
		if (job == null || !job.owner.equals(owner)) {
			return Optional.empty();
		}
		if (job.state == State.FAILED) {
			job.seen = true;
		}
		return Optional.of(new Status(job.id, job.owner, job.state, job.done.get(), job.total, job.result, job.error,
				job.startedAt));
	}

	/**
	 * The exception a failed job ended with, for callers that want to tell refusals from
	 * faults.
	 */
	public Optional<RuntimeException> failure(String id) {
		return Optional.ofNullable(this.jobs.get(id)).map(job -> job.failure);
	}

	/** The preview of an import its job refused whole, if it was refused. */
	public Optional<ImportPreview<?>> refusal(String id) {
		return failure(id).filter(ImportRefused.class::isInstance).map(failure -> ((ImportRefused) failure).preview());
	}

	/**
	 * The owner's jobs that failed within the last hour and whose page they have not
	 * opened since, the newest first.
	 */
	public List<Failed> failed(String owner) {
		Instant hourAgo = this.clock.instant().minusSeconds(3600);
		return this.jobs.values()
			.stream()
			.filter(job -> job.owner.equals(owner) && job.state == State.FAILED && !job.seen
					&& !job.startedAt.isBefore(hourAgo))
			.sorted(Comparator.comparing((Job job) -> job.startedAt).reversed())
			.map(job -> new Failed(job.id, job.fileName, job.url, job.error, job.startedAt))
			.toList();
	}

	private void forgetOld() {
		Instant hourAgo = this.clock.instant().minusSeconds(3600);
		this.jobs.values().removeIf(job -> job.state != State.RUNNING && job.startedAt.isBefore(hourAgo));
	}

	private static final class Job implements Progress {

		final String id;

		final String owner;

		final Instant startedAt;

		final AtomicInteger done = new AtomicInteger();

		volatile int total;

		volatile State state = State.RUNNING;

		volatile Object result;

		volatile String error;

		volatile RuntimeException failure;

		final String fileName;

		final String url;

		volatile boolean seen;

		Job(String id, String owner, Instant startedAt, String fileName, String url) {
			this.id = id;
			this.owner = owner;
			this.startedAt = startedAt;
			this.fileName = fileName;
			this.url = url;
		}

		@Override
		public void total(int total) {
			this.total = total;
		}

		@Override
		public void advance(int done) {
			this.done.set(done);
		}

	}

}

package ru.nko.platform.problems;

import java.time.Instant;

import org.springframework.boot.test.context.TestComponent;

import ru.nko.platform.system.SystemAuthentication;

/**
 * Problems for tests of other modules (action plans, meetings): recorded and moved as of
 * a time, as the platform.
 */
@TestComponent
public class ProblemFixtures {

	private final ProblemWork work;

	ProblemFixtures(ProblemWork work) {
		this.work = work;
	}

	/**
	 * A problem recorded by "Тест" in the category "PREMISES" at {@code registeredAt}.
	 */
	public long recordAsOf(long municipalityId, Long organizationId, String categoryCode, String title,
			String description, String recordedBy, Instant at) {
		return SystemAuthentication.call(() -> this.work.recordAsOf(municipalityId, organizationId, categoryCode, title,
				description, recordedBy, at));
	}

	/** Moves a problem along its workflow as of a time. */
	public void moveAsOf(long problemId, ProblemStatus to, String by, String note, Instant at) {
		SystemAuthentication.run(() -> this.work.moveAsOf(problemId, to, by, note, at));
	}

}

package ru.nko.platform.interaction;

import java.time.Instant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The public API of problems of NGOs for other modules and start-up data. */
@Service
public class ProblemManagement {

	private final Problems problems;

	ProblemManagement(Problems problems) {
		this.problems = problems;
	}

	/** Records a problem as it happened (dated, by a named person); for start-up and demo data, by administrators only. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	public long recordAsOf(long municipalityId, Long organizationId, String categoryCode, String title, String description,
			String recordedBy, Instant at) {
		return this.problems.recordAsOf(municipalityId, organizationId, categoryCode, title, description, recordedBy, at);
	}

	/** Moves a problem along its workflow as it happened; {@code note} is the reason of a rejection or how it was resolved. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	public void moveAsOf(long problemId, ProblemStatus to, String by, String note, Instant at) {
		this.problems.moveAsOf(problemId, to, by, note, at);
	}

	/** An organisation joined the problem, as it happened. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	public void supportAsOf(long problemId, long organizationId, String by, Instant at) {
		this.problems.supportAsOf(problemId, organizationId, by, at);
	}
}

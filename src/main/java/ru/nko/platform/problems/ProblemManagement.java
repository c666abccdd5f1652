package ru.nko.platform.problems;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * What other modules may read and do with problems of NGOs. Reads carry no scope check:
 * callers show only what their own pages allow (an action plan's items, a meeting's
 * decisions, a municipality's report).
 */
@Service
public class ProblemManagement {

	private final ProblemQueries queries;

	private final ProblemWork work;

	ProblemManagement(ProblemQueries queries, ProblemWork work) {
		this.queries = queries;
		this.work = work;
	}

	/**
	 * Accepted problems and those already in a plan, of one municipality: what a plan
	 * item or a decision may address.
	 */
	public List<ProblemRef> plannable(long municipalityId) {
		return this.queries.plannable(municipalityId);
	}

	/** The problems with these ids, ordered by id; unknown ids are left out. */
	public List<ProblemRef> refs(Collection<Long> ids) {
		return this.queries.refs(ids);
	}

	/** Every problem of a municipality in order of registration. */
	public List<RegisteredProblem> ofMunicipality(long municipalityId) {
		return this.queries.ofMunicipality(municipalityId);
	}

	/** Registered, in-plan and resolved problems per municipality id. */
	public Map<Long, ProblemCounts> countsByMunicipality() {
		return this.queries.countsByMunicipality();
	}

	/**
	 * A plan item takes an accepted problem into the plan. Nothing happens if it is
	 * already in a plan or resolved; a new or rejected problem is refused with
	 * {@link IllegalStateException}.
	 */
	public void includeInPlan(long problemId, String byName) {
		this.work.includeInPlan(problemId, byName);
	}

	/**
	 * A completed plan item resolves its problem, with the note; a problem not in a plan
	 * is refused with {@link IllegalStateException}.
	 */
	public void resolveByPlan(long problemId, String byName, String note) {
		this.work.resolveByPlan(problemId, byName, note);
	}

}

package ru.nko.platform.problems;

/**
 * Problems of one municipality or the region: registered (all but rejected), taken into a
 * plan (and maybe resolved), resolved.
 */
public record ProblemCounts(long registered, long inPlan, long resolved) {

	/** No problems at all. */
	public static final ProblemCounts NONE = new ProblemCounts(0, 0, 0);

	/** The sum of both counts. */
	public ProblemCounts plus(ProblemCounts other) {
		return new ProblemCounts(this.registered + other.registered, this.inPlan + other.inPlan,
				this.resolved + other.resolved);
	}
}

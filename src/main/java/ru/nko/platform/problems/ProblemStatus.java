package ru.nko.platform.problems;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a problem of NGOs stands: new → accepted → in the plan → resolved, or rejected
 * with a reason.
 */
public enum ProblemStatus {

	NEW, ACCEPTED, IN_PLAN, RESOLVED, REJECTED;

	/** Statuses everyone may see: moderated and not rejected. */
	static final Set<ProblemStatus> PUBLIC = EnumSet.of(ACCEPTED, IN_PLAN, RESOLVED);

	/** Moderated and not rejected: shown to everyone. */
	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

}

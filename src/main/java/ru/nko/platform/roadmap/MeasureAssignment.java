package ru.nko.platform.roadmap;

import java.util.List;

/**
 * Who carries out a measure and by when, as an administrator amends it by hand between
 * imports: the measure's deadline and executors, the basis of their last change, and the
 * version the amendment must match.
 *
 * @param baseYear the year the roadmap's recurring deadlines without years start in
 * @param version the version read; an amendment made against an older one is refused
 */
public record MeasureAssignment(long measureId, long roadmapId, int baseYear, String code, String title,
		Deadline deadline, List<RoadmapPlan.Executor> executors, String basis, long version) {

	/** The longest basis of a change (an act's name and number, or a reason). */
	public static final int BASIS_MAX = 500;

	public MeasureAssignment {
		executors = List.copyOf(executors);
	}

}

package ru.nko.platform.roadmap;

import java.util.List;

/**
 * A roadmap as an import means it to be, ready to be written: which roadmap it replaces
 * (or none), its sections and measures in order, each executor with the body it matched
 * (or none: the body is created). Measures of the roadmap missing from the plan are
 * withdrawn, never deleted.
 *
 * @param existingRoadmapId the roadmap the plan updates, or null for a new one
 * @param fileName the file it came from, kept as the roadmap's source
 * @param baseYear the year recurring measures without years start in
 */
public record RoadmapPlan(Long existingRoadmapId, String title, String region, int baseYear, String fileName,
		List<Section> sections) {

	/** The longest title of a roadmap or a section. */
	public static final int TITLE_MAX = 1000;

	/** The longest region name. */
	public static final int REGION_MAX = 200;

	/** The longest number of a section or measure ("1.2.3"). */
	public static final int CODE_MAX = 20;

	/** The longest deadline text. */
	public static final int DEADLINE_MAX = 500;

	public RoadmapPlan {
		sections = List.copyOf(sections);
	}

	/** All measures of all sections, sub-measures included. */
	public int measureCount() {
		return this.sections.stream().mapToInt(section -> section.measures().size()).sum();
	}

	/** A section in the order of the table. */
	public record Section(String code, String title, List<PlannedMeasure> measures) {

		public Section {
			measures = List.copyOf(measures);
		}
	}

	/** A measure with its number, texts, structured deadline and executors. */
	public record PlannedMeasure(String code, String parentCode, String title, String expectedResult, Deadline deadline,
			List<Executor> executors) {

		public PlannedMeasure {
			executors = List.copyOf(executors);
		}
	}

	/** An executor as written, the body it is (its id), and the part it plays. */
	public record Executor(long bodyId, ExecutorRole role, String nameAsWritten) {
	}

	/** What a written plan did. */
	public record Written(long roadmapId, boolean created) {
	}

}

package ru.nko.platform.roadmapimport;

import java.util.List;
import java.util.Objects;

import ru.nko.platform.directory.BodyNames;
import ru.nko.platform.roadmap.ExecutorRole;
import ru.nko.platform.shared.imports.ImportProblem;

/**
 * A roadmap as read from a table, before anything is stored: sections with their
 * measures, every problem found on the way, so the user can fix the file and load it
 * again, and warnings about what will be saved as written but deserves a look (a cell
 * that looks like a formula).
 */
record RoadmapDraft(String title, List<SectionDraft> sections, List<ImportProblem> problems,
		List<ImportProblem> warnings) {

	public RoadmapDraft {
		sections = List.copyOf(sections);
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}

	public RoadmapDraft(String title, List<SectionDraft> sections, List<ImportProblem> problems) {
		this(title, sections, problems, List.of());
	}

	/** All measures of all sections, sub-measures included. */
	public int measureCount() {
		return sections.stream().mapToInt(s -> s.measures().size()).sum();
	}

	/** Whether the table had anything to fix; a draft with problems must not be saved. */
	public boolean hasErrors() {
		return !problems.isEmpty();
	}

	/**
	 * A numbered section of the roadmap ("1.", "2") with the measures listed under it.
	 */
	public record SectionDraft(String code, String title, int line, List<MeasureDraft> measures) {

		public SectionDraft {
			Objects.requireNonNull(code, "code");
			title = title == null ? "" : title;
			measures = List.copyOf(measures);
		}
	}

	/**
	 * One measure ("1.2") or sub-measure ("1.2.1", whose {@code parentCode} is "1.2");
	 * texts are kept as written, with whitespace collapsed and page-break continuations
	 * joined.
	 */
	public record MeasureDraft(String code, String parentCode, String title, String expectedResult, String deadlineText,
			List<ExecutorDraft> executors, int line) {

		public MeasureDraft {
			Objects.requireNonNull(code, "code");
			title = title == null ? "" : title;
			expectedResult = expectedResult == null ? "" : expectedResult;
			deadlineText = deadlineText == null ? "" : deadlineText;
			executors = List.copyOf(executors);
		}
	}

	/**
	 * One body named in the executors cell: the name as the document writes it and the
	 * form ({@link BodyNames#normalizeName}) used to match it to a known body.
	 */
	public record ExecutorDraft(String nameAsWritten, String normalizedName, ExecutorRole role) {

		public ExecutorDraft {
			Objects.requireNonNull(nameAsWritten, "nameAsWritten");
			Objects.requireNonNull(normalizedName, "normalizedName");
			Objects.requireNonNull(role, "role");
		}
	}
}

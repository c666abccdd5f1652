package ru.nko.platform.shared.imports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an uploaded file cannot be imported; carries the problems to show to the
 * user.
 */
public class ImportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<ImportProblem> problems;

	/** A single problem with the whole file. */
	public ImportException(String message) {
		this(List.of(ImportProblem.file(message)));
	}

	/** One or more problems, e.g. one per faulty row. */
	public ImportException(List<ImportProblem> problems) {
		super(joined(problems));
		this.problems = List.copyOf(problems);
	}

	/** The problems in the order they were found; never empty. */
	public List<ImportProblem> problems() {
		return problems;
	}

	private static String joined(List<ImportProblem> problems) {
		if (problems == null || problems.isEmpty()) {
			throw new IllegalArgumentException("an import exception needs at least one problem");
		}
		// the exception message is for logs; the UI should render problems() one by one
		return problems.stream().map(ImportProblem::message).collect(Collectors.joining("\n"));
	}

}

package ru.nko.platform.shared.imports;

import java.util.Objects;

/**
 * One thing wrong with an uploaded file, worded for the official who uploaded it.
 *
 * @param line the line/row number as the user sees it in the file, 0 when the problem
 * concerns the whole file
 * @param column 1-based column, or null when the problem concerns the whole row or file
 * @param message plain Russian text that says what is wrong and what to do
 */
public record ImportProblem(int line, Integer column, String message) {

	public ImportProblem {
		if (line < 0) {
			throw new IllegalArgumentException("line must not be negative: " + line);
		}
		if (column != null && column < 1) {
			throw new IllegalArgumentException("column must be 1-based: " + column);
		}
		Objects.requireNonNull(message, "message");
	}

	/** A problem with the file as a whole (line 0, no column). */
	public static ImportProblem file(String message) {
		return new ImportProblem(0, null, message);
	}
}

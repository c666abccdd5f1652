package ru.nko.platform.decisions;

import java.time.LocalDate;

/**
 * A decision as a meeting's page shows it, numbered within the meeting, with its overdue
 * state and links.
 */
public record DecisionView(long id, int number, String text, String owner, LocalDate dueDate, DecisionStatus status,
		boolean overdue, LocalDate doneAt, String note, Long problemId, String problemTitle, Long planItemId,
		String planItemTitle) {
}

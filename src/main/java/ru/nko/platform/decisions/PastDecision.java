package ru.nko.platform.decisions;

import java.time.LocalDate;

/** A decision of a past meeting and what became of it, for start-up and demo data. */
public record PastDecision(String text, String owner, LocalDate dueDate, DecisionStatus status, LocalDate doneAt,
		String note) {
}

package ru.nko.platform.decisions;

/**
 * The form of a new decision as typed: text, who answers for it, due date, optional
 * problem and plan item ids.
 */
public record DecisionForm(String text, String owner, String dueDate, String problemId, String planItemId) {

	/** A blank form. */
	public static DecisionForm empty() {
		return new DecisionForm("", "", "", "", "");
	}
}

package ru.nko.platform.decisions;

/**
 * A meeting's decisions still to be carried out, and how many of them are past their due
 * date.
 */
public record OpenDecisions(int open, int overdue) {

	/** None open. */
	public static final OpenDecisions NONE = new OpenDecisions(0, 0);

}

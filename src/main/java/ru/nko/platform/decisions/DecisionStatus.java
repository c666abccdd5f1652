package ru.nko.platform.decisions;

/**
 * Where a meeting's decision stands; "overdue" is not stored but computed from the due
 * date.
 */
public enum DecisionStatus {

	OPEN, DONE, CANCELLED

}

package ru.nko.platform.decisions;

/**
 * Decisions of meetings due in a year (cancelled ones left out): all, done on time,
 * overdue now.
 */
public record DecisionsDue(int due, int doneOnTime, int overdue) {
}

package ru.nko.platform.decisions;

/**
 * A decision of a meeting was just recorded, done or withdrawn (published inside that
 * transaction).
 */
public record DecisionChanged(long meetingId, long decisionId) {
}

package ru.nko.platform.meetings;

import java.time.Instant;

/**
 * A meeting was just planned (one event per meeting of a series; published inside the
 * planning transaction); {@code municipalityId} null for the region's own meetings.
 */
public record MeetingPlanned(long meetingId, MeetingType type, Long municipalityId, Instant startsAt) {
}

package ru.nko.platform.meetings;

import java.time.OffsetDateTime;

/**
 * A meeting was closed with its minutes: from now on it counts as held (municipality
 * null: the whole region).
 */
public record MeetingHeld(long meetingId, Long municipalityId, MeetingType type, OffsetDateTime startsAt) {
}

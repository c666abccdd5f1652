package ru.nko.platform.meetings;

import java.time.Instant;

/**
 * A planned meeting's time, place or link may have changed: what they were before
 * (published inside the changing transaction; the meeting as it is now is read from
 * {@link MeetingManagement#letter}).
 */
public record MeetingRescheduled(long meetingId, Instant startsAt, Instant endsAt, String place, String onlineLink) {
}

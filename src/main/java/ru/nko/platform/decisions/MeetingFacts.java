package ru.nko.platform.decisions;

import java.time.LocalDate;

/**
 * What decisions need to know of the meeting that takes them: its id, municipality (null:
 * regional) and day.
 */
public record MeetingFacts(long meetingId, Long municipalityId, LocalDate day) {
}

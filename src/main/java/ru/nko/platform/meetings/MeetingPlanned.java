package ru.nko.platform.meetings;

/** A meeting was just planned (one event per meeting of a series; published inside the planning transaction). */
public record MeetingPlanned(long meetingId, MeetingType type) {
}

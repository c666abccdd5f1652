package ru.nko.platform.meetings;

/** A meeting was just cancelled (published inside the cancelling transaction). */
public record MeetingCancelled(long meetingId) {
}

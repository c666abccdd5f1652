package ru.nko.platform.meetings;

import java.time.Instant;

/**
 * A meeting as lists show it: {@code when} written out, the number of organisations
 * registered, and whether the viewer's organisations are invited or registered.
 */
public record MeetingRow(long id, Long municipalityId, String municipality, MeetingType type, String title, String when,
		Instant startsAt, String place, String onlineLink, MeetingStatus status, long registrations,
		boolean invitedMine, boolean registeredMine) {
}

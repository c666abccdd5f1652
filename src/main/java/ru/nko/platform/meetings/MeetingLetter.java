package ru.nko.platform.meetings;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as letters about it describe it, with its stored version (the calendar file's
 * SEQUENCE) and its agenda; {@code municipalityId} null for the region's own meetings.
 */
public record MeetingLetter(long id, Long municipalityId, MeetingType type, String title, Instant startsAt,
		Instant endsAt, String place, String onlineLink, MeetingStatus status, String cancelReason, long version,
		List<AgendaLine> agenda) {

	/** One item of the agenda; {@code speaker} may be null. */
	public record AgendaLine(String title, String speaker) {
	}
}

package ru.nko.platform.meetings;

import java.time.OffsetDateTime;

/** A meeting as other modules see it; times in the platform's time zone. */
public record MeetingSummary(long id, Long municipalityId, MeetingType type, String title, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String place, String onlineLink, MeetingStatus status, int registrations,
		int decisionsOpen, int decisionsOverdue) {
}

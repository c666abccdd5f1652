package ru.nko.platform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What other modules may read of meetings: public data and counts only, no caller
 * checked.
 */
@Service
public class MeetingManagement {

	private final Meetings meetings;

	private final MeetingQueries queries;

	MeetingManagement(Meetings meetings, MeetingQueries queries) {
		this.meetings = meetings;
		this.queries = queries;
	}

	/**
	 * Meetings that start on the days from–to (inclusive), all statuses, earliest first;
	 * {@code municipalityId} null for all municipalities and the region's own meetings;
	 * {@code from} or {@code to} null for no bound.
	 */
	public List<MeetingSummary> between(Long municipalityId, LocalDate from, LocalDate to) {
		return this.meetings.between(municipalityId, from, to);
	}

	/**
	 * Per municipality and quarter of a year, the working meetings (1.5) closed, held
	 * without minutes and planned.
	 */
	public List<MeetingQuarterCount> workingMeetingsByQuarter(int year) {
		return this.meetings.workingMeetingsByQuarter(year);
	}

	/**
	 * The meeting as letters describe it, as stored now within the caller's transaction;
	 * empty if there is none.
	 */
	public Optional<MeetingLetter> letter(long meetingId) {
		return this.meetings.letter(meetingId);
	}

	/**
	 * A municipality's meetings starting since a moment, earliest first, as letters
	 * describe them.
	 */
	public List<MeetingLetter> lettersSince(long municipalityId, Instant since) {
		return this.meetings.lettersSince(municipalityId, since);
	}

	/**
	 * Planned meetings starting after {@code from} and no later than {@code until},
	 * soonest first.
	 */
	public List<Long> plannedStarting(Instant from, Instant until) {
		return this.meetings.plannedStarting(from, until);
	}

	/**
	 * A municipality's meetings starting in a year, earliest first, marked for the
	 * signed-in viewer's organisations.
	 */
	public List<MeetingRow> ofYear(long municipalityId, int year) {
		return this.queries.ofYear(municipalityId, year);
	}

	/**
	 * Whether the signed-in user may plan meetings in this municipality (to offer the
	 * button).
	 */
	public boolean canPlanIn(long municipalityId) {
		return MeetingAccess.canPlanIn(MeetingAccess.user().orElse(null), municipalityId);
	}

}

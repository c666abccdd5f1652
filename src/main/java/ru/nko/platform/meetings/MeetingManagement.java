package ru.nko.platform.meetings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

/** What other modules may read of meetings: public data and counts only, no caller checked. */
@Service
public class MeetingManagement {

	private final Meetings meetings;

	MeetingManagement(Meetings meetings) {
		this.meetings = meetings;
	}

	/**
	 * Meetings that start on the days from–to (inclusive), all statuses, earliest first; {@code municipalityId} null
	 * for all municipalities and the region's own meetings; {@code from} or {@code to} null for no bound.
	 */
	public List<MeetingSummary> between(Long municipalityId, LocalDate from, LocalDate to) {
		return this.meetings.between(municipalityId, from, to);
	}

	/** Per municipality and quarter of a year, the working meetings (1.5) closed, held without minutes and planned. */
	public List<MeetingQuarterCount> workingMeetingsByQuarter(int year) {
		return this.meetings.workingMeetingsByQuarter(year);
	}

}

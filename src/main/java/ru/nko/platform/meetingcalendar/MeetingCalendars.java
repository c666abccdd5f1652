package ru.nko.platform.meetingcalendar;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;

import ru.nko.platform.meetings.MeetingLetter;
import ru.nko.platform.meetings.MeetingManagement;
import ru.nko.platform.system.NotFound;

/**
 * Meetings as iCalendar files: one meeting (on its page, in the API, attached to letters)
 * and a municipality's feed.
 */
@Service
public class MeetingCalendars {

	private final MeetingManagement meetings;

	private final Clock clock;

	MeetingCalendars(MeetingManagement meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * The meeting as an iCalendar file (UTF-8); its stored version is the file's
	 * SEQUENCE.
	 */
	public byte[] meeting(long meetingId) {
		MeetingLetter meeting = this.meetings.letter(meetingId).orElseThrow(() -> new NotFound("Встреча не найдена"));
		return MeetingCalendar.write(meeting.title(), List.of(meeting), this.clock);
	}

	/**
	 * A municipality's feed: its meetings of the last year and the future, cancelled ones
	 * marked as such.
	 */
	public byte[] municipality(long municipalityId, String calendarName) {
		return MeetingCalendar.write(calendarName,
				this.meetings.lettersSince(municipalityId, this.clock.instant().minus(Duration.ofDays(366))),
				this.clock);
	}

}

package ru.nko.platform.registrations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Whether an invited or registered organisation came to a held meeting, and with how many
 * people.
 */
@Entity
@Table(name = "meeting_attendance")
class MeetingAttendance {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_attendance_seq")
	@SequenceGenerator(name = "meeting_attendance_seq", sequenceName = "meeting_attendance_seq", allocationSize = 50)
	private Long id;

	private long meetingId;

	private long organizationId;

	private boolean attended;

	private int participants;

	protected MeetingAttendance() {
	}

	MeetingAttendance(long meetingId, long organizationId, boolean attended, int participants) {
		this.meetingId = meetingId;
		this.organizationId = organizationId;
		mark(attended, participants);
	}

	void mark(boolean attended, int participants) {
		this.attended = attended;
		this.participants = attended ? Math.max(participants, 1) : 0;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	long getOrganizationId() {
		return this.organizationId;
	}

	boolean isAttended() {
		return this.attended;
	}

	int getParticipants() {
		return this.participants;
	}

}

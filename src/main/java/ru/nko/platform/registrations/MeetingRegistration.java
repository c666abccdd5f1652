package ru.nko.platform.registrations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An organisation's registration for a meeting by its representative: how many people
 * come and, if given, their names (personal data: shown only to the meeting's managers
 * and the registrant). Cancelling keeps the row with the time it was withdrawn.
 */
@Entity
@Table(name = "meeting_registration")
class MeetingRegistration {

	static final int MAX_PARTICIPANTS = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_registration_seq")
	@SequenceGenerator(name = "meeting_registration_seq", sequenceName = "meeting_registration_seq",
			allocationSize = 50)
	private Long id;

	private long meetingId;

	private long organizationId;

	private Long registeredByUserId;

	private String registeredByName;

	private int participants;

	@Column(columnDefinition = "text")
	private String participantNames;

	private Instant registeredAt;

	private Instant withdrawnAt;

	protected MeetingRegistration() {
	}

	MeetingRegistration(long meetingId, long organizationId, Long registeredByUserId, String registeredByName,
			int participants, String participantNames, Instant registeredAt) {
		this.meetingId = meetingId;
		this.organizationId = organizationId;
		this.registeredByUserId = registeredByUserId;
		this.registeredByName = registeredByName;
		this.participants = participants;
		this.participantNames = participantNames;
		this.registeredAt = registeredAt;
	}

	void withdraw(Instant now) {
		this.withdrawnAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	long getOrganizationId() {
		return this.organizationId;
	}

	Long getRegisteredByUserId() {
		return this.registeredByUserId;
	}

	String getRegisteredByName() {
		return this.registeredByName;
	}

	int getParticipants() {
		return this.participants;
	}

	String getParticipantNames() {
		return this.participantNames;
	}

	Instant getRegisteredAt() {
		return this.registeredAt;
	}

	Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

}

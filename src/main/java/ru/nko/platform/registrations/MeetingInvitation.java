package ru.nko.platform.registrations;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An organisation invited to a meeting (from the directory, by id); a withdrawn
 * invitation is kept.
 */
@Entity
@Table(name = "meeting_invitation")
class MeetingInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_invitation_seq")
	@SequenceGenerator(name = "meeting_invitation_seq", sequenceName = "meeting_invitation_seq", allocationSize = 50)
	private Long id;

	private long meetingId;

	private long organizationId;

	private Instant invitedAt;

	private String invitedBy;

	private Instant withdrawnAt;

	protected MeetingInvitation() {
	}

	MeetingInvitation(long meetingId, long organizationId, Instant invitedAt, String invitedBy) {
		this.meetingId = meetingId;
		this.organizationId = organizationId;
		this.invitedAt = invitedAt;
		this.invitedBy = invitedBy;
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

	Instant getInvitedAt() {
		return this.invitedAt;
	}

	String getInvitedBy() {
		return this.invitedBy;
	}

}

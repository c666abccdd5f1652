package ru.nko.platform.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One item of a meeting's agenda, in order, with its speaker; removed items are kept as
 * withdrawn.
 */
@Entity
@Table(name = "meeting_agenda_item")
class MeetingAgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_agenda_item_seq")
	@SequenceGenerator(name = "meeting_agenda_item_seq", sequenceName = "meeting_agenda_item_seq", allocationSize = 50)
	private Long id;

	private long meetingId;

	private int position;

	private String title;

	private String speaker;

	private Instant withdrawnAt;

	protected MeetingAgendaItem() {
	}

	MeetingAgendaItem(long meetingId, int position, String title, String speaker) {
		this.meetingId = meetingId;
		this.position = position;
		this.title = title;
		this.speaker = speaker;
	}

	void withdraw(Instant now) {
		this.withdrawnAt = now;
	}

	void moveTo(int position) {
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	int getPosition() {
		return this.position;
	}

	String getTitle() {
		return this.title;
	}

	String getSpeaker() {
		return this.speaker;
	}

}

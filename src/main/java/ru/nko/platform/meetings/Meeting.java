package ru.nko.platform.meetings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import ru.nko.platform.system.InvalidInput;

/**
 * A meeting of NGOs with the authorities (measures 1.3, 1.5, 7.3, 7.4): when and where,
 * and its life from planned through held (attendance) to closed (minutes), or cancelled
 * with a reason. The agenda, invitations, registrations, attendance, decisions and
 * documents are rows of their own that carry the meeting's id.
 */
@Entity
@Table(name = "meeting")
@Audited
class Meeting {

	static final int MIN_MINUTES_LENGTH = 20;

	static final int MAX_MINUTES_LENGTH = 20_000;

	/** The sizes of the title's and the place's (and online link's) columns. */
	static final int MAX_TITLE = 300;

	static final int MAX_PLACE = 500;

	static final int MAX_CANCEL_REASON = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
	@SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
	private Long id;

	/** Null only for a regional meeting (7.4) that concerns the whole region. */
	private Long municipalityId;

	@Enumerated(EnumType.STRING)
	private MeetingType type;

	private String title;

	private Instant startsAt;

	private Instant endsAt;

	private String place;

	private String onlineLink;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.PLANNED;

	/** The meetings created together by one "repeat" form share the id of the first. */
	private Long seriesId;

	/** Participants who came without an organisation on the list (officials, guests). */
	private int otherParticipants;

	private Instant heldAt;

	@Column(columnDefinition = "text")
	private String minutes;

	private String minutesFileName;

	private String minutesFileType;

	private Long minutesFileSize;

	private String minutesFileKey;

	private String minutesBy;

	private Instant minutesAt;

	private Instant closedAt;

	private String closedBy;

	private String cancelReason;

	private Instant cancelledAt;

	private String cancelledBy;

	private String createdBy;

	private Instant createdAt;

	@Version
	@NotAudited
	private long version;

	protected Meeting() {
	}

	Meeting(Long municipalityId, MeetingType type, String title, Instant startsAt, Instant endsAt, String place,
			String onlineLink, String createdBy, Instant createdAt) {
		if (municipalityId == null && !type.regional()) {
			throw new IllegalArgumentException("Only a regional meeting may concern the whole region");
		}
		this.municipalityId = municipalityId;
		this.type = type;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.onlineLink = onlineLink;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Changes what, when and where; only while the meeting is still planned. */
	void reschedule(MeetingType type, String title, Instant startsAt, Instant endsAt, String place, String onlineLink) {
		requireStatus(MeetingStatus.PLANNED, "Изменять можно только запланированную встречу");
		if (type.regional() != this.type.regional()) {
			throw new InvalidInput("type", "Региональную встречу нельзя превратить в муниципальную и наоборот");
		}
		this.type = type;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.onlineLink = onlineLink;
	}

	void joinSeries(long seriesId) {
		this.seriesId = seriesId;
	}

	/** Organisations may register while the meeting is planned and has not started. */
	boolean openForRegistration(Instant now) {
		return this.status == MeetingStatus.PLANNED && now.isBefore(this.startsAt);
	}

	/** Attendance is recorded once the meeting has started; the meeting is then held. */
	void recordAttendance(int otherParticipants, Instant now) {
		if (this.status != MeetingStatus.PLANNED && this.status != MeetingStatus.HELD) {
			throw new InvalidInput(null, this.status == MeetingStatus.CLOSED
					? "Встреча закрыта: посещаемость уже не меняется" : "Встреча отменена: посещаемость не отмечается");
		}
		if (now.isBefore(this.startsAt)) {
			throw new InvalidInput(null, "Встреча ещё не началась: посещаемость отмечают после её начала");
		}
		if (otherParticipants < 0 || otherParticipants > 1000) {
			throw new InvalidInput("otherParticipants", "Укажите число других участников от 0 до 1000");
		}
		this.otherParticipants = otherParticipants;
		if (this.status == MeetingStatus.PLANNED) {
			this.heldAt = now;
		}
		this.status = MeetingStatus.HELD;
	}

	/** The minutes of a held meeting, with an optional signed file (already stored). */
	void recordMinutes(String text, String fileName, String fileType, Long fileSize, String fileKey, String by,
			Instant now) {
		requireStatus(MeetingStatus.HELD,
				this.status == MeetingStatus.CLOSED ? "Встреча закрыта: протокол уже не меняется"
						: "Протокол вносят после встречи: сначала отметьте посещаемость");
		String minutes = text == null ? "" : text.strip();
		if (minutes.length() < MIN_MINUTES_LENGTH) {
			throw new InvalidInput("minutes", "Протокол должен содержать не меньше " + MIN_MINUTES_LENGTH
					+ " знаков: кто участвовал, что обсудили, что решили");
		}
		if (minutes.length() > MAX_MINUTES_LENGTH) {
			throw new InvalidInput("minutes", "Протокол — не длиннее 20 000 знаков; полный текст приложите файлом");
		}
		this.minutes = minutes;
		if (fileKey != null) {
			this.minutesFileName = fileName;
			this.minutesFileType = fileType;
			this.minutesFileSize = fileSize;
			this.minutesFileKey = fileKey;
		}
		this.minutesBy = by;
		this.minutesAt = now;
	}

	/** Closing needs the minutes: only a closed meeting counts as held. */
	void close(String by, Instant now) {
		if (this.status == MeetingStatus.CLOSED) {
			throw new InvalidInput(null, "Встреча уже закрыта");
		}
		if (this.status != MeetingStatus.HELD) {
			throw new InvalidInput(null, this.status == MeetingStatus.CANCELLED ? "Встреча отменена: закрыть её нельзя"
					: "Сначала отметьте посещаемость: закрыть можно только состоявшуюся встречу");
		}
		if (!hasMinutes()) {
			throw new InvalidInput("minutes",
					"Встречу нельзя закрыть без протокола: внесите протокол и затем закройте встречу");
		}
		this.status = MeetingStatus.CLOSED;
		this.closedAt = now;
		this.closedBy = by;
	}

	/** A planned meeting that will not take place: kept with the reason, not deleted. */
	void cancel(String reason, String by, Instant now) {
		requireStatus(MeetingStatus.PLANNED, "Отменить можно только запланированную встречу");
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "Укажите причину отмены — её увидят участники");
		}
		if (reason.strip().length() > MAX_CANCEL_REASON) {
			throw new InvalidInput("reason",
					InvalidInput.tooLong("Причина отмены", MAX_CANCEL_REASON, reason.strip().length()));
		}
		this.status = MeetingStatus.CANCELLED;
		this.cancelReason = reason.strip();
		this.cancelledAt = now;
		this.cancelledBy = by;
	}

	boolean hasMinutes() {
		return this.minutes != null && this.minutes.strip().length() >= MIN_MINUTES_LENGTH;
	}

	/**
	 * Who may change it: the region for regional meetings, else the municipality (and the
	 * region).
	 */
	boolean regional() {
		return this.type.regional();
	}

	private void requireStatus(MeetingStatus expected, String message) {
		if (this.status != expected) {
			throw new InvalidInput(null, message);
		}
	}

	Long getId() {
		return this.id;
	}

	Long getMunicipalityId() {
		return this.municipalityId;
	}

	MeetingType getType() {
		return this.type;
	}

	String getTitle() {
		return this.title;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	Instant getEndsAt() {
		return this.endsAt;
	}

	String getPlace() {
		return this.place;
	}

	String getOnlineLink() {
		return this.onlineLink;
	}

	MeetingStatus getStatus() {
		return this.status;
	}

	Long getSeriesId() {
		return this.seriesId;
	}

	int getOtherParticipants() {
		return this.otherParticipants;
	}

	Instant getHeldAt() {
		return this.heldAt;
	}

	String getMinutes() {
		return this.minutes;
	}

	String getMinutesFileName() {
		return this.minutesFileName;
	}

	String getMinutesFileType() {
		return this.minutesFileType;
	}

	String getMinutesFileKey() {
		return this.minutesFileKey;
	}

	String getMinutesBy() {
		return this.minutesBy;
	}

	Instant getMinutesAt() {
		return this.minutesAt;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	String getClosedBy() {
		return this.closedBy;
	}

	String getCancelReason() {
		return this.cancelReason;
	}

	Instant getCancelledAt() {
		return this.cancelledAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	long getVersion() {
		return this.version;
	}

}

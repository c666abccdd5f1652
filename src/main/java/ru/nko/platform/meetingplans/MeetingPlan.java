package ru.nko.platform.meetingplans;

import java.time.Instant;
import java.time.LocalDate;

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
 * A municipality's plan of quarterly working meetings for a year (measure 1.3): its
 * meetings are the municipality's meetings of that year; the plan itself records whether
 * and with whom it was agreed.
 */
@Entity
@Table(name = "meeting_plan")
@Audited
class MeetingPlan {

	/** The size of the column naming with whom the plan was agreed. */
	static final int MAX_AGREED_WITH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_plan_seq")
	@SequenceGenerator(name = "meeting_plan_seq", sequenceName = "meeting_plan_seq", allocationSize = 50)
	private Long id;

	private long municipalityId;

	private int year;

	@Enumerated(EnumType.STRING)
	private MeetingPlanStatus status = MeetingPlanStatus.DRAFT;

	private LocalDate agreedOn;

	private String agreedWith;

	private String fileName;

	private String fileType;

	private Long fileSize;

	private String fileKey;

	private String agreedBy;

	private Instant agreedAt;

	@Version
	@NotAudited
	private long version;

	protected MeetingPlan() {
	}

	MeetingPlan(long municipalityId, int year) {
		this.municipalityId = municipalityId;
		this.year = year;
	}

	/** Agreed (or agreed again, after changes) on a day with the participants named. */
	void agree(LocalDate on, String with, String fileName, String fileType, Long fileSize, String fileKey, String by,
			Instant now, LocalDate today) {
		if (on == null || on.isAfter(today)) {
			throw new InvalidInput("agreedOn", "Укажите дату согласования — не позже сегодняшней");
		}
		if (with == null || with.isBlank()) {
			throw new InvalidInput("agreedWith",
					"Укажите, с кем согласован план: например, «Общественный совет района, 12 НКО»");
		}
		this.status = MeetingPlanStatus.AGREED;
		this.agreedOn = on;
		this.agreedWith = with.strip();
		if (fileKey != null) {
			this.fileName = fileName;
			this.fileType = fileType;
			this.fileSize = fileSize;
			this.fileKey = fileKey;
		}
		this.agreedBy = by;
		this.agreedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getMunicipalityId() {
		return this.municipalityId;
	}

	int getYear() {
		return this.year;
	}

	MeetingPlanStatus getStatus() {
		return this.status;
	}

	LocalDate getAgreedOn() {
		return this.agreedOn;
	}

	String getAgreedWith() {
		return this.agreedWith;
	}

	String getFileName() {
		return this.fileName;
	}

	String getFileType() {
		return this.fileType;
	}

	String getFileKey() {
		return this.fileKey;
	}

	String getAgreedBy() {
		return this.agreedBy;
	}

}

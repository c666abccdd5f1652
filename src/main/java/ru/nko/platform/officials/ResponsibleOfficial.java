package ru.nko.platform.officials;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The official of a municipality responsible for work with NGOs, for a period, under an
 * act of appointment.
 */
@Entity
@Table(name = "responsible_official")
@Audited
class ResponsibleOfficial {

	/** The sizes of the columns a form fills in. */
	static final int FULL_NAME_MAX = 200;

	static final int POSITION_MAX = 300;

	static final int EMAIL_MAX = 200;

	static final int PHONE_MAX = 50;

	static final int ACT_NUMBER_MAX = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long municipalityId;

	private String fullName;

	private String position;

	private String email;

	private String phone;

	private String actNumber;

	private LocalDate actDate;

	private String actFileName;

	private String actFileType;

	private long actFileSize;

	private String actFileKey;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String appointedBy;

	private Instant appointedAt;

	@Version
	@NotAudited
	private long version;

	protected ResponsibleOfficial() {
	}

	ResponsibleOfficial(long municipalityId, String fullName, String position, String email, String phone,
			String actNumber, LocalDate actDate, String actFileName, String actFileType, long actFileSize,
			String actFileKey, LocalDate validFrom, String appointedBy, Instant appointedAt) {
		this.municipalityId = municipalityId;
		this.fullName = fullName;
		this.position = position;
		this.email = email;
		this.phone = phone;
		this.actNumber = actNumber;
		this.actDate = actDate;
		this.actFileName = actFileName;
		this.actFileType = actFileType;
		this.actFileSize = actFileSize;
		this.actFileKey = actFileKey;
		this.validFrom = validFrom;
		this.appointedBy = appointedBy;
		this.appointedAt = appointedAt;
	}

	/** The appointment ends the day before a successor's begins. */
	void endBefore(LocalDate successorFrom) {
		LocalDate end = successorFrom.minusDays(1);
		if (this.validTo == null || this.validTo.isAfter(end)) {
			this.validTo = end.isBefore(this.validFrom) ? this.validFrom : end;
		}
	}

	boolean currentOn(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validTo == null || !this.validTo.isBefore(day));
	}

	Long getId() {
		return this.id;
	}

	long getMunicipalityId() {
		return this.municipalityId;
	}

	String getFullName() {
		return this.fullName;
	}

	String getPosition() {
		return this.position;
	}

	String getEmail() {
		return this.email;
	}

	String getPhone() {
		return this.phone;
	}

	String getActNumber() {
		return this.actNumber;
	}

	LocalDate getActDate() {
		return this.actDate;
	}

	String getActFileName() {
		return this.actFileName;
	}

	String getActFileType() {
		return this.actFileType;
	}

	String getActFileKey() {
		return this.actFileKey;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	String getAppointedBy() {
		return this.appointedBy;
	}

}

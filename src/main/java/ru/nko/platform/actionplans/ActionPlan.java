package ru.nko.platform.actionplans;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A municipality's plan of measures for a year that resolve NGOs' problems (measure 1.2);
 * approved as a whole.
 */
@Entity
@Table(name = "action_plan")
@Audited
class ActionPlan {

	/** The size of the title column. */
	static final int TITLE_MAX = 300;

	/** The size of the approval act's number column. */
	static final int APPROVAL_NUMBER_MAX = 50;

	/** Whether the plan has been approved by an act of the administration. */
	enum Status {

		DRAFT, APPROVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long municipalityId;

	@Column(name = "plan_year")
	private int year;

	private String title;

	@Enumerated(EnumType.STRING)
	private Status status = Status.DRAFT;

	private LocalDate approvedOn;

	private String approvalNumber;

	private String approvalFileName;

	private String approvalFileType;

	private String approvalFileKey;

	private String approvedBy;

	private String createdBy;

	private Instant createdAt;

	@Version
	@NotAudited
	private long version;

	protected ActionPlan() {
	}

	ActionPlan(long municipalityId, int year, String title, String createdBy, Instant createdAt) {
		this.municipalityId = municipalityId;
		this.year = year;
		this.title = title;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Approval of the whole plan by an act (a later approval replaces the earlier one:
	 * the plan was amended).
	 */
	void approve(LocalDate on, String number, String fileName, String fileType, String fileKey, String by) {
		this.status = Status.APPROVED;
		this.approvedOn = on;
		this.approvalNumber = number;
		this.approvalFileName = fileName;
		this.approvalFileType = fileType;
		this.approvalFileKey = fileKey;
		this.approvedBy = by;
	}

	void rename(String title) {
		this.title = title;
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

	String getTitle() {
		return this.title;
	}

	Status getStatus() {
		return this.status;
	}

	LocalDate getApprovedOn() {
		return this.approvedOn;
	}

	String getApprovalNumber() {
		return this.approvalNumber;
	}

	String getApprovalFileName() {
		return this.approvalFileName;
	}

	String getApprovalFileType() {
		return this.approvalFileType;
	}

	String getApprovalFileKey() {
		return this.approvalFileKey;
	}

	String getApprovedBy() {
		return this.approvedBy;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

}

package ru.nko.platform.claims;

import java.time.Instant;

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
 * A person's request to represent an organisation, with the document that shows their
 * authority.
 */
@Entity
@Table(name = "representation_claim")
@Audited
class RepresentationClaim {

	/** The longest position and refusal reason the table holds (migration V10). */
	static final int POSITION_MAX = 200;

	static final int REASON_MAX = 1000;

	/** Where a claim stands. */
	enum Status {

		PENDING, APPROVED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private String username;

	private String fullName;

	private Long organizationId;

	private String position;

	private String documentName;

	private String documentType;

	private long documentSize;

	private String documentKey;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private String decisionReason;

	private String decidedBy;

	private Instant decidedAt;

	private Instant createdAt;

	@Version
	@NotAudited
	private long version;

	protected RepresentationClaim() {
	}

	RepresentationClaim(long userId, String username, String fullName, long organizationId, String position,
			String documentName, String documentType, long documentSize, String documentKey, Instant createdAt) {
		this.userId = userId;
		this.username = username;
		this.fullName = fullName;
		this.organizationId = organizationId;
		this.position = position;
		this.documentName = documentName;
		this.documentType = documentType;
		this.documentSize = documentSize;
		this.documentKey = documentKey;
		this.createdAt = createdAt;
	}

	void approve(String by, Instant at) {
		decide(Status.APPROVED, null, by, at);
	}

	void reject(String reason, String by, Instant at) {
		decide(Status.REJECTED, reason, by, at);
	}

	private void decide(Status decision, String reason, String by, Instant at) {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("Заявка уже рассмотрена");
		}
		this.status = decision;
		this.decisionReason = reason;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	Long getId() {
		return this.id;
	}

	long getUserId() {
		return this.userId;
	}

	String getUsername() {
		return this.username;
	}

	String getFullName() {
		return this.fullName;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	String getPosition() {
		return this.position;
	}

	String getDocumentName() {
		return this.documentName;
	}

	String getDocumentType() {
		return this.documentType;
	}

	String getDocumentKey() {
		return this.documentKey;
	}

	Status getStatus() {
		return this.status;
	}

	String getDecisionReason() {
		return this.decisionReason;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}

package ru.nko.platform.problems;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An organisation that joined a problem ("нас это тоже касается") instead of writing a
 * duplicate. Withdrawing keeps the row (with the date); joining again revives it.
 */
@Entity
@Table(name = "problem_supporter")
@Audited
class ProblemSupporter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long problemId;

	private long organizationId;

	private String joinedBy;

	private Instant joinedAt;

	private Instant withdrawnAt;

	private String withdrawnBy;

	@Version
	@NotAudited
	private long version;

	protected ProblemSupporter() {
	}

	ProblemSupporter(long problemId, long organizationId, String joinedBy, Instant joinedAt) {
		this.problemId = problemId;
		this.organizationId = organizationId;
		this.joinedBy = joinedBy;
		this.joinedAt = joinedAt;
	}

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	void withdraw(String by, Instant at) {
		if (!isActive()) {
			throw new IllegalStateException("Организация уже отозвала поддержку");
		}
		this.withdrawnAt = at;
		this.withdrawnBy = by;
	}

	void rejoin(String by, Instant at) {
		if (isActive()) {
			throw new IllegalStateException("Организация уже поддержала эту проблему");
		}
		this.joinedBy = by;
		this.joinedAt = at;
		this.withdrawnAt = null;
		this.withdrawnBy = null;
	}

	Long getId() {
		return this.id;
	}

	long getProblemId() {
		return this.problemId;
	}

	long getOrganizationId() {
		return this.organizationId;
	}

	String getJoinedBy() {
		return this.joinedBy;
	}

	Instant getJoinedAt() {
		return this.joinedAt;
	}

	Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

}

package ru.nko.platform.problems;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a problem; never public, as it may hold personal data. Immutable
 * once stored.
 */
@Entity
@Table(name = "problem_attachment")
class ProblemAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long problemId;

	private String fileName;

	private String contentType;

	private long fileSize;

	private String fileKey;

	private String sha256;

	private String uploadedBy;

	private Instant uploadedAt;

	protected ProblemAttachment() {
	}

	ProblemAttachment(long problemId, String fileName, String contentType, long fileSize, String fileKey, String sha256,
			String uploadedBy, Instant uploadedAt) {
		this.problemId = problemId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.fileSize = fileSize;
		this.fileKey = fileKey;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	Long getId() {
		return this.id;
	}

	long getProblemId() {
		return this.problemId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	long getFileSize() {
		return this.fileSize;
	}

	String getFileKey() {
		return this.fileKey;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

}

package ru.nko.platform.meetingdocuments;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file attached to a meeting (materials, presentations, a signed list): public unless
 * marked internal.
 */
@Entity
@Table(name = "meeting_document")
class MeetingDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_document_seq")
	@SequenceGenerator(name = "meeting_document_seq", sequenceName = "meeting_document_seq", allocationSize = 50)
	private Long id;

	private long meetingId;

	private String title;

	private String fileName;

	private String contentType;

	private long size;

	private String fileKey;

	private boolean internal;

	private String uploadedBy;

	private Instant uploadedAt;

	private Instant withdrawnAt;

	protected MeetingDocument() {
	}

	MeetingDocument(long meetingId, String title, String fileName, String contentType, long size, String fileKey,
			boolean internal, String uploadedBy, Instant uploadedAt) {
		this.meetingId = meetingId;
		this.title = title;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.fileKey = fileKey;
		this.internal = internal;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	void withdraw(Instant now) {
		this.withdrawnAt = now;
	}

	boolean withdrawn() {
		return this.withdrawnAt != null;
	}

	Long getId() {
		return this.id;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	String getTitle() {
		return this.title;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	long getSize() {
		return this.size;
	}

	String getFileKey() {
		return this.fileKey;
	}

	boolean isInternal() {
		return this.internal;
	}

	String getUploadedBy() {
		return this.uploadedBy;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

}

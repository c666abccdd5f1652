package ru.nko.platform.actionplans;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A dated note on how a plan item advances, optionally with an evidence file; notes are
 * only ever added.
 */
@Entity
@Table(name = "action_plan_progress")
class ActionPlanProgress {

	/** The size of the note column. */
	static final int NOTE_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long itemId;

	private String note;

	private String fileName;

	private String fileType;

	private Long fileSize;

	private String fileKey;

	private String author;

	private Instant createdAt;

	protected ActionPlanProgress() {
	}

	ActionPlanProgress(long itemId, String note, String fileName, String fileType, Long fileSize, String fileKey,
			String author, Instant createdAt) {
		this.itemId = itemId;
		this.note = note;
		this.fileName = fileName;
		this.fileType = fileType;
		this.fileSize = fileSize;
		this.fileKey = fileKey;
		this.author = author;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	long getItemId() {
		return this.itemId;
	}

	String getNote() {
		return this.note;
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

	String getAuthor() {
		return this.author;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}

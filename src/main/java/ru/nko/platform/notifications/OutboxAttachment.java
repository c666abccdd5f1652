package ru.nko.platform.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file sent with an outbox message, kept in the database with it (attachments are
 * small: at most 5 MB a message).
 */
@Entity
@Table(name = "outbox_attachment")
class OutboxAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long messageId;

	private String fileName;

	private String contentType;

	@Column(name = "size_bytes")
	private int size;

	private byte[] content;

	protected OutboxAttachment() {
	}

	long getMessageId() {
		return this.messageId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	int getSize() {
		return this.size;
	}

	byte[] getContent() {
		return this.content;
	}

}

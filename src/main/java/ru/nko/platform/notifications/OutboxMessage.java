package ru.nko.platform.notifications;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One e-mail to one recipient, waiting in the outbox or already delivered. Rows are
 * inserted by {@link OutboxService#queue} (with SQL, to skip duplicates atomically);
 * their state changes only here. Not audited: a technical record; the administrator's
 * re-send is signed with who and when.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

	static final int MAX_ERROR_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String subject;

	private String body;

	private String topic;

	@Enumerated(EnumType.STRING)
	private OutboxStatus status;

	private int attempts;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	private Instant nextAttemptAt;

	private String requeuedBy;

	private Instant requeuedAt;

	@Version
	private long version;

	protected OutboxMessage() {
	}

	/** The mail server took the message. */
	void sent(Instant at) {
		requireQueued();
		this.attempts++;
		this.status = OutboxStatus.SENT;
		this.sentAt = at;
		this.nextAttemptAt = null;
	}

	/**
	 * An attempt failed: the message waits for the next one after a pause that grows with
	 * the attempts, or is FAILED when the attempts are spent or retrying cannot help
	 * ({@code permanent}).
	 */
	void failed(Instant at, String error, boolean permanent, MailSettings settings) {
		requireQueued();
		this.attempts++;
		this.lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error
				: error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
		if (permanent || this.attempts >= settings.maxAttempts()) {
			this.status = OutboxStatus.FAILED;
			this.nextAttemptAt = null;
		}
		else {
			Duration pause = settings.retryDelay(this.attempts);
			this.nextAttemptAt = at.plus(pause);
		}
	}

	/**
	 * An administrator sends a FAILED message once more: it is queued again with its
	 * attempts counted afresh.
	 */
	void requeue(Instant at, String by) {
		if (this.status != OutboxStatus.FAILED) {
			throw new IllegalStateException("only a failed message is sent again, this one is " + this.status);
		}
		this.status = OutboxStatus.QUEUED;
		this.attempts = 0;
		this.nextAttemptAt = at;
		this.requeuedBy = by;
		this.requeuedAt = at;
	}

	private void requireQueued() {
		if (this.status != OutboxStatus.QUEUED) {
			throw new IllegalStateException("message " + this.id + " is " + this.status + ", not queued");
		}
	}

	Long getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	String getTopic() {
		return this.topic;
	}

	OutboxStatus getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	String getLastError() {
		return this.lastError;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	String getRequeuedBy() {
		return this.requeuedBy;
	}

	Instant getRequeuedAt() {
		return this.requeuedAt;
	}

}

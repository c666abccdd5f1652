package ru.nko.platform.notifications;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MimeType;

/**
 * Puts mail into the outbox, in the caller's transaction: one row per recipient, nothing
 * if the caller rolls back, nothing twice for the same recipient and topic. The rows are
 * written with SQL's {@code on conflict do nothing}, so two requests queuing the same
 * topic at once (a double click) neither fail nor queue it twice.
 */
@Service
class OutboxService implements Notifications {

	static final int MAX_TOPIC_LENGTH = 200;

	static final int MAX_SUBJECT_LENGTH = 998;

	private static final Logger log = LoggerFactory.getLogger(OutboxService.class);

	private static final String INSERT_MESSAGE = """
			insert into outbox_message (recipient, subject, body, topic, status, attempts, created_at, next_attempt_at)
			values (?, ?, ?, ?, 'QUEUED', 0, ?, ?)
			on conflict (recipient, topic) where topic is not null do nothing
			returning id""";

	private static final String INSERT_ATTACHMENT = """
			insert into outbox_attachment (message_id, file_name, content_type, size_bytes, content) values (?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final MailSettings settings;

	private final Clock clock;

	OutboxService(JdbcTemplate jdbc, MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String senderAddress() {
		return this.settings.from();
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Joins the caller's transaction or, without one, runs in its own. Addresses are
	 * compared trimmed and in lower case, so "Ivan@Example.ru " and "ivan@example.ru" are
	 * one recipient.
	 * @throws IllegalArgumentException when the subject or text is blank, the topic is
	 * longer than 200 characters, an attachment lacks a name, type or content, or all
	 * attachments together weigh more than {@code nko.mail.max-attachment-size} (5 MB): a
	 * programming error, not something to skip silently
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public int queue(Mail mail) {
		Objects.requireNonNull(mail, "mail");
		check(mail);
		String topic = mail.topic() == null || mail.topic().isBlank() ? null : mail.topic().strip();
		Set<String> recipients = new LinkedHashSet<>();
		List<String> skipped = new ArrayList<>();
		for (String address : mail.to()) {
			Addresses.normalize(address).ifPresentOrElse(recipients::add, () -> skipped.add(address));
		}
		if (!skipped.isEmpty()) {
			// the addresses themselves are personal data: only how many
			log.info("Skipped {} blank or malformed address(es) of a message on topic {}", skipped.size(), topic);
		}
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		int queued = 0;
		for (String recipient : recipients) {
			Long id = this.jdbc.query(INSERT_MESSAGE, rs -> rs.next() ? rs.getLong(1) : null, recipient,
					mail.subject().strip(), mail.text(), topic, now, now);
			if (id == null) {
				continue;
			}
			queued++;
			for (Mail.Attachment attachment : mail.attachments()) {
				this.jdbc.update(INSERT_ATTACHMENT, id, attachment.fileName().strip(), attachment.contentType().strip(),
						attachment.content().length, attachment.content());
			}
		}
		return queued;
	}

	private void check(Mail mail) {
		if (mail.subject() == null || mail.subject().isBlank()
				|| mail.subject().strip().length() > MAX_SUBJECT_LENGTH) {
			throw new IllegalArgumentException(
					"a message needs a subject of 1 to " + MAX_SUBJECT_LENGTH + " characters");
		}
		if (mail.text() == null || mail.text().isBlank()) {
			throw new IllegalArgumentException("a message needs a text");
		}
		if (mail.topic() != null && mail.topic().strip().length() > MAX_TOPIC_LENGTH) {
			throw new IllegalArgumentException(
					"a topic is at most " + MAX_TOPIC_LENGTH + " characters: " + mail.topic());
		}
		long total = 0;
		for (Mail.Attachment attachment : mail.attachments()) {
			if (attachment == null || attachment.fileName() == null || attachment.fileName().isBlank()
					|| attachment.fileName().strip().length() > 255 || attachment.content() == null) {
				throw new IllegalArgumentException(
						"an attachment needs a file name of at most 255 characters and content");
			}
			try {
				MimeType.valueOf(attachment.contentType());
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(
						"an attachment needs a content type such as text/calendar, not " + attachment.contentType());
			}
			if (attachment.contentType().strip().length() > 255) {
				throw new IllegalArgumentException("an attachment's content type is at most 255 characters");
			}
			total += attachment.content().length;
		}
		if (total > this.settings.maxAttachmentSize().toBytes()) {
			throw new IllegalArgumentException(
					"attachments of one message may weigh " + this.settings.maxAttachmentSize().toMegabytes()
							+ " MB together, these weigh " + total + " bytes");
		}
	}

}

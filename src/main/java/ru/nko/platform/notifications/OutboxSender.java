package ru.nko.platform.notifications;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages through the configured mail server
 * ({@code spring.mail.*}), each in a transaction of its own, so one bad message neither
 * stops nor undoes the others. A failed attempt is retried after a growing pause; after
 * {@code nko.mail.max-attempts} the message is FAILED until an administrator sends it
 * again. Without a mail server the job does nothing and the messages wait.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository messages;

	private final AttachmentRepository attachments;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	OutboxSender(OutboxRepository messages, AttachmentRepository attachments, ObjectProvider<JavaMailSender> mailSender,
			MailSettings settings, Clock clock, PlatformTransactionManager transactionManager) {
		this.messages = messages;
		this.attachments = attachments;
		this.mailSender = mailSender;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("No mail server configured (spring.mail.host): e-mail stays queued in the outbox");
		}
		else if (sender instanceof JavaMailSenderImpl configured) {
			limitWaiting(configured);
		}
	}

	/** What one run did. */
	record Run(int sent, int failed) {
	}

	/** Whether a mail server is configured at all ({@code spring.mail.host}). */
	boolean mailServerConfigured() {
		return this.mailSender.getIfAvailable() != null;
	}

	@Scheduled(initialDelayString = "${nko.mail.initial-delay:30s}", fixedDelayString = "${nko.mail.interval:30s}")
	@SchedulerLock(name = "notifications.outbox.send", lockAtMostFor = "PT30M")
	public void run() {
		sendDue();
	}

	/** Sends every message that is due now, batch by batch, oldest first. */
	Run sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return new Run(0, 0);
		}
		int sent = 0;
		int failed = 0;
		long after = 0;
		while (true) {
			List<Long> batch = this.messages.findDueIds(this.clock.instant(), after,
					PageRequest.of(0, this.settings.batchSize()));
			for (Long id : batch) {
				Boolean delivered = this.transaction.execute(status -> sendOne(id, sender));
				if (delivered != null) {
					if (delivered) {
						sent++;
					}
					else {
						failed++;
					}
				}
			}
			if (batch.size() < this.settings.batchSize()) {
				break;
			}
			after = batch.get(batch.size() - 1);
		}
		if (sent + failed > 0) {
			log.info("Outbox: {} message(s) sent, {} failed", sent, failed);
		}
		return new Run(sent, failed);
	}

	/**
	 * True when sent, false when the attempt failed, null when the message is no longer
	 * due or another run has it.
	 */
	private Boolean sendOne(long id, JavaMailSender sender) {
		OutboxMessage message = this.messages.lockDue(id, this.clock.instant()).orElse(null);
		if (message == null) {
			return null;
		}
		try {
			sender.send(mime(message, sender));
			message.sent(this.clock.instant());
			return true;
		}
		catch (MessagingException | MailPreparationException | MailParseException | IllegalArgumentException ex) {
			// the message itself cannot be built: retrying will not help
			message.failed(this.clock.instant(), describe(ex), true, this.settings);
			log.warn("Outbox message {} cannot be sent: {}", id, describe(ex));
		}
		catch (RuntimeException ex) {
			// the server is away, refuses, or wants other credentials: try again later
			message.failed(this.clock.instant(), describe(ex), false, this.settings);
			log.warn("Outbox message {} not sent (attempt {}): {}", id, message.getAttempts(), describe(ex));
		}
		return false;
	}

	private MimeMessage mime(OutboxMessage message, JavaMailSender sender) throws MessagingException {
		List<OutboxAttachment> files = this.attachments.findByMessageIdOrderById(message.getId());
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = files.isEmpty() ? new MimeMessageHelper(mime, "UTF-8")
				: new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(Addresses.forSending(message.getRecipient()));
		helper.setSubject(message.getSubject());
		helper.setText(message.getBody(), false);
		helper.setSentDate(Date.from(this.clock.instant()));
		for (OutboxAttachment file : files) {
			helper.addAttachment(file.getFileName(), new ByteArrayResource(file.getContent()), file.getContentType());
		}
		// RFC 3834: no out-of-office replies to the platform's robot
		mime.setHeader("Auto-Submitted", "auto-generated");
		return mime;
	}

	/**
	 * One short line for the administrator: what failed and its deepest cause, no stack
	 * trace.
	 */
	static String describe(Throwable ex) {
		Throwable subject = ex;
		if (ex instanceof MailSendException send && ex.getCause() == null && send.getMessageExceptions().length > 0) {
			subject = send.getMessageExceptions()[0];
		}
		Throwable root = NestedExceptionUtils.getMostSpecificCause(subject);
		String message = root.getMessage() == null ? "" : root.getMessage().strip().split("\\R", 2)[0];
		String text = (root == ex ? "" : ex.getClass().getSimpleName() + " / ") + root.getClass().getSimpleName()
				+ (message.isEmpty() ? "" : ": " + message);
		text = text.replaceAll("\\s+", " ");
		return text.length() <= OutboxMessage.MAX_ERROR_LENGTH ? text
				: text.substring(0, OutboxMessage.MAX_ERROR_LENGTH - 1) + "…";
	}

	/**
	 * JavaMail waits forever by default; a silent server must not hold the job. Explicit
	 * spring.mail.properties win.
	 */
	private void limitWaiting(JavaMailSenderImpl sender) {
		String millis = String.valueOf(this.settings.timeout().toMillis());
		Properties properties = sender.getJavaMailProperties();
		for (String protocol : List.of("smtp", "smtps")) {
			for (String key : List.of("connectiontimeout", "timeout", "writetimeout")) {
				properties.putIfAbsent("mail." + protocol + "." + key, millis);
			}
		}
	}

}

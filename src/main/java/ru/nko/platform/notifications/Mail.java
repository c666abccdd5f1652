package ru.nko.platform.notifications;

import java.util.List;

/**
 * One e-mail to queue: recipients, a subject, a plain-text body and optional attachments
 * (an invitation's iCalendar file, for instance). {@code topic} groups messages for the
 * outbox page and for de-duplication, e.g. {@code "meeting-42-reminder"}: a message with
 * the same topic and recipient is queued only once.
 */
public record Mail(List<String> to, String subject, String text, List<Attachment> attachments, String topic) {

	/** A file sent with the message. */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

	public Mail {
		to = List.copyOf(to);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}
}

package ru.nko.platform.notifications;

/** The notifications module's API: queue e-mail for delivery. */
public interface Notifications {

	/**
	 * Queues the message in the caller's transaction (nothing is sent if it rolls back;
	 * without a transaction it runs in one of its own); one outbox entry per recipient.
	 * Addresses are compared trimmed and in lower case; those that are blank or malformed
	 * are skipped; a recipient that already has a message with the same topic is skipped
	 * too. Delivery happens later, with retries, and never fails the caller. Returns how
	 * many messages were queued.
	 * @throws IllegalArgumentException when the subject or text is blank, the topic is
	 * longer than 200 characters, an attachment lacks a name, content type or content, or
	 * the attachments weigh more than 5 MB together
	 */
	int queue(Mail mail);

	/**
	 * The address every message is sent from ({@code nko.mail.from}), e.g. to name as a
	 * calendar invitation's organiser.
	 */
	String senderAddress();

}

package ru.nko.platform.notifications;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored attachments of outbox messages. */
interface AttachmentRepository extends JpaRepository<OutboxAttachment, Long> {

	List<OutboxAttachment> findByMessageIdOrderById(long messageId);

	/**
	 * Names and sizes only, for the administrator's page: the bytes stay in the database.
	 */
	List<AttachmentInfo> findInfoByMessageIdOrderById(long messageId);

	/** An attachment as the administrator's page lists it. */
	record AttachmentInfo(String fileName, String contentType, int size) {

		/** The size in whole kilobytes, rounded up: "1 КБ" for a small calendar file. */
		public long kilobytes() {
			return Math.max(1, (this.size + 1023L) / 1024);
		}
	}

}

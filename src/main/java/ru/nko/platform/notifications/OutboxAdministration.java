package ru.nko.platform.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.NotFound;

/**
 * The outbox as the regional administrator sees it: what waits, what went, what failed
 * and why, and sending a failed message again. Recipients' addresses are personal data,
 * so every method is for administrators only.
 */
@Service
class OutboxAdministration {

	static final int PAGE_SIZE = 50;

	private final OutboxRepository messages;

	private final AttachmentRepository attachments;

	private final OutboxSender sender;

	private final Clock clock;

	OutboxAdministration(OutboxRepository messages, AttachmentRepository attachments, OutboxSender sender,
			Clock clock) {
		this.messages = messages;
		this.attachments = attachments;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * The list's filters as typed: blank means "any"; the address is matched by any part
	 * of it.
	 */
	record Filter(OutboxStatus status, String topic, String recipient) {

		Filter {
			topic = topic == null || topic.isBlank() ? null : topic.strip();
			recipient = recipient == null || recipient.isBlank() ? null : recipient.strip().toLowerCase(Locale.ROOT);
		}

		public boolean any() {
			return this.status != null || this.topic != null || this.recipient != null;
		}
	}

	/** A message as the list and the detail page show it. */
	record MessageView(long id, String recipient, String subject, String body, String topic, OutboxStatus status,
			int attempts, String lastError, Instant createdAt, Instant sentAt, Instant nextAttemptAt, String requeuedBy,
			Instant requeuedAt) {

		static MessageView of(OutboxMessage m) {
			return new MessageView(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getTopic(),
					m.getStatus(), m.getAttempts(), m.getLastError(), m.getCreatedAt(), m.getSentAt(),
					m.getNextAttemptAt(), m.getRequeuedBy(), m.getRequeuedAt());
		}
	}

	/** A message with the names and sizes of its attachments. */
	record Detail(MessageView message, List<AttachmentRepository.AttachmentInfo> attachments) {
	}

	/** Newest first; page numbers start at 1. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Page<MessageView> list(Filter filter, int page) {
		PageRequest request = ListFilters.page(page, PAGE_SIZE,
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		return this.messages.findAll(matching(filter), request).map(MessageView::of);
	}

	/** How many messages are in each status, every status present. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Map<OutboxStatus, Long> counts() {
		Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		for (Object[] row : this.messages.countByStatus()) {
			counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Detail detail(long id) {
		OutboxMessage message = this.messages.findById(id).orElseThrow(() -> new NotFound("Письмо не найдено"));
		return new Detail(MessageView.of(message), this.attachments.findInfoByMessageIdOrderById(id));
	}

	/**
	 * Queues a FAILED message again with its attempts counted afresh; false when it is
	 * not FAILED (nothing changes).
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public boolean resend(long id) {
		OutboxMessage message = this.messages.findById(id).orElseThrow(() -> new NotFound("Письмо не найдено"));
		if (message.getStatus() != OutboxStatus.FAILED) {
			return false;
		}
		message.requeue(this.clock.instant(), CurrentUser.get().map(CurrentUser::fullName).orElse(null));
		return true;
	}

	/**
	 * Whether a mail server is configured; without one every message waits in the queue.
	 */
	public boolean mailServerConfigured() {
		return this.sender.mailServerConfigured();
	}

	private static Specification<OutboxMessage> matching(Filter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.topic() != null) {
				predicates.add(cb.like(root.get("topic"), escape(filter.topic()) + "%", '\\'));
			}
			if (filter.recipient() != null) {
				predicates.add(cb.like(root.get("recipient"), "%" + escape(filter.recipient()) + "%", '\\'));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

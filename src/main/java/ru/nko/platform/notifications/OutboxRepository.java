package ru.nko.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Stored outbox messages. */
interface OutboxRepository extends JpaRepository<OutboxMessage, Long>, JpaSpecificationExecutor<OutboxMessage> {

	/**
	 * Due messages after the given id, oldest first: the sender walks through them batch
	 * by batch.
	 */
	@Query("select m.id from OutboxMessage m where m.status = ru.nko.platform.notifications.OutboxStatus.QUEUED"
			+ " and m.nextAttemptAt <= :now and m.id > :after order by m.id")
	List<Long> findDueIds(Instant now, long after, Pageable batch);

	/**
	 * The message, locked for sending, if it is still queued and due; empty when another
	 * run holds it (with several nodes the job is guarded by ShedLock, this is the second
	 * belt).
	 */
	@Query(value = "select * from outbox_message where id = :id and status = 'QUEUED' and next_attempt_at <= :now for update skip locked",
			nativeQuery = true)
	Optional<OutboxMessage> lockDue(long id, Instant now);

	@Query("select m.status, count(m) from OutboxMessage m group by m.status")
	List<Object[]> countByStatus();

	/** How many messages are in the status (the outbox tasks' count of failures). */
	long countByStatus(OutboxStatus status);

	List<OutboxMessage> findByTopicOrderById(String topic);

	List<OutboxMessage> findByRecipientOrderById(String recipient);

}

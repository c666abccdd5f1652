package ru.nko.platform.compliance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.meetings.MeetingHeld;
import ru.nko.platform.roadmap.RoadmapManagement;

/**
 * Recomputes the roadmap's live indicators as soon as a meeting is closed, so that 1.5 moves with the
 * compliance matrix instead of at the next scheduled run. Runs after the closing is committed, in the
 * closing request (not asynchronously: the officer sees the new value on the next page), in a transaction
 * of its own; a failure is logged and leaves the meeting closed.
 */
@Component
class MeetingIndicatorRefresh {

	private static final Logger log = LoggerFactory.getLogger(MeetingIndicatorRefresh.class);

	private final RoadmapManagement roadmap;

	private final TransactionTemplate transaction;

	MeetingIndicatorRefresh(RoadmapManagement roadmap, PlatformTransactionManager transactionManager) {
		this.roadmap = roadmap;
		this.transaction = new TransactionTemplate(transactionManager);
		// after the commit the closing transaction's resources are still bound: only a new transaction writes
		this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(MeetingHeld event) {
		try {
			this.transaction.executeWithoutResult(status -> this.roadmap.refreshIndicators());
		}
		catch (RuntimeException ex) {
			log.warn("Indicators not refreshed after meeting {} was closed; the scheduled run will do it", event.meetingId(), ex);
		}
	}
}

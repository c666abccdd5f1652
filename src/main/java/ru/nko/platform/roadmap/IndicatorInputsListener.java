package ru.nko.platform.roadmap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import ru.nko.platform.system.SystemAuthentication;

/**
 * Recomputes the indicators whose providers' data changed, once the change is committed.
 * <p>
 * Synchronous after the commit ({@code @TransactionalEventListener(AFTER_COMMIT)}), each
 * indicator in a new transaction of its own (see {@link IndicatorService#refresh}),
 * rather than Modulith's asynchronous {@code @ApplicationModuleListener}: the person who
 * closed a meeting or accepted a problem sees the new value on the very next page, and
 * tests need not wait for another thread. The request that changed the data is not failed
 * by this: a failure is logged and the scheduled full run (every minute) puts it right.
 * The event publication registry still records the event and marks it done once this has
 * run.
 */
@Component
class IndicatorInputsListener {

	private final IndicatorService indicators;

	IndicatorInputsListener(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(IndicatorInputsChanged event) {
		// as the platform, like the scheduled run: the history shows a recomputed value
		// as the system's, not the user's
		SystemAuthentication.run(() -> this.indicators.refresh(event.providerKeys()));
	}

}

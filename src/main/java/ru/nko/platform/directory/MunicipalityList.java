package ru.nko.platform.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The municipalities in their usual order, read once and kept: almost every page offers
 * them and they change a few times a year. Forgotten when one is added or edited (again
 * once that commits) and after five minutes in any case.
 */
@Component
class MunicipalityList {

	private static final Duration KEPT = Duration.ofMinutes(5);

	private final MunicipalityRepository municipalities;

	private volatile Snapshot snapshot;

	MunicipalityList(MunicipalityRepository municipalities) {
		this.municipalities = municipalities;
	}

	List<MunicipalityRef> all() {
		Snapshot current = this.snapshot;
		if (current == null || current.readAt().plus(KEPT).isBefore(Instant.now())) {
			current = new Snapshot(this.municipalities.findAllByOrderByPositionAscNameAsc()
				.stream()
				.map(DirectoryManagement::ref)
				.toList(), Instant.now());
			this.snapshot = current;
		}
		return current.municipalities();
	}

	@EventListener
	void on(MunicipalityChanged event) {
		this.snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MunicipalityList.this.snapshot = null;
				}
			});
		}
	}

	private record Snapshot(List<MunicipalityRef> municipalities, Instant readAt) {
	}

}

package ru.nko.platform.roadmap;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.nko.platform.directory.BodyKind;
import ru.nko.platform.directory.BodyRef;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * Who may report on a measure: an administrator; an executor acting for a body named for it; a
 * municipal officer where the heads of municipal administrations are named (for their municipality).
 */
@Component
class ReportingRights {

	private final DirectoryManagement directory;

	ReportingRights(DirectoryManagement directory) {
		this.directory = directory;
	}

	boolean canReport(CurrentUser user, Measure measure) {
		if (user.isAdmin()) {
			return true;
		}
		Set<Long> bodies = user.scopeIds(Role.EXECUTOR);
		if (measure.getExecutors().stream().anyMatch(executor -> bodies.contains(executor.getBodyId()))) {
			return true;
		}
		if (user.has(Role.MUNICIPAL_OFFICER)) {
			Set<Long> ids = measure.getExecutors().stream().map(Measure.Executor::getBodyId).collect(Collectors.toSet());
			return this.directory.bodies(ids).values().stream().map(BodyRef::kind)
				.anyMatch(kind -> kind == BodyKind.MUNICIPAL_ADMINISTRATIONS);
		}
		return false;
	}

	void checkCanReport(CurrentUser user, Measure measure) {
		if (!canReport(user, measure)) {
			throw new AccessDenied("Отчитываться по мероприятию " + measure.getCode()
					+ " могут только исполнители, указанные в дорожной карте");
		}
	}

	/** The body the user reports for on this measure, if they act for one of its executors. */
	Long bodyFor(CurrentUser user, Measure measure) {
		Set<Long> bodies = user.scopeIds(Role.EXECUTOR);
		return measure.getExecutors().stream().map(Measure.Executor::getBodyId).filter(bodies::contains).findFirst()
			.orElseGet(() -> measure.getExecutors().stream()
				.filter(executor -> this.directory.body(executor.getBodyId()).map(b -> b.kind() == BodyKind.MUNICIPAL_ADMINISTRATIONS).orElse(false))
				.map(Measure.Executor::getBodyId).findFirst().orElse(null));
	}
}

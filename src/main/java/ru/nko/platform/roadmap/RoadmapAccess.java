package ru.nko.platform.roadmap;

import java.util.Map;
import java.util.Optional;
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
 * Who may do what with the roadmap's measures. Reporting on a measure: an administrator;
 * an executor acting for a body named for it; and, where a collective executor is named,
 * the people it stands for — municipal officers for "heads of municipal administrations",
 * resource-centre staff for "resource centres". Withdrawing a report: its author while
 * still a reporter, or an administrator. Region-wide indicator values and evidence files
 * as described on each rule.
 */
@Component
class RoadmapAccess {

	/** The collective executor each role acts within. */
	private static final Map<Role, BodyKind> COLLECTIVES = Map.of(Role.MUNICIPAL_OFFICER,
			BodyKind.MUNICIPAL_ADMINISTRATIONS, Role.RESOURCE_CENTER_STAFF, BodyKind.RESOURCE_CENTERS);

	private final DirectoryManagement directory;

	RoadmapAccess(DirectoryManagement directory) {
		this.directory = directory;
	}

	boolean canReport(CurrentUser user, Measure measure) {
		return user.isAdmin() || bodyFor(user, measure).isPresent();
	}

	void checkCanReport(CurrentUser user, Measure measure) {
		if (!canReport(user, measure)) {
			throw new AccessDenied("Отчитываться по мероприятию " + measure.getCode()
					+ " могут только исполнители, указанные в дорожной карте");
		}
	}

	/**
	 * Withdrawing a report: an administrator, or its author while they may report on its
	 * measure ({@code reporter}, asked once for a whole list).
	 */
	boolean canWithdraw(CurrentUser user, ProgressReport report, boolean reporter) {
		return user.isAdmin() || (user.id() == report.getAuthorId() && reporter);
	}

	void checkCanWithdraw(CurrentUser user, Measure measure, ProgressReport report) {
		if (!user.isAdmin() && !(user.id() == report.getAuthorId() && canReport(user, measure))) {
			throw new AccessDenied("Отозвать отчёт может его автор или администратор");
		}
	}

	/**
	 * Region-wide indicator values: an administrator or an executor of one of the
	 * measure's own bodies, not a member of a collective.
	 */
	boolean canEnterIndicator(CurrentUser user, Measure measure) {
		Set<Long> ownBodies = user.scopeIds(Role.EXECUTOR);
		return user.isAdmin()
				|| measure.getExecutors().stream().anyMatch(executor -> ownBodies.contains(executor.getBodyId()));
	}

	void checkCanEnterIndicator(CurrentUser user, Measure measure) {
		if (!canEnterIndicator(user, measure)) {
			throw new AccessDenied("Значение показателя мероприятия " + measure.getCode()
					+ " вводят исполнители мероприятия от своего органа или администратор");
		}
	}

	/**
	 * Evidence of a report: the administrator, its author, executors of the measure's own
	 * bodies, and officers of the municipality the report was filed for.
	 */
	boolean canSeeEvidence(CurrentUser user, Measure measure, ProgressReport report) {
		if (user.isAdmin() || user.id() == report.getAuthorId()) {
			return true;
		}
		Set<Long> ownBodies = user.scopeIds(Role.EXECUTOR);
		if (measure.getExecutors().stream().anyMatch(executor -> ownBodies.contains(executor.getBodyId()))) {
			return true;
		}
		return report.getMunicipalityId() != null
				&& user.scopeIds(Role.MUNICIPAL_OFFICER).contains(report.getMunicipalityId());
	}

	void checkCanSeeEvidence(CurrentUser user, Measure measure, ProgressReport report) {
		if (!canSeeEvidence(user, measure, report)) {
			throw new AccessDenied("Файлы отчёта доступны его автору, исполнителям мероприятия и администраторам");
		}
	}

	/**
	 * The executor of this measure the user acts for: their own body, or a collective
	 * executor of their role.
	 */
	Optional<Long> bodyFor(CurrentUser user, Measure measure) {
		Set<Long> ownBodies = user.scopeIds(Role.EXECUTOR);
		Optional<Long> own = measure.getExecutors()
			.stream()
			.map(Measure.Executor::getBodyId)
			.filter(ownBodies::contains)
			.findFirst();
		if (own.isPresent()) {
			return own;
		}
		Set<BodyKind> kinds = COLLECTIVES.entrySet()
			.stream()
			.filter(entry -> user.has(entry.getKey()))
			.map(Map.Entry::getValue)
			.collect(Collectors.toSet());
		if (kinds.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> ids = measure.getExecutors().stream().map(Measure.Executor::getBodyId).collect(Collectors.toSet());
		return this.directory.bodies(ids)
			.values()
			.stream()
			.filter(body -> kinds.contains(body.kind()))
			.map(BodyRef::id)
			.findFirst();
	}

}

package ru.nko.platform.meetings;

import java.util.Optional;
import java.util.Set;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * Who may do what with meetings: the municipality's officers and administrators run
 * municipal meetings, administrators and executors run regional ones; NGO representatives
 * register their organisations.
 */
final class MeetingAccess {

	private MeetingAccess() {
	}

	static Optional<CurrentUser> user() {
		return CurrentUser.get();
	}

	static CurrentUser signedIn() {
		return CurrentUser.required();
	}

	/**
	 * Whether the user runs meetings of this type in this municipality (null: the whole
	 * region).
	 */
	static boolean canManage(CurrentUser user, MeetingType type, Long municipalityId) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin()) {
			return true;
		}
		if (type.regional()) {
			return user.has(Role.EXECUTOR);
		}
		return municipalityId != null && user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId);
	}

	static boolean canManage(CurrentUser user, Meeting meeting) {
		return canManage(user, meeting.getType(), meeting.getMunicipalityId());
	}

	/**
	 * Whether the user may plan any kind of meeting in this municipality (for showing the
	 * buttons).
	 */
	static boolean canPlanIn(CurrentUser user, long municipalityId) {
		return canManage(user, MeetingType.WORKING, municipalityId)
				|| canManage(user, MeetingType.LEADERS_REGIONAL, municipalityId);
	}

	/**
	 * Whether the user plans meetings anywhere: administrators, executors, municipal
	 * officers.
	 */
	static boolean canPlanAnything(CurrentUser user) {
		return user != null
				&& (user.isAdmin() || user.has(Role.EXECUTOR) || !user.scopeIds(Role.MUNICIPAL_OFFICER).isEmpty());
	}

	/**
	 * Only administrators enter meetings on past days: a missed quarter is not turned
	 * into a held one after the fact.
	 */
	static boolean mayPlanInThePast(CurrentUser user) {
		return user.isAdmin();
	}

	static CurrentUser requireManager(Meeting meeting) {
		CurrentUser user = signedIn();
		if (!canManage(user, meeting)) {
			throw new AccessDenied(
					meeting.regional() ? "Региональными встречами управляют администраторы и исполнители региона"
							: "Встречами управляют специалисты своего муниципального образования и администраторы");
		}
		return user;
	}

	/** The organisations the user represents. */
	static Set<Long> organizations(CurrentUser user) {
		return user == null ? Set.of() : user.scopeIds(Role.NGO_REPRESENTATIVE);
	}

}

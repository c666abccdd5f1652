package ru.nko.platform.directory;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/** Who may see and change what of an organisation's card in the directory. */
final class OrganizationAccess {

	private OrganizationAccess() {
	}

	/**
	 * Administrators and the organisation's own representatives see its private contacts;
	 * nobody else.
	 */
	static boolean maySeeContacts(long organizationId) {
		return CurrentUser.get().map(user -> user.actsFor(Role.NGO_REPRESENTATIVE, organizationId)).orElse(false);
	}

	/**
	 * Only administrators set an organisation's statuses (СО НКО, ИОПУ, resource centre).
	 */
	static boolean maySetStatuses() {
		return CurrentUser.get().map(CurrentUser::isAdmin).orElse(false);
	}

	/** Refuses anyone but the organisation's representatives and administrators. */
	static void checkMayEdit(long organizationId) {
		if (!CurrentUser.required().actsFor(Role.NGO_REPRESENTATIVE, organizationId)) {
			throw new AccessDenied("Изменять карточку организации могут её представители и администраторы");
		}
	}

}

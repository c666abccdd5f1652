package ru.nko.platform.openness;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * Who may see and change an organisation's openness: its representatives and
 * administrators. Published documents themselves are public; the checklist and the
 * region's picture are for administrators (declared on their services).
 */
final class OpennessAccess {

	private OpennessAccess() {
	}

	/**
	 * The signed-in user, who represents the organisation (or administers); refused
	 * otherwise.
	 */
	static CurrentUser checkOrganization(long organizationId) {
		CurrentUser user = CurrentUser.required();
		if (!user.actsFor(Role.NGO_REPRESENTATIVE, organizationId)) {
			throw new AccessDenied("Открытость организации видят и меняют её представители и администраторы");
		}
		return user;
	}

}

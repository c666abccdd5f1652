package ru.nko.platform.officials;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * Who may appoint a municipality's responsible official and see the history of
 * appointments: its officers and administrators. The current official and the acts are
 * public.
 */
final class OfficialAccess {

	private OfficialAccess() {
	}

	/** The signed-in user, who appoints for the municipality; refused otherwise. */
	static CurrentUser checkAppoint(long municipalityId) {
		CurrentUser user = CurrentUser.required();
		if (!user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId)) {
			throw new AccessDenied(
					"Ответственного назначают специалисты своего муниципального образования и администраторы");
		}
		return user;
	}

}

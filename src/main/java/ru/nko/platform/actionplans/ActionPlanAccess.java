package ru.nko.platform.actionplans;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * Who may keep a municipality's action plan: its officers and administrators. Plans
 * themselves are public; their progress notes' evidence is for those who keep them.
 */
final class ActionPlanAccess {

	private ActionPlanAccess() {
	}

	/** Whether the signed-in user (if any) keeps the municipality's plans. */
	static boolean mayManage(long municipalityId) {
		return CurrentUser.get().map(user -> user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId)).orElse(false);
	}

	/**
	 * The signed-in user, who keeps the municipality's plans; refused otherwise.
	 */
	static CurrentUser checkManage(long municipalityId) {
		CurrentUser user = CurrentUser.required();
		if (!user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId)) {
			throw new AccessDenied("План ведут специалисты своего муниципального образования и администраторы");
		}
		return user;
	}

}

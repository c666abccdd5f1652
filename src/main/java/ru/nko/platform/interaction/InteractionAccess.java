package ru.nko.platform.interaction;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * Who may see a municipality's quarterly report: its officers and administrators (it
 * lists problems not yet published).
 */
final class InteractionAccess {

	private InteractionAccess() {
	}

	/** Whether the signed-in user (if any) sees the municipality's quarterly reports. */
	static boolean maySeeReport(long municipalityId) {
		return CurrentUser.get().map(user -> user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId)).orElse(false);
	}

	/** Refuses anyone but the municipality's officers and administrators. */
	static void checkReport(long municipalityId) {
		if (!CurrentUser.required().actsFor(Role.MUNICIPAL_OFFICER, municipalityId)) {
			throw new AccessDenied(
					"Квартальный отчёт видят специалисты своего муниципального образования и администраторы");
		}
	}

}

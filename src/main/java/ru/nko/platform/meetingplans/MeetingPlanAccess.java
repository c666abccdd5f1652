package ru.nko.platform.meetingplans;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * Who may record the agreement of a municipality's meeting plan: its officers and
 * administrators.
 */
final class MeetingPlanAccess {

	private MeetingPlanAccess() {
	}

	/** Whether the signed-in user (if any) records the agreement of the plan. */
	static boolean mayAgree(long municipalityId) {
		return CurrentUser.get().map(user -> user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId)).orElse(false);
	}

	/** The signed-in user, refused unless they record the agreement of the plan. */
	static CurrentUser requireAgreer(long municipalityId) {
		CurrentUser user = CurrentUser.required();
		if (!user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId)) {
			throw new AccessDenied(
					"План встреч согласуют специалисты своего муниципального образования и администраторы");
		}
		return user;
	}

}

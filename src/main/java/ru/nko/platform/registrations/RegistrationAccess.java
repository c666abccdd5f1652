package ru.nko.platform.registrations;

import java.util.Set;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * Who may register for meetings: representatives, for the organisations they represent; a
 * registration is withdrawn by them or by the meeting's organiser (who the organiser is,
 * the meetings module decides).
 */
final class RegistrationAccess {

	private RegistrationAccess() {
	}

	/** Refuses users who represent no organisation. */
	static void requireRepresentative(CurrentUser user) {
		if (user.scopeIds(Role.NGO_REPRESENTATIVE).isEmpty()) {
			throw new AccessDenied(
					"Регистрируют организацию её представители: подайте заявку на представительство в карточке организации");
		}
	}

	/** Refuses registering an organisation the user does not represent. */
	static void requireOwn(CurrentUser user, long organizationId) {
		if (!user.scopeIds(Role.NGO_REPRESENTATIVE).contains(organizationId)) {
			throw new AccessDenied("Можно зарегистрировать только организацию, которую вы представляете");
		}
	}

	/**
	 * Refuses withdrawing a registration of an organisation outside {@code mine} unless
	 * the user organises the meeting.
	 */
	static void requireMayWithdraw(MeetingRegistration registration, boolean organiser, Set<Long> mine) {
		if (!mine.contains(registration.getOrganizationId()) && !organiser) {
			throw new AccessDenied("Отменить регистрацию может представитель организации или организатор встречи");
		}
	}

}

package ru.nko.platform.registrations;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who takes part in a meeting, as its page shows it to one viewer: registrations (all of
 * them to the organisers, their own to representatives), the viewer's organisations,
 * invitations and the attendance form (organisers only), and how many came.
 */
public record Participation(int registrationCount, List<RegistrationView> registrations,
		List<MyOrganization> myOrganizations, List<InvitationView> invitations, Set<Long> invitedIds,
		List<AttendanceRow> attendance, long attendedOrganizations, long attendedPeople) {

	/**
	 * A registration as its viewer may see it (names only for the organisers and the
	 * registrant).
	 */
	public record RegistrationView(long id, long organizationId, String organization, int participants,
			String participantNames, String registeredBy, Instant registeredAt, boolean mine) {
	}

	/** An invitation, for the organisers. */
	public record InvitationView(long id, long organizationId, String organization, Instant invitedAt,
			String invitedBy) {
	}

	/**
	 * One organisation on the attendance form: registered or invited, and whether it
	 * came.
	 */
	public record AttendanceRow(long organizationId, String organization, boolean invited,
			Integer registeredParticipants, boolean attended, int participants) {
	}

	/** An organisation the viewer represents, and where it stands with this meeting. */
	public record MyOrganization(long id, String name, boolean invited, RegistrationView registration) {
	}
}

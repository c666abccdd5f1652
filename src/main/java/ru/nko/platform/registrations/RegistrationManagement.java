package ru.nko.platform.registrations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import ru.nko.platform.system.CurrentUser;

/**
 * What the meetings module does with who takes part in a meeting. It checks the meeting's
 * state and that the user runs it before inviting, withdrawing invitations or recording
 * attendance; registrations check the representative's own organisations here. Reads need
 * no check: they give what the caller's page may show.
 */
@Service
public class RegistrationManagement {

	/** How many people one organisation may register for a meeting. */
	public static final int MAX_PARTICIPANTS = Participations.MAX_PARTICIPANTS;

	private final Participations participations;

	RegistrationManagement(Participations participations) {
		this.participations = participations;
	}

	/**
	 * Invites organisations from the directory, leaving those already invited as they
	 * are; returns the new invitations.
	 */
	@PreAuthorize("isAuthenticated()")
	public List<Invited> invite(long meetingId, Collection<Long> organizationIds, String byName) {
		return this.participations.invite(meetingId, organizationIds, byName);
	}

	@PreAuthorize("isAuthenticated()")
	public void withdrawInvitation(long meetingId, long invitationId) {
		this.participations.withdrawInvitation(meetingId, invitationId);
	}

	/**
	 * A representative registers one of their organisations; {@code closedReason} is why
	 * the meeting takes no more registrations (null while it does), said after the
	 * organisation is checked.
	 */
	@PreAuthorize("isAuthenticated()")
	public Registered register(long meetingId, RegistrationForm form, CurrentUser user, String closedReason) {
		return this.participations.register(meetingId, form, user, closedReason);
	}

	/**
	 * The organisation's representative or the organiser withdraws a registration;
	 * {@code closedReason} as for registering.
	 */
	@PreAuthorize("isAuthenticated()")
	public void withdrawRegistration(long meetingId, long registrationId, boolean organiser, Set<Long> mine,
			String closedReason) {
		this.participations.withdrawRegistration(meetingId, registrationId, organiser, mine, closedReason);
	}

	/**
	 * Refuses attendance naming organisations neither invited nor registered, wrong
	 * numbers, or nobody at all.
	 */
	public void checkAttendance(long meetingId, Map<Long, Integer> attendedWithCounts, int otherParticipants) {
		this.participations.checkAttendance(meetingId, attendedWithCounts, otherParticipants);
	}

	/**
	 * Records who came (organisation ids with their numbers of people), after
	 * {@link #checkAttendance}.
	 */
	@PreAuthorize("isAuthenticated()")
	public void recordAttendance(long meetingId, Map<Long, Integer> attendedWithCounts) {
		this.participations.recordAttendance(meetingId, attendedWithCounts);
	}

	/** The organisations invited to the meeting or registered for it. */
	public Set<Long> concerned(long meetingId) {
		return this.participations.concerned(meetingId);
	}

	/**
	 * Who takes part, as the meeting's page shows it to a viewer representing
	 * {@code mine}.
	 */
	public Participation participation(long meetingId, boolean organiser, Set<Long> mine, boolean held) {
		return this.participations.participation(meetingId, organiser, mine, held);
	}

	/** Organisations registered per meeting id. */
	public Map<Long, Long> registrationCounts(Collection<Long> meetingIds) {
		return this.participations.registrationCounts(meetingIds);
	}

	/** Of these meetings, those the organisations are invited to and registered for. */
	public ParticipantMarks marks(Collection<Long> meetingIds, Set<Long> organizationIds) {
		return this.participations.marks(meetingIds, organizationIds);
	}

	/** The meetings these organisations are invited to or registered for. */
	public Set<Long> meetingsOf(Set<Long> organizationIds) {
		return this.participations.meetingsOf(organizationIds);
	}

	/**
	 * All the meetings these organisations are invited to and all they are registered
	 * for, whatever their dates (the meetings module keeps the dates).
	 */
	public ParticipantMarks standing(Set<Long> organizationIds) {
		return this.participations.standing(organizationIds);
	}

	/** Who took part in a past meeting; start-up and demo data, by the platform only. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	public void loadPast(long meetingId, PastParticipation past) {
		this.participations.loadPast(meetingId, past);
	}

}

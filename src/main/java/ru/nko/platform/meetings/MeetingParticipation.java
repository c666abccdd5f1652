package ru.nko.platform.meetings;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.registrations.Invited;
import ru.nko.platform.registrations.Registered;
import ru.nko.platform.registrations.RegistrationForm;
import ru.nko.platform.registrations.RegistrationManagement;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.NotFound;

import static ru.nko.platform.meetings.MeetingPlanning.requirePlanned;

/**
 * Who takes part in a meeting, as far as the meeting decides it: invitations while it is
 * planned and by its organisers, registrations while it is open, attendance once it has
 * begun (which makes it held). What is stored is kept by {@code registrations}; each
 * method either succeeds whole or changes nothing.
 */
@Service
class MeetingParticipation {

	private final MeetingRepository meetings;

	private final RegistrationManagement registrations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MeetingParticipation(MeetingRepository meetings, RegistrationManagement registrations, Clock clock,
			ApplicationEventPublisher events) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Invites organisations from the directory; those already invited are left as they
	 * are.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public int invite(long meetingId, Collection<Long> organizationIds) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		requirePlanned(meeting, "Приглашать можно до встречи");
		List<Invited> fresh = this.registrations.invite(meetingId, organizationIds, user.fullName());
		this.events.publishEvent(new OrganisationsInvited(meetingId, fresh));
		return fresh.size();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdrawInvitation(long meetingId, long invitationId) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		requirePlanned(meeting, "Приглашения меняют до встречи");
		this.registrations.withdrawInvitation(meetingId, invitationId);
	}

	/**
	 * A representative registers their organisation for a planned meeting that has not
	 * started.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long register(long meetingId, RegistrationForm form) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.signedIn();
		String closed = meeting.openForRegistration(this.clock.instant()) ? null
				: meeting.getStatus() == MeetingStatus.CANCELLED ? "Встреча отменена: регистрация закрыта"
						: "Регистрация закрыта: встреча уже началась или прошла";
		Registered registration = this.registrations.register(meetingId, form, user, closed);
		this.events.publishEvent(
				new OrganisationRegistered(meetingId, registration.registrationId(), registration.organizationId()));
		return registration.registrationId();
	}

	/**
	 * The organisation's representative (or the meeting's manager) cancels a registration
	 * before the meeting.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdrawRegistration(long meetingId, long registrationId) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.signedIn();
		this.registrations.withdrawRegistration(meetingId, registrationId, MeetingAccess.canManage(user, meeting),
				MeetingAccess.organizations(user),
				meeting.getStatus() == MeetingStatus.PLANNED ? null : "Встреча уже прошла: регистрацию не отменить");
	}

	/**
	 * Who came: organisations (ids with their counts) and other participants; the meeting
	 * becomes held.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void recordAttendance(long meetingId, Map<Long, Integer> attendedWithCounts, int otherParticipants) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		this.registrations.checkAttendance(meetingId, attendedWithCounts, otherParticipants);
		meeting.recordAttendance(otherParticipants, this.clock.instant());
		this.registrations.recordAttendance(meetingId, attendedWithCounts);
	}

	private Meeting load(long meetingId) {
		return this.meetings.findById(meetingId).orElseThrow(() -> new NotFound("Встреча не найдена"));
	}

}

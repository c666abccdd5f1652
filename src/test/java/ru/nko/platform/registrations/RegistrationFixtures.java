package ru.nko.platform.registrations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestComponent;

/**
 * What tests of the meetings module check of who takes part in a meeting: current
 * invitations, registrations, attendance.
 */
@TestComponent
public class RegistrationFixtures {

	private final InvitationRepository invitations;

	private final RegistrationRepository registrations;

	private final AttendanceRepository attendance;

	RegistrationFixtures(InvitationRepository invitations, RegistrationRepository registrations,
			AttendanceRepository attendance) {
		this.invitations = invitations;
		this.registrations = registrations;
		this.attendance = attendance;
	}

	/** Ids of the meeting's current invitations, oldest first. */
	public List<Long> invitationIds(long meetingId) {
		return this.invitations.current(meetingId).stream().map(MeetingInvitation::getId).toList();
	}

	/** Ids of the meeting's current registrations, oldest first. */
	public List<Long> registrationIds(long meetingId) {
		return this.registrations.current(meetingId).stream().map(MeetingRegistration::getId).toList();
	}

	/** Who registered each current registration, oldest first. */
	public List<String> registeredBy(long meetingId) {
		return this.registrations.current(meetingId).stream().map(MeetingRegistration::getRegisteredByName).toList();
	}

	/** Whether each organisation on the meeting's attendance came. */
	public Map<Long, Boolean> attendance(long meetingId) {
		return this.attendance.findByMeetingId(meetingId)
			.stream()
			.collect(Collectors.toMap(MeetingAttendance::getOrganizationId, MeetingAttendance::isAttended));
	}

	/** Whether any of the organisations is registered for any of the meetings. */
	public boolean anyRegistration(Collection<Long> meetingIds, Collection<Long> organizationIds) {
		return !meetingIds.isEmpty() && !this.registrations.currentFor(meetingIds, organizationIds).isEmpty();
	}

}

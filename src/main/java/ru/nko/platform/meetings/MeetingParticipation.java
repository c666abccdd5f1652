package ru.nko.platform.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Duplicates;
import ru.nko.platform.system.InvalidInput.FieldError;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

import static ru.nko.platform.meetings.MeetingPlanning.requirePlanned;
import static ru.nko.platform.meetings.MeetingPlanning.text;

/**
 * Who takes part in a meeting: organisations invited, registrations with participants, and attendance recorded after
 * it. Each method checks the caller's scope and either succeeds whole or changes nothing.
 */
@Service
class MeetingParticipation {

	private final MeetingRepository meetings;

	private final MeetingInvitationRepository invitations;

	private final MeetingRegistrationRepository registrations;

	private final MeetingAttendanceRepository attendance;

	private final DirectoryManagement directory;

	private final Clock clock;

	private final MeetingMail mail;

	MeetingParticipation(MeetingRepository meetings, MeetingInvitationRepository invitations, MeetingRegistrationRepository registrations, MeetingAttendanceRepository attendance, DirectoryManagement directory, Clock clock, MeetingMail mail) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.registrations = registrations;
		this.attendance = attendance;
		this.directory = directory;
		this.clock = clock;
		this.mail = mail;
	}

	/** Invites organisations from the directory; those already invited are left as they are. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public int invite(long meetingId, Collection<Long> organizationIds) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		requirePlanned(meeting, "Приглашать можно до встречи");
		if (organizationIds == null || organizationIds.isEmpty()) {
			throw new InvalidInput("invite", "Отметьте организации, которые хотите пригласить");
		}
		Set<Long> known = this.directory.organizations(organizationIds).keySet();
		if (!known.containsAll(organizationIds)) {
			throw new InvalidInput("invite", "Некоторых организаций нет в реестре — обновите страницу и выберите снова");
		}
		Set<Long> already = this.invitations.current(meetingId).stream().map(MeetingInvitation::getOrganizationId).collect(Collectors.toSet());
		Instant now = this.clock.instant();
		List<MeetingInvitation> fresh = new HashSet<>(organizationIds).stream().filter(id -> !already.contains(id))
			.map(id -> new MeetingInvitation(meetingId, id, now, user.fullName())).toList();
		Duplicates.refused("meeting_invitation_current_uq", null, "Некоторые из отмеченных организаций уже приглашены — обновите страницу",
				() -> this.invitations.saveAllAndFlush(fresh));
		this.mail.invited(meeting, fresh);
		return fresh.size();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdrawInvitation(long meetingId, long invitationId) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		requirePlanned(meeting, "Приглашения меняют до встречи");
		this.invitations.findById(invitationId).filter(i -> i.getMeetingId() == meetingId)
			.orElseThrow(() -> new NotFound("Приглашение не найдено")).withdraw(this.clock.instant());
	}

	/** The registration form as typed. */
	record RegistrationForm(String organizationId, String participants, String participantNames) {
	}

	/** A representative registers their organisation for a planned meeting that has not started. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long register(long meetingId, RegistrationForm form) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.signedIn();
		Set<Long> mine = MeetingAccess.organizations(user);
		if (mine.isEmpty()) {
			throw new AccessDenied("Регистрируют организацию её представители: подайте заявку на представительство в карточке организации");
		}
		List<FieldError> errors = new ArrayList<>();
		Long organizationId = null;
		try {
			organizationId = Long.valueOf(text(form.organizationId()));
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError("organizationId", "Выберите организацию"));
		}
		if (organizationId != null && !mine.contains(organizationId)) {
			throw new AccessDenied("Можно зарегистрировать только организацию, которую вы представляете");
		}
		if (!meeting.openForRegistration(this.clock.instant())) {
			throw new InvalidInput(null, meeting.getStatus() == MeetingStatus.CANCELLED ? "Встреча отменена: регистрация закрыта"
					: "Регистрация закрыта: встреча уже началась или прошла");
		}
		int participants = 0;
		try {
			participants = Integer.parseInt(text(form.participants()));
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (participants < 1 || participants > MeetingRegistration.MAX_PARTICIPANTS) {
			errors.add(new FieldError("participants", "Укажите, сколько человек придёт: от 1 до " + MeetingRegistration.MAX_PARTICIPANTS));
		}
		String names = text(form.participantNames());
		if (names.length() > 2000) {
			errors.add(new FieldError("participantNames", "Список участников — не длиннее 2000 знаков"));
		}
		if (organizationId != null && this.registrations.current(meetingId, organizationId).isPresent()) {
			errors.add(new FieldError("organizationId", "Эта организация уже зарегистрирована на встречу"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		MeetingRegistration registration = new MeetingRegistration(meetingId, organizationId, user.id(), user.fullName(), participants,
				names.isEmpty() ? null : names, this.clock.instant());
		Duplicates.refused("meeting_registration_current_uq", null, "Эта организация уже зарегистрирована на встречу",
				() -> this.registrations.saveAndFlush(registration));
		this.mail.registered(meeting, registration);
		return registration.getId();
	}

	/** The organisation's representative (or the meeting's manager) cancels a registration before the meeting. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdrawRegistration(long meetingId, long registrationId) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.signedIn();
		MeetingRegistration registration = this.registrations.findById(registrationId)
			.filter(r -> r.getMeetingId() == meetingId && r.getWithdrawnAt() == null)
			.orElseThrow(() -> new NotFound("Регистрация не найдена"));
		if (!MeetingAccess.organizations(user).contains(registration.getOrganizationId()) && !MeetingAccess.canManage(user, meeting)) {
			throw new AccessDenied("Отменить регистрацию может представитель организации или организатор встречи");
		}
		requirePlanned(meeting, "Встреча уже прошла: регистрацию не отменить");
		registration.withdraw(this.clock.instant());
	}

	/** Who came: organisations (ids with their counts) and other participants; the meeting becomes held. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void recordAttendance(long meetingId, Map<Long, Integer> attendedWithCounts, int otherParticipants) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		Set<Long> expected = new HashSet<>();
		this.invitations.current(meetingId).forEach(i -> expected.add(i.getOrganizationId()));
		this.registrations.current(meetingId).forEach(r -> expected.add(r.getOrganizationId()));
		if (!expected.containsAll(attendedWithCounts.keySet())) {
			throw new InvalidInput("attendance", "Отмечать можно только приглашённые или зарегистрированные организации");
		}
		for (Integer count : attendedWithCounts.values()) {
			if (count == null || count < 1 || count > 100) {
				throw new InvalidInput("attendance", "У пришедшей организации укажите число участников от 1 до 100");
			}
		}
		int total = otherParticipants + attendedWithCounts.values().stream().mapToInt(Integer::intValue).sum();
		if (total <= 0) {
			throw new InvalidInput("attendance", "Отметьте пришедшие организации или укажите число других участников");
		}
		meeting.recordAttendance(otherParticipants, this.clock.instant());
		Map<Long, MeetingAttendance> existing = this.attendance.findByMeetingId(meetingId).stream()
			.collect(Collectors.toMap(MeetingAttendance::getOrganizationId, Function.identity()));
		List<MeetingAttendance> fresh = new ArrayList<>();
		for (Long organizationId : expected) {
			boolean came = attendedWithCounts.containsKey(organizationId);
			int count = came ? attendedWithCounts.get(organizationId) : 0;
			MeetingAttendance row = existing.get(organizationId);
			if (row == null) {
				fresh.add(new MeetingAttendance(meetingId, organizationId, came, count));
			}
			else {
				row.mark(came, count);
			}
		}
		this.attendance.saveAll(fresh);
	}

	private Meeting load(long meetingId) {
		return this.meetings.findById(meetingId).orElseThrow(() -> new NotFound("Встреча не найдена"));
	}
}

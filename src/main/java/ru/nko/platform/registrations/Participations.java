package ru.nko.platform.registrations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.registrations.Participation.AttendanceRow;
import ru.nko.platform.registrations.Participation.InvitationView;
import ru.nko.platform.registrations.Participation.MyOrganization;
import ru.nko.platform.registrations.Participation.RegistrationView;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Duplicates;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.NotFound;

/**
 * Invitations of organisations to meetings, their registrations with participants, and
 * who came. The meetings module checks the meeting's state and who runs it; the scope of
 * representatives is checked here.
 */
@Service
class Participations {

	static final int MAX_PARTICIPANTS = 10;

	/** The longest list of participants' names a registration keeps. */
	static final int MAX_NAMES = 2000;

	private final InvitationRepository invitations;

	private final RegistrationRepository registrations;

	private final AttendanceRepository attendance;

	private final DirectoryManagement directory;

	private final Clock clock;

	Participations(InvitationRepository invitations, RegistrationRepository registrations,
			AttendanceRepository attendance, DirectoryManagement directory, Clock clock) {
		this.invitations = invitations;
		this.registrations = registrations;
		this.attendance = attendance;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	List<Invited> invite(long meetingId, Collection<Long> organizationIds, String byName) {
		if (organizationIds == null || organizationIds.isEmpty()) {
			throw new InvalidInput("invite", "Отметьте организации, которые хотите пригласить");
		}
		Set<Long> known = this.directory.organizations(organizationIds).keySet();
		if (!known.containsAll(organizationIds)) {
			throw new InvalidInput("invite",
					"Некоторых организаций нет в реестре — обновите страницу и выберите снова");
		}
		Set<Long> already = this.invitations.current(meetingId)
			.stream()
			.map(MeetingInvitation::getOrganizationId)
			.collect(Collectors.toSet());
		Instant now = this.clock.instant();
		List<MeetingInvitation> fresh = new HashSet<>(organizationIds).stream()
			.filter(id -> !already.contains(id))
			.map(id -> new MeetingInvitation(meetingId, id, now, byName))
			.toList();
		Duplicates.refused("meeting_invitation_current_uq", null,
				"Некоторые из отмеченных организаций уже приглашены — обновите страницу",
				() -> this.invitations.saveAllAndFlush(fresh));
		return fresh.stream().map(i -> new Invited(i.getId(), i.getOrganizationId())).toList();
	}

	@Transactional
	void withdrawInvitation(long meetingId, long invitationId) {
		this.invitations.findById(invitationId)
			.filter(i -> i.getMeetingId() == meetingId)
			.orElseThrow(() -> new NotFound("Приглашение не найдено"))
			.withdraw(this.clock.instant());
	}

	@Transactional
	Registered register(long meetingId, RegistrationForm form, CurrentUser user, String closedReason) {
		RegistrationAccess.requireRepresentative(user);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		Long organizationId = ListFilters.id(form.organizationId());
		if (organizationId == null) {
			errors.add("organizationId", "Выберите организацию");
		}
		else {
			RegistrationAccess.requireOwn(user, organizationId);
		}
		if (closedReason != null) {
			throw new InvalidInput(null, closedReason);
		}
		Long participants = ListFilters.id(form.participants());
		if (participants == null || participants < 1 || participants > MAX_PARTICIPANTS) {
			errors.add("participants", "Укажите, сколько человек придёт: от 1 до " + MAX_PARTICIPANTS);
		}
		String names = errors.optional(form.participantNames(), "participantNames", "Участники", MAX_NAMES);
		if (organizationId != null && this.registrations.current(meetingId, organizationId).isPresent()) {
			errors.add("organizationId", "Эта организация уже зарегистрирована на встречу");
		}
		errors.throwIfAny();
		MeetingRegistration registration = new MeetingRegistration(meetingId, organizationId, user.id(),
				user.fullName(), participants.intValue(), names, this.clock.instant());
		Duplicates.refused("meeting_registration_current_uq", null, "Эта организация уже зарегистрирована на встречу",
				() -> this.registrations.saveAndFlush(registration));
		return new Registered(registration.getId(), registration.getOrganizationId());
	}

	@Transactional
	void withdrawRegistration(long meetingId, long registrationId, boolean organiser, Set<Long> mine,
			String closedReason) {
		MeetingRegistration registration = this.registrations.findById(registrationId)
			.filter(r -> r.getMeetingId() == meetingId && r.getWithdrawnAt() == null)
			.orElseThrow(() -> new NotFound("Регистрация не найдена"));
		RegistrationAccess.requireMayWithdraw(registration, organiser, mine);
		if (closedReason != null) {
			throw new InvalidInput(null, closedReason);
		}
		registration.withdraw(this.clock.instant());
	}

	/**
	 * Checks who came: only invited or registered organisations, 1 to 100 people each,
	 * somebody in all.
	 */
	@Transactional(readOnly = true)
	void checkAttendance(long meetingId, Map<Long, Integer> attendedWithCounts, int otherParticipants) {
		if (!concerned(meetingId).containsAll(attendedWithCounts.keySet())) {
			throw new InvalidInput("attendance",
					"Отмечать можно только приглашённые или зарегистрированные организации");
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
	}

	/**
	 * Records for every invited or registered organisation whether it came, and with how
	 * many people.
	 */
	@Transactional
	void recordAttendance(long meetingId, Map<Long, Integer> attendedWithCounts) {
		Map<Long, MeetingAttendance> existing = this.attendance.findByMeetingId(meetingId)
			.stream()
			.collect(Collectors.toMap(MeetingAttendance::getOrganizationId, Function.identity()));
		List<MeetingAttendance> fresh = new ArrayList<>();
		for (Long organizationId : concerned(meetingId)) {
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

	/**
	 * The organisations invited to the meeting or registered for it, invited ones first.
	 */
	@Transactional(readOnly = true)
	Set<Long> concerned(long meetingId) {
		Set<Long> organizations = new LinkedHashSet<>();
		this.invitations.current(meetingId).forEach(i -> organizations.add(i.getOrganizationId()));
		this.registrations.current(meetingId).forEach(r -> organizations.add(r.getOrganizationId()));
		return organizations;
	}

	@Transactional(readOnly = true)
	Participation participation(long meetingId, boolean organiser, Set<Long> mine, boolean held) {
		List<MeetingRegistration> registered = this.registrations.current(meetingId);
		List<MeetingInvitation> invited = organiser || !mine.isEmpty() ? this.invitations.current(meetingId)
				: List.of();
		List<MeetingAttendance> came = held ? this.attendance.findByMeetingId(meetingId) : List.of();
		Set<Long> organizationIds = new HashSet<>(mine);
		registered.forEach(r -> organizationIds.add(r.getOrganizationId()));
		invited.forEach(i -> organizationIds.add(i.getOrganizationId()));
		Map<Long, OrganizationRef> organizations = this.directory.organizations(organizationIds);
		Function<Long, String> name = id -> organizations.containsKey(id) ? organizations.get(id).name() : "№ " + id;

		List<RegistrationView> registrationViews = registered.stream()
			.filter(r -> organiser || mine.contains(r.getOrganizationId()))
			.map(r -> new RegistrationView(r.getId(), r.getOrganizationId(), name.apply(r.getOrganizationId()),
					r.getParticipants(), r.getParticipantNames(), r.getRegisteredByName(), r.getRegisteredAt(),
					mine.contains(r.getOrganizationId())))
			.toList();
		Set<Long> invitedIds = invited.stream().map(MeetingInvitation::getOrganizationId).collect(Collectors.toSet());
		List<MyOrganization> myOrganizations = mine.stream()
			.map(id -> new MyOrganization(id, name.apply(id), invitedIds.contains(id),
					registrationViews.stream().filter(r -> r.organizationId() == id).findFirst().orElse(null)))
			.sorted(Comparator.comparing(MyOrganization::name))
			.toList();
		List<InvitationView> invitationViews = organiser ? invited.stream()
			.map(i -> new InvitationView(i.getId(), i.getOrganizationId(), name.apply(i.getOrganizationId()),
					i.getInvitedAt(), i.getInvitedBy()))
			.sorted(Comparator.comparing(InvitationView::organization))
			.toList() : List.of();

		Map<Long, MeetingAttendance> cameBy = came.stream()
			.collect(Collectors.toMap(MeetingAttendance::getOrganizationId, Function.identity()));
		List<AttendanceRow> attendanceRows = List.of();
		if (organiser) {
			Map<Long, Integer> registeredCounts = registered.stream()
				.collect(Collectors.toMap(MeetingRegistration::getOrganizationId, MeetingRegistration::getParticipants,
						(a, b) -> a));
			Set<Long> expected = new HashSet<>(invitedIds);
			expected.addAll(registeredCounts.keySet());
			expected.addAll(cameBy.keySet());
			attendanceRows = expected.stream().map(id -> {
				MeetingAttendance row = cameBy.get(id);
				return new AttendanceRow(id, name.apply(id), invitedIds.contains(id), registeredCounts.get(id),
						row != null && row.isAttended(),
						row != null && row.isAttended() ? row.getParticipants() : registeredCounts.getOrDefault(id, 1));
			}).sorted(Comparator.comparing(AttendanceRow::organization)).toList();
		}
		long attendedOrganizations = came.stream().filter(MeetingAttendance::isAttended).count();
		long attendedPeople = came.stream().mapToLong(MeetingAttendance::getParticipants).sum();
		return new Participation(registered.size(), registrationViews, myOrganizations, invitationViews, invitedIds,
				attendanceRows, attendedOrganizations, attendedPeople);
	}

	/**
	 * Organisations registered per meeting id (meetings without any are absent); one
	 * query.
	 */
	@Transactional(readOnly = true)
	Map<Long, Long> registrationCounts(Collection<Long> meetingIds) {
		if (meetingIds.isEmpty()) {
			return Map.of();
		}
		return this.registrations.countByMeeting(meetingIds)
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

	/**
	 * Of these meetings, those the organisations are invited to and those they are
	 * registered for; two queries.
	 */
	@Transactional(readOnly = true)
	ParticipantMarks marks(Collection<Long> meetingIds, Set<Long> organizationIds) {
		if (meetingIds.isEmpty() || organizationIds.isEmpty()) {
			return ParticipantMarks.NONE;
		}
		return new ParticipantMarks(
				this.invitations.currentFor(meetingIds, organizationIds)
					.stream()
					.map(MeetingInvitation::getMeetingId)
					.collect(Collectors.toSet()),
				this.registrations.currentFor(meetingIds, organizationIds)
					.stream()
					.map(MeetingRegistration::getMeetingId)
					.collect(Collectors.toSet()));
	}

	/** The meetings these organisations are invited to or registered for. */
	@Transactional(readOnly = true)
	Set<Long> meetingsOf(Set<Long> organizationIds) {
		if (organizationIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> meetings = new HashSet<>(this.invitations.meetingsOf(organizationIds));
		meetings.addAll(this.registrations.meetingsOf(organizationIds));
		return meetings;
	}

	/**
	 * All the meetings these organisations are invited to, and all they are registered
	 * for (current invitations and registrations only); two queries.
	 */
	@Transactional(readOnly = true)
	ParticipantMarks standing(Set<Long> organizationIds) {
		if (organizationIds.isEmpty()) {
			return ParticipantMarks.NONE;
		}
		return new ParticipantMarks(Set.copyOf(this.invitations.meetingsOf(organizationIds)),
				Set.copyOf(this.registrations.meetingsOf(organizationIds)));
	}

	/** Who took part in a past meeting as it happened (start-up and demo data). */
	@Transactional
	void loadPast(long meetingId, PastParticipation past) {
		Instant start = past.start();
		this.invitations.saveAll(past.invited()
			.stream()
			.map(org -> new MeetingInvitation(meetingId, org, start.minus(Duration.ofDays(21)), past.organisedBy()))
			.toList());
		this.registrations.saveAll(past.registrations()
			.stream()
			.map(r -> new MeetingRegistration(meetingId, r.organizationId(), null, r.registeredBy(), r.participants(),
					null, start.minus(Duration.ofDays(10))))
			.toList());
		this.attendance.saveAll(past.attended()
			.entrySet()
			.stream()
			.map(e -> new MeetingAttendance(meetingId, e.getKey(), true, e.getValue()))
			.toList());
	}

}

package ru.nko.platform.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.InvalidInput.FieldError;
import ru.nko.platform.system.NotFound;

/**
 * Everything people do to meetings: plan (one or a series), change while planned, invite, register,
 * record attendance, minutes and decisions, attach documents, close or cancel; agree a year's plan.
 * Each method checks the caller's scope and either succeeds whole or changes nothing.
 */
@Service
class MeetingWork {

	static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

	private final MeetingRepository meetings;

	private final MeetingAgendaRepository agenda;

	private final MeetingInvitationRepository invitations;

	private final MeetingRegistrationRepository registrations;

	private final MeetingAttendanceRepository attendance;

	private final MeetingDecisionRepository decisions;

	private final MeetingDocumentRepository documents;

	private final MeetingPlanRepository plans;

	private final DirectoryManagement directory;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final ApplicationEventPublisher events;

	private final Problems problems;

	private final Clock clock;

	private final MeetingMail mail;

	private final ActionPlans actionPlans;

	MeetingWork(MeetingRepository meetings, MeetingAgendaRepository agenda, MeetingInvitationRepository invitations,
			MeetingRegistrationRepository registrations, MeetingAttendanceRepository attendance, MeetingDecisionRepository decisions,
			MeetingDocumentRepository documents, MeetingPlanRepository plans, DirectoryManagement directory, UploadInspector inspector,
			FileStorage storage, ApplicationEventPublisher events, Problems problems, Clock clock, MeetingMail mail, ActionPlans actionPlans) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.invitations = invitations;
		this.registrations = registrations;
		this.attendance = attendance;
		this.decisions = decisions;
		this.documents = documents;
		this.plans = plans;
		this.directory = directory;
		this.inspector = inspector;
		this.storage = storage;
		this.events = events;
		this.problems = problems;
		this.clock = clock;
		this.mail = mail;
		this.actionPlans = actionPlans;
	}

	/** The planning form as typed; the repeat fields are used only when a meeting is created. */
	record MeetingForm(String municipalityId, String type, String title, String date, String startTime, String endTime, String place,
			String onlineLink, String agenda, String repeat, String repeatCount, String repeatUntil) {

		static MeetingForm empty() {
			return new MeetingForm("", "", "", "", "", "", "", "", "", "NONE", "", "");
		}
	}

	/** What a checked planning form says. */
	private record Checked(Long municipalityId, MeetingType type, String title, ZonedDateTime start, Duration length, String place,
			String onlineLink, List<String[]> agenda, List<ZonedDateTime> starts) {
	}

	/** Plans one meeting, or a series of them at once; returns the ids, the first meeting first. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public List<Long> plan(MeetingForm form) {
		CurrentUser user = MeetingAccess.signedIn();
		Checked checked = check(form, true, user, null);
		Instant now = this.clock.instant();
		List<Meeting> created = new ArrayList<>();
		for (ZonedDateTime start : checked.starts()) {
			created.add(this.meetings.save(new Meeting(checked.municipalityId(), checked.type(), checked.title(), start.toInstant(),
					start.plus(checked.length()).toInstant(), checked.place(), checked.onlineLink(), user.fullName(), now)));
		}
		if (created.size() > 1) {
			long seriesId = created.get(0).getId();
			created.forEach(meeting -> meeting.joinSeries(seriesId));
		}
		List<MeetingAgendaItem> items = new ArrayList<>();
		for (Meeting meeting : created) {
			for (int i = 0; i < checked.agenda().size(); i++) {
				items.add(new MeetingAgendaItem(meeting.getId(), i + 1, checked.agenda().get(i)[0], checked.agenda().get(i)[1]));
			}
			if (meeting.getMunicipalityId() != null) {
				ensurePlan(meeting.getMunicipalityId(), meeting.getStartsAt().atZone(ZONE).getYear());
			}
		}
		this.agenda.saveAll(items);
		return created.stream().map(Meeting::getId).toList();
	}

	/**
	 * Whom the planning form offers: the municipalities where the user plans meetings (all of them for
	 * administrators and executors, who plan regional meetings about any municipality); refuses users who plan none.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public PlanningChoices planningChoices() {
		CurrentUser user = MeetingAccess.signedIn();
		List<ru.nko.platform.directory.MunicipalityRef> all = this.directory.municipalities();
		boolean region = MeetingAccess.canManage(user, MeetingType.LEADERS_REGIONAL, null);
		List<ru.nko.platform.directory.MunicipalityRef> municipalities = all.stream()
			.filter(m -> region || MeetingAccess.canManage(user, MeetingType.WORKING, m.id())).toList();
		if (municipalities.isEmpty() && !region) {
			throw new AccessDenied("Встречи планируют специалисты муниципальных образований, исполнители и администраторы");
		}
		List<MeetingType> types = java.util.Arrays.stream(MeetingType.values())
			.filter(type -> type.regional() ? region : municipalities.stream().anyMatch(m -> MeetingAccess.canManage(user, type, m.id())))
			.toList();
		return new PlanningChoices(municipalities, types);
	}

	/** What the planning form may offer this user. */
	record PlanningChoices(List<ru.nko.platform.directory.MunicipalityRef> municipalities, List<MeetingType> types) {
	}

	/** The edit form's meeting, for its managers only. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public void requireManager(long meetingId) {
		MeetingAccess.requireManager(load(meetingId));
	}

	/** Changes a planned meeting's type, title, time and place. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void reschedule(long meetingId, MeetingForm form) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		MeetingForm sameWhere = new MeetingForm(meeting.getMunicipalityId() == null ? "" : meeting.getMunicipalityId().toString(),
				form.type(), form.title(), form.date(), form.startTime(), form.endTime(), form.place(), form.onlineLink(), "", "NONE", "", "");
		Checked checked = check(sameWhere, false, user, meeting.getStartsAt().atZone(ZONE).toLocalDate());
		MeetingMail.Moment before = MeetingMail.Moment.of(meeting);
		meeting.reschedule(checked.type(), checked.title(), checked.start().toInstant(), checked.start().plus(checked.length()).toInstant(),
				checked.place(), checked.onlineLink());
		if (meeting.getMunicipalityId() != null) {
			ensurePlan(meeting.getMunicipalityId(), checked.start().getYear());
		}
		this.mail.rescheduled(meeting, before);
	}

	/** {@code currentDay}: the day a rescheduled meeting has now, which may stay as it is even if it has passed. */
	private Checked check(MeetingForm form, boolean creating, CurrentUser user, LocalDate currentDay) {
		List<FieldError> errors = new ArrayList<>();
		MeetingType type = null;
		try {
			type = MeetingType.valueOf(text(form.type()));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("type", "Выберите вид встречи"));
		}
		Long municipalityId = null;
		if (!text(form.municipalityId()).isEmpty()) {
			try {
				municipalityId = Long.valueOf(text(form.municipalityId()));
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("municipalityId", "Выберите муниципальное образование из списка"));
			}
			if (municipalityId != null && this.directory.municipality(municipalityId).isEmpty()) {
				throw new NotFound("Муниципальное образование не найдено");
			}
		}
		if (municipalityId == null && type != null && !type.regional() && errors.stream().noneMatch(e -> "municipalityId".equals(e.field()))) {
			errors.add(new FieldError("municipalityId", "Выберите муниципальное образование: без него бывает только встреча с органами власти региона"));
		}
		if (type != null && (municipalityId != null || type.regional()) && !MeetingAccess.canManage(user, type, municipalityId)) {
			throw new AccessDenied(type.regional() ? "Региональные встречи планируют администраторы и исполнители региона"
					: "Встречи планируют специалисты своего муниципального образования и администраторы");
		}
		String title = text(form.title());
		if (title.isEmpty()) {
			errors.add(new FieldError("title", "Укажите название встречи"));
		}
		else if (title.length() > 300) {
			errors.add(new FieldError("title", "Название — не длиннее 300 знаков"));
		}
		LocalDate date = null;
		try {
			date = text(form.date()).isEmpty() ? null : LocalDate.parse(text(form.date()));
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
			errors.add(new FieldError("date", "Укажите дату встречи, например 12.03.2026"));
			date = null;
		}
		else if (!user.isAdmin() && date.isBefore(LocalDate.now(this.clock.withZone(ZONE))) && !date.equals(currentDay)) {
			// a missed quarter is not turned into a held one after the fact; past meetings are loaded by the platform itself
			errors.add(new FieldError("date", "Дата встречи не может быть раньше сегодняшней: прошедшие встречи вносит администратор"));
		}
		LocalTime startTime = time(form.startTime());
		if (startTime == null) {
			errors.add(new FieldError("startTime", "Укажите время начала, например 15:00"));
		}
		LocalTime endTime = null;
		if (!text(form.endTime()).isEmpty()) {
			endTime = time(form.endTime());
			if (endTime == null) {
				errors.add(new FieldError("endTime", "Укажите время окончания, например 17:00, или оставьте пустым"));
			}
			else if (startTime != null && !endTime.isAfter(startTime)) {
				errors.add(new FieldError("endTime", "Встреча должна заканчиваться позже, чем начинается"));
			}
		}
		String place = text(form.place());
		String link = text(form.onlineLink());
		if (place.isEmpty() && link.isEmpty()) {
			errors.add(new FieldError("place", "Укажите место встречи или ссылку на онлайн-подключение"));
		}
		if (place.length() > 500) {
			errors.add(new FieldError("place", "Место — не длиннее 500 знаков"));
		}
		if (!link.isEmpty() && (!LINK.matcher(link).matches() || link.length() > 500)) {
			errors.add(new FieldError("onlineLink", "Ссылка должна начинаться с https:// или http://, например https://vk.com/call/..."));
		}
		List<String[]> items = new ArrayList<>();
		for (String line : text(form.agenda()).split("\\R")) {
			String item = line.strip();
			if (item.isEmpty()) {
				continue;
			}
			String[] parts = item.split("\\s+[—–-]\\s+", 2);
			String itemTitle = parts[0].strip();
			String speaker = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
			if (itemTitle.length() > 500 || (speaker != null && speaker.length() > 300)) {
				errors.add(new FieldError("agenda", "Пункт повестки — не длиннее 500 знаков, докладчик — не длиннее 300"));
				break;
			}
			items.add(new String[] { itemTitle, speaker });
		}
		if (items.size() > 50) {
			errors.add(new FieldError("agenda", "В повестке не больше 50 пунктов"));
		}
		List<ZonedDateTime> starts = List.of();
		ZonedDateTime start = date != null && startTime != null ? date.atTime(startTime).atZone(ZONE) : null;
		if (creating && start != null) {
			MeetingSeries.Frequency frequency = MeetingSeries.Frequency.NONE;
			try {
				frequency = text(form.repeat()).isEmpty() ? MeetingSeries.Frequency.NONE : MeetingSeries.Frequency.valueOf(text(form.repeat()));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("repeat", "Выберите, как повторять встречу"));
			}
			Integer count = null;
			LocalDate until = null;
			if (frequency != MeetingSeries.Frequency.NONE) {
				try {
					count = text(form.repeatCount()).isEmpty() ? null : Integer.valueOf(text(form.repeatCount()));
				}
				catch (NumberFormatException ex) {
					errors.add(new FieldError("repeatCount", "Укажите число встреч цифрами, например 4"));
				}
				try {
					until = text(form.repeatUntil()).isEmpty() ? null : LocalDate.parse(text(form.repeatUntil()));
				}
				catch (DateTimeParseException ex) {
					errors.add(new FieldError("repeatUntil", "Укажите дату окончания серии, например 31.12.2027"));
				}
			}
			try {
				starts = MeetingSeries.starts(start, frequency, count, until);
			}
			catch (InvalidInput invalid) {
				errors.addAll(invalid.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Duration length = endTime == null ? Duration.ofHours(2) : Duration.between(startTime, endTime);
		return new Checked(municipalityId, type, title, start, length, place.isEmpty() ? null : place, link.isEmpty() ? null : link, items,
				starts);
	}

	/** A year's plan exists (as a draft) once the municipality plans a meeting in that year. */
	private MeetingPlan ensurePlan(long municipalityId, int year) {
		return this.plans.findByMunicipalityIdAndYear(municipalityId, year)
			.orElseGet(() -> Duplicates.refused("meeting_plan_year_uq", null,
					"План встреч на " + year + " год только что начал другой пользователь — повторите действие",
					() -> this.plans.saveAndFlush(new MeetingPlan(municipalityId, year))));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void addAgendaItem(long meetingId, String title, String speaker) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		requirePlanned(meeting, "Повестку меняют до встречи");
		String itemTitle = text(title);
		List<FieldError> errors = new ArrayList<>();
		if (itemTitle.isEmpty() || itemTitle.length() > 500) {
			errors.add(new FieldError("agendaTitle", "Укажите пункт повестки (не длиннее 500 знаков)"));
		}
		if (text(speaker).length() > 300) {
			errors.add(new FieldError("agendaSpeaker", "Докладчик — не длиннее 300 знаков"));
		}
		List<MeetingAgendaItem> current = this.agenda.current(meetingId);
		if (current.size() >= 50) {
			errors.add(new FieldError("agendaTitle", "В повестке не больше 50 пунктов"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		int next = current.stream().mapToInt(MeetingAgendaItem::getPosition).max().orElse(0) + 1;
		this.agenda.save(new MeetingAgendaItem(meetingId, next, itemTitle, text(speaker).isEmpty() ? null : text(speaker)));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdrawAgendaItem(long meetingId, long itemId) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		requirePlanned(meeting, "Повестку меняют до встречи");
		agendaItem(meetingId, itemId).withdraw(this.clock.instant());
	}

	/** Moves an item one place up the agenda. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void moveAgendaItemUp(long meetingId, long itemId) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		requirePlanned(meeting, "Повестку меняют до встречи");
		List<MeetingAgendaItem> items = this.agenda.current(meetingId);
		for (int i = 0; i < items.size(); i++) {
			items.get(i).moveTo(i + 1);
		}
		for (int i = 1; i < items.size(); i++) {
			if (items.get(i).getId() == itemId) {
				items.get(i).moveTo(i);
				items.get(i - 1).moveTo(i + 1);
				return;
			}
		}
		agendaItem(meetingId, itemId);
	}

	private MeetingAgendaItem agendaItem(long meetingId, long itemId) {
		return this.agenda.findById(itemId).filter(item -> item.getMeetingId() == meetingId)
			.orElseThrow(() -> new NotFound("Пункт повестки не найден"));
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

	/** The minutes of a held meeting, with an optional signed copy. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void recordMinutes(long meetingId, String minutes, String fileName, byte[] file) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		UploadInspector.Inspected inspected = null;
		if (file != null && file.length > 0) {
			inspected = inspect("minutesFile", fileName, file);
		}
		// the rules are checked before the file is stored, so a refused protocol leaves no file behind
		meeting.recordMinutes(minutes, null, null, null, null, user.fullName(), this.clock.instant());
		if (inspected != null) {
			String key = this.storage.store("meetings", file);
			meeting.recordMinutes(minutes, inspected.fileName(), inspected.contentType(), inspected.size(), key, user.fullName(),
					this.clock.instant());
		}
	}

	/** Closes a held meeting that has its minutes; only then does it count as held. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void close(long meetingId) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		meeting.close(user.fullName(), this.clock.instant());
		this.events.publishEvent(new MeetingHeld(meeting.getId(), meeting.getMunicipalityId(), meeting.getType(),
				meeting.getStartsAt().atZone(ZONE).toOffsetDateTime()));
	}

	/** Cancels the meeting, or it and the rest of its series still planned; returns how many were cancelled. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public int cancel(long meetingId, String reason, boolean andFollowing) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		Instant now = this.clock.instant();
		meeting.cancel(reason, user.fullName(), now);
		this.mail.cancelled(meeting);
		int cancelled = 1;
		if (andFollowing && meeting.getSeriesId() != null) {
			for (Meeting next : this.meetings.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(meeting.getSeriesId(),
					meeting.getStartsAt())) {
				if (next != meeting && next.getStatus() == MeetingStatus.PLANNED) {
					next.cancel(reason, user.fullName(), now);
					this.mail.cancelled(next);
					cancelled++;
				}
			}
		}
		return cancelled;
	}

	/** The plans a meeting's decisions may advance: those of the meeting's year and the next. */
	static List<Integer> planYears(Meeting meeting) {
		int year = meeting.getStartsAt().atZone(ZONE).getYear();
		return List.of(year, year + 1);
	}

	/** The decision form as typed. */
	record DecisionForm(String text, String owner, String dueDate, String problemId, String planItemId) {

		static DecisionForm empty() {
			return new DecisionForm("", "", "", "", "");
		}
	}

	/** Records a decision of a held meeting. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long decide(long meetingId, DecisionForm form) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		if (meeting.getStatus() != MeetingStatus.HELD) {
			throw new InvalidInput(null, meeting.getStatus() == MeetingStatus.CLOSED ? "Встреча закрыта: новые решения не добавляются"
					: "Решения записывают после встречи: сначала отметьте посещаемость");
		}
		List<FieldError> errors = new ArrayList<>();
		String decision = text(form.text());
		if (decision.length() < 5 || decision.length() > 2000) {
			errors.add(new FieldError("decisionText", "Сформулируйте решение (от 5 до 2000 знаков)"));
		}
		String owner = text(form.owner());
		if (owner.isEmpty() || owner.length() > 300) {
			errors.add(new FieldError("decisionOwner", "Укажите, кто отвечает за исполнение: орган, организацию или человека"));
		}
		LocalDate due = null;
		try {
			due = LocalDate.parse(text(form.dueDate()));
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("decisionDue", "Укажите срок исполнения, например 31.03.2027"));
		}
		LocalDate meetingDay = meeting.getStartsAt().atZone(ZONE).toLocalDate();
		if (due != null && due.isBefore(meetingDay)) {
			errors.add(new FieldError("decisionDue", "Срок исполнения не может быть раньше дня встречи"));
		}
		Long problemId = null;
		if (!text(form.problemId()).isEmpty()) {
			try {
				problemId = Long.valueOf(text(form.problemId()));
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("decisionProblem", "Выберите проблему из списка"));
			}
			Long chosen = problemId;
			if (chosen != null && (meeting.getMunicipalityId() == null
					|| this.problems.plannable(meeting.getMunicipalityId()).stream().noneMatch(p -> p.id() == chosen))) {
				errors.add(new FieldError("decisionProblem", "Выберите проблему этого муниципального образования из списка"));
			}
		}
		Long planItemId = null;
		if (!text(form.planItemId()).isEmpty()) {
			try {
				planItemId = Long.valueOf(text(form.planItemId()));
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("decisionPlanItem", "Выберите мероприятие плана из списка"));
			}
			Long chosen = planItemId;
			if (chosen != null && (meeting.getMunicipalityId() == null || this.actionPlans.openItems(meeting.getMunicipalityId(), planYears(meeting))
				.stream().noneMatch(item -> item.id() == chosen))) {
				errors.add(new FieldError("decisionPlanItem", "Выберите невыполненное мероприятие плана этого муниципального образования"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return this.decisions.save(new MeetingDecision(meetingId, decision, owner, due, problemId, planItemId, user.fullName(),
				this.clock.instant())).getId();
	}

	/** Marks a decision done on a day, or withdraws it from execution with a reason. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void settleDecision(long meetingId, long decisionId, DecisionStatus outcome, String doneAt, String note) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		MeetingDecision decision = this.decisions.findById(decisionId).filter(d -> d.getMeetingId() == meetingId)
			.orElseThrow(() -> new NotFound("Решение не найдено"));
		if (text(note).length() > 1000) {
			throw new InvalidInput("note", "Примечание — не длиннее 1000 знаков");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		if (outcome == DecisionStatus.DONE) {
			LocalDate on = today;
			if (!text(doneAt).isEmpty()) {
				try {
					on = LocalDate.parse(text(doneAt));
				}
				catch (DateTimeParseException ex) {
					throw new InvalidInput("doneAt", "Укажите дату исполнения, например 15.01.2027");
				}
			}
			decision.markDone(on, note, meeting.getStartsAt().atZone(ZONE).toLocalDate(), today);
		}
		else if (outcome == DecisionStatus.CANCELLED) {
			decision.cancel(note);
		}
		else {
			throw new InvalidInput(null, "Решение можно отметить исполненным или снять с исполнения");
		}
	}

	/** Attaches a document (checked by content, up to 10 MB); public unless marked internal. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long attach(long meetingId, String title, String fileName, byte[] file, boolean internal) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		if (meeting.getStatus() == MeetingStatus.CANCELLED) {
			throw new InvalidInput(null, "Встреча отменена: документы к ней не добавляются");
		}
		List<FieldError> errors = new ArrayList<>();
		String name = text(title);
		if (name.length() > 300) {
			errors.add(new FieldError("documentTitle", "Название документа — не длиннее 300 знаков"));
		}
		UploadInspector.Inspected inspected = null;
		if (file == null || file.length == 0) {
			errors.add(new FieldError("documentFile", "Выберите файл документа"));
		}
		else {
			try {
				inspected = this.inspector.inspect(fileName, file, UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add(new FieldError("documentFile", rejected.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String key = this.storage.store("meetings", file);
		return this.documents.save(new MeetingDocument(meetingId, name.isEmpty() ? inspected.fileName() : name, inspected.fileName(),
				inspected.contentType(), inspected.size(), key, internal, user.fullName(), this.clock.instant())).getId();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdrawDocument(long meetingId, long documentId) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		this.documents.findById(documentId).filter(d -> d.getMeetingId() == meetingId && !d.withdrawn())
			.orElseThrow(() -> new NotFound("Документ не найден")).withdraw(this.clock.instant());
	}

	/** The agreement form of a year's plan, as typed. */
	record PlanForm(String year, String agreedOn, String agreedWith) {
	}

	/** Records that the municipality's plan for a year was agreed with the participants. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void agreePlan(long municipalityId, PlanForm form, String fileName, byte[] file) {
		this.directory.municipality(municipalityId).orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
		CurrentUser user = MeetingAccess.signedIn();
		if (!MeetingAccess.canAgreePlan(user, municipalityId)) {
			throw new AccessDenied("План встреч согласуют специалисты своего муниципального образования и администраторы");
		}
		List<FieldError> errors = new ArrayList<>();
		int year = 0;
		try {
			year = Integer.parseInt(text(form.year()));
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (year < 2000 || year > 2100) {
			errors.add(new FieldError(null, "Укажите год плана"));
		}
		LocalDate on = null;
		try {
			on = LocalDate.parse(text(form.agreedOn()));
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("agreedOn", "Укажите дату согласования, например 20.12.2025"));
		}
		if (text(form.agreedWith()).length() > 500) {
			errors.add(new FieldError("agreedWith", "Не длиннее 500 знаков"));
		}
		UploadInspector.Inspected inspected = null;
		if (file != null && file.length > 0) {
			try {
				inspected = this.inspector.inspect(fileName, file, UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add(new FieldError("planFile", rejected.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		MeetingPlan plan = ensurePlan(municipalityId, year);
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		// checked first without the file, so that a refused agreement stores nothing
		plan.agree(on, form.agreedWith(), null, null, null, null, user.fullName(), this.clock.instant(), today);
		if (inspected != null) {
			plan.agree(on, form.agreedWith(), inspected.fileName(), inspected.contentType(), inspected.size(),
					this.storage.store("meeting-plans", file), user.fullName(), this.clock.instant(), today);
		}
	}

	private UploadInspector.Inspected inspect(String field, String fileName, byte[] file) {
		try {
			return this.inspector.inspect(fileName, file, UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES);
		}
		catch (UploadInspector.RejectedUpload rejected) {
			throw new InvalidInput(field, rejected.getMessage());
		}
	}

	private Meeting load(long meetingId) {
		return this.meetings.findById(meetingId).orElseThrow(() -> new NotFound("Встреча не найдена"));
	}

	private static void requirePlanned(Meeting meeting, String message) {
		if (meeting.getStatus() != MeetingStatus.PLANNED) {
			throw new InvalidInput(null, message);
		}
	}

	private static LocalTime time(String text) {
		try {
			return text(text).isEmpty() ? null : LocalTime.parse(text(text));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String text(String value) {
		return value == null ? "" : value.strip();
	}
}

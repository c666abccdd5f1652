package ru.nko.platform.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.NotFound;

/**
 * Planning meetings: one or a series, changes while planned, the agenda, cancellation,
 * and the plan of a year each meeting belongs to. Each method checks the caller's scope
 * and either succeeds whole or changes nothing.
 */
@Service
class MeetingPlanning {

	/** No more agenda items than this. */
	static final int MAX_AGENDA_ITEMS = 50;

	/** The sizes of an agenda item's columns: its title and speaker. */
	static final int MAX_AGENDA_TITLE = 500;

	static final int MAX_SPEAKER = 300;

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

	private final MeetingRepository meetings;

	private final MeetingAgendaRepository agenda;

	private final DirectoryManagement directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MeetingPlanning(MeetingRepository meetings, MeetingAgendaRepository agenda, DirectoryManagement directory,
			Clock clock, ApplicationEventPublisher events) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.directory = directory;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The planning form as typed; the repeat fields are used only when a meeting is
	 * created.
	 */
	record MeetingForm(String municipalityId, String type, String title, String date, String startTime, String endTime,
			String place, String onlineLink, String agenda, String repeat, String repeatCount, String repeatUntil) {

		static MeetingForm empty() {
			return new MeetingForm("", "", "", "", "", "", "", "", "", "NONE", "", "");
		}
	}

	/** What a checked planning form says. */
	private record Checked(Long municipalityId, MeetingType type, String title, ZonedDateTime start, Duration length,
			String place, String onlineLink, List<String[]> agenda, List<ZonedDateTime> starts) {
	}

	/**
	 * Plans one meeting, or a series of them at once; returns the ids, the first meeting
	 * first.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public List<Long> plan(MeetingForm form) {
		CurrentUser user = MeetingAccess.signedIn();
		Checked checked = check(form, true, user, null);
		Instant now = this.clock.instant();
		List<Meeting> created = new ArrayList<>();
		for (ZonedDateTime start : checked.starts()) {
			created.add(this.meetings.save(new Meeting(checked.municipalityId(), checked.type(), checked.title(),
					start.toInstant(), start.plus(checked.length()).toInstant(), checked.place(), checked.onlineLink(),
					user.fullName(), now)));
		}
		if (created.size() > 1) {
			long seriesId = created.get(0).getId();
			created.forEach(meeting -> meeting.joinSeries(seriesId));
		}
		List<MeetingAgendaItem> items = new ArrayList<>();
		for (Meeting meeting : created) {
			for (int i = 0; i < checked.agenda().size(); i++) {
				items.add(new MeetingAgendaItem(meeting.getId(), i + 1, checked.agenda().get(i)[0],
						checked.agenda().get(i)[1]));
			}
		}
		this.agenda.saveAll(items);
		created.forEach(meeting -> this.events.publishEvent(new MeetingPlanned(meeting.getId(), meeting.getType(),
				meeting.getMunicipalityId(), meeting.getStartsAt())));
		return created.stream().map(Meeting::getId).toList();
	}

	/**
	 * Whom the planning form offers: the municipalities where the user plans meetings
	 * (all of them for administrators and executors, who plan regional meetings about any
	 * municipality); refuses users who plan none.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public PlanningChoices planningChoices() {
		CurrentUser user = MeetingAccess.signedIn();
		List<MunicipalityRef> all = this.directory.municipalities();
		boolean region = MeetingAccess.canManage(user, MeetingType.LEADERS_REGIONAL, null);
		List<MunicipalityRef> municipalities = all.stream()
			.filter(m -> region || MeetingAccess.canManage(user, MeetingType.WORKING, m.id()))
			.toList();
		if (municipalities.isEmpty() && !region) {
			throw new AccessDenied(
					"Встречи планируют специалисты муниципальных образований, исполнители и администраторы");
		}
		List<MeetingType> types = Arrays.stream(MeetingType.values())
			.filter(type -> type.regional() ? region
					: municipalities.stream().anyMatch(m -> MeetingAccess.canManage(user, type, m.id())))
			.toList();
		return new PlanningChoices(municipalities, types);
	}

	/** What the planning form may offer this user. */
	record PlanningChoices(List<MunicipalityRef> municipalities, List<MeetingType> types) {
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
		MeetingForm sameWhere = new MeetingForm(
				meeting.getMunicipalityId() == null ? "" : meeting.getMunicipalityId().toString(), form.type(),
				form.title(), form.date(), form.startTime(), form.endTime(), form.place(), form.onlineLink(), "",
				"NONE", "", "");
		Checked checked = check(sameWhere, false, user,
				meeting.getStartsAt().atZone(this.clock.getZone()).toLocalDate());
		MeetingRescheduled before = new MeetingRescheduled(meeting.getId(), meeting.getStartsAt(), meeting.getEndsAt(),
				meeting.getPlace(), meeting.getOnlineLink());
		meeting.reschedule(checked.type(), checked.title(), checked.start().toInstant(),
				checked.start().plus(checked.length()).toInstant(), checked.place(), checked.onlineLink());
		this.events.publishEvent(before);
	}

	/**
	 * {@code currentDay}: the day a rescheduled meeting has now, which may stay as it is
	 * even if it has passed.
	 */
	private Checked check(MeetingForm form, boolean creating, CurrentUser user, LocalDate currentDay) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		MeetingType type = ListFilters.option(MeetingType.class, form.type());
		if (type == null) {
			errors.add("type", "Выберите вид встречи");
		}
		boolean noMunicipality = blank(form.municipalityId());
		Long municipalityId = ListFilters.id(form.municipalityId());
		if (!noMunicipality && municipalityId == null) {
			errors.add("municipalityId", "Выберите муниципальное образование из списка");
		}
		if (municipalityId != null && this.directory.municipality(municipalityId).isEmpty()) {
			throw new NotFound("Муниципальное образование не найдено");
		}
		if (noMunicipality && type != null && !type.regional()) {
			errors.add("municipalityId",
					"Выберите муниципальное образование: без него бывает только встреча с органами власти региона");
		}
		if (type != null && (municipalityId != null || type.regional())
				&& !MeetingAccess.canManage(user, type, municipalityId)) {
			throw new AccessDenied(
					type.regional() ? "Региональные встречи планируют администраторы и исполнители региона"
							: "Встречи планируют специалисты своего муниципального образования и администраторы");
		}
		String title = errors.required(form.title(), "title", "Название", "Укажите название встречи",
				Meeting.MAX_TITLE);
		LocalDate date = ListFilters.date(form.date());
		if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
			errors.add("date", "Укажите дату встречи, например 12.03.2026");
			date = null;
		}
		else if (date.isBefore(LocalDate.now(this.clock)) && !date.equals(currentDay)
				&& !MeetingAccess.mayPlanInThePast(user)) {
			// a missed quarter is not turned into a held one after the fact; past
			// meetings are loaded by the platform itself
			errors.add("date", "Дата встречи не может быть раньше сегодняшней: прошедшие встречи вносит администратор");
		}
		LocalTime startTime = time(form.startTime());
		if (startTime == null) {
			errors.add("startTime", "Укажите время начала, например 15:00");
		}
		LocalTime endTime = null;
		if (!blank(form.endTime())) {
			endTime = time(form.endTime());
			if (endTime == null) {
				errors.add("endTime", "Укажите время окончания, например 17:00, или оставьте пустым");
			}
			else if (startTime != null && !endTime.isAfter(startTime)) {
				errors.add("endTime", "Встреча должна заканчиваться позже, чем начинается");
			}
		}
		String place = errors.optional(form.place(), "place", "Место", Meeting.MAX_PLACE);
		String link = errors.optional(form.onlineLink(), "onlineLink", "Ссылка на онлайн-подключение",
				Meeting.MAX_PLACE);
		if (place == null && link == null) {
			errors.add("place", "Укажите место встречи или ссылку на онлайн-подключение");
		}
		if (link != null && link.length() <= Meeting.MAX_PLACE && !LINK.matcher(link).matches()) {
			errors.add("onlineLink",
					"Ссылка должна начинаться с https:// или http://, например https://vk.com/call/...");
		}
		List<String[]> items = new ArrayList<>();
		for (String line : (form.agenda() == null ? "" : form.agenda()).split("\\R")) {
			String item = line.strip();
			if (item.isEmpty()) {
				continue;
			}
			String[] parts = item.split("\\s+[—–-]\\s+", 2);
			String itemTitle = parts[0].strip();
			String speaker = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
			if (itemTitle.length() > MAX_AGENDA_TITLE || (speaker != null && speaker.length() > MAX_SPEAKER)) {
				errors.add("agenda", "Пункт повестки — не длиннее " + MAX_AGENDA_TITLE
						+ " знаков, докладчик — не длиннее " + MAX_SPEAKER);
				break;
			}
			items.add(new String[] { itemTitle, speaker });
		}
		if (items.size() > MAX_AGENDA_ITEMS) {
			errors.add("agenda", "В повестке не больше " + MAX_AGENDA_ITEMS + " пунктов");
		}
		List<ZonedDateTime> starts = List.of();
		ZonedDateTime start = date != null && startTime != null ? date.atTime(startTime).atZone(this.clock.getZone())
				: null;
		if (creating && start != null) {
			MeetingSeries.Frequency frequency = blank(form.repeat()) ? MeetingSeries.Frequency.NONE
					: ListFilters.option(MeetingSeries.Frequency.class, form.repeat());
			if (frequency == null) {
				errors.add("repeat", "Выберите, как повторять встречу");
				frequency = MeetingSeries.Frequency.NONE;
			}
			Integer count = null;
			LocalDate until = null;
			if (frequency != MeetingSeries.Frequency.NONE) {
				try {
					count = blank(form.repeatCount()) ? null : Integer.valueOf(form.repeatCount().strip());
				}
				catch (NumberFormatException ex) {
					errors.add("repeatCount", "Укажите число встреч цифрами, например 4");
				}
				until = ListFilters.date(form.repeatUntil());
				if (until == null && !blank(form.repeatUntil())) {
					errors.add("repeatUntil", "Укажите дату окончания серии, например 31.12.2027");
				}
			}
			try {
				starts = MeetingSeries.starts(start, frequency, count, until);
			}
			catch (InvalidInput invalid) {
				invalid.errors().forEach(e -> errors.add(e.field(), e.message()));
			}
		}
		errors.throwIfAny();
		Duration length = endTime == null ? Duration.ofHours(2) : Duration.between(startTime, endTime);
		return new Checked(municipalityId, type, title, start, length, place, link, items, starts);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void addAgendaItem(long meetingId, String title, String speaker) {
		Meeting meeting = load(meetingId);
		MeetingAccess.requireManager(meeting);
		requirePlanned(meeting, "Повестку меняют до встречи");
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String itemTitle = errors.required(title, "agendaTitle", "Пункт повестки", "Укажите пункт повестки",
				MAX_AGENDA_TITLE);
		String itemSpeaker = errors.optional(speaker, "agendaSpeaker", "Докладчик", MAX_SPEAKER);
		List<MeetingAgendaItem> current = this.agenda.current(meetingId);
		if (current.size() >= MAX_AGENDA_ITEMS) {
			errors.add("agendaTitle", "В повестке не больше " + MAX_AGENDA_ITEMS + " пунктов");
		}
		errors.throwIfAny();
		int next = current.stream().mapToInt(MeetingAgendaItem::getPosition).max().orElse(0) + 1;
		this.agenda.save(new MeetingAgendaItem(meetingId, next, itemTitle, itemSpeaker));
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
		return this.agenda.findById(itemId)
			.filter(item -> item.getMeetingId() == meetingId)
			.orElseThrow(() -> new NotFound("Пункт повестки не найден"));
	}

	/**
	 * Cancels the meeting, or it and the rest of its series still planned; returns how
	 * many were cancelled.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public int cancel(long meetingId, String reason, boolean andFollowing) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		Instant now = this.clock.instant();
		meeting.cancel(reason, user.fullName(), now);
		this.events.publishEvent(new MeetingCancelled(meeting.getId()));
		int cancelled = 1;
		if (andFollowing && meeting.getSeriesId() != null) {
			for (Meeting next : this.meetings.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(
					meeting.getSeriesId(), meeting.getStartsAt())) {
				if (next != meeting && next.getStatus() == MeetingStatus.PLANNED) {
					next.cancel(reason, user.fullName(), now);
					this.events.publishEvent(new MeetingCancelled(next.getId()));
					cancelled++;
				}
			}
		}
		return cancelled;
	}

	private Meeting load(long meetingId) {
		return this.meetings.findById(meetingId).orElseThrow(() -> new NotFound("Встреча не найдена"));
	}

	static void requirePlanned(Meeting meeting, String message) {
		if (meeting.getStatus() != MeetingStatus.PLANNED) {
			throw new InvalidInput(null, message);
		}
	}

	/** A time as the browser's time field sends it (15:00), or null. */
	private static LocalTime time(String value) {
		try {
			return blank(value) ? null : LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

package ru.nko.platform.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.decisions.DecisionChoices;
import ru.nko.platform.decisions.DecisionManagement;
import ru.nko.platform.decisions.DecisionView;
import ru.nko.platform.decisions.MeetingFacts;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.meetingdocuments.MeetingDocumentFile;
import ru.nko.platform.meetingdocuments.MeetingDocumentView;
import ru.nko.platform.meetingdocuments.MeetingDocuments;
import ru.nko.platform.registrations.ParticipantMarks;
import ru.nko.platform.registrations.Participation.AttendanceRow;
import ru.nko.platform.registrations.Participation.InvitationView;
import ru.nko.platform.registrations.Participation.MyOrganization;
import ru.nko.platform.registrations.Participation.RegistrationView;
import ru.nko.platform.registrations.Participation;
import ru.nko.platform.registrations.RegistrationManagement;
import ru.nko.platform.shared.time.Quarter;
import ru.nko.platform.system.AuditHistory;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.NotFound;

/**
 * What the meeting pages show: the list with filters, a municipality's year of meetings
 * by quarter, and a meeting's card with what the viewer may see of it (names of
 * participants only to the organisers and the registrant). Each page runs a fixed number
 * of queries, whatever the number of rows.
 */
@Service
class MeetingQueries {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.', HH:mm", RU);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", RU);

	/** The most organisations offered for invitation at once. */
	static final int INVITABLE_LIMIT = 300;

	private final EntityManager entityManager;

	private final MeetingRepository meetings;

	private final MeetingAgendaRepository agenda;

	private final RegistrationManagement registrations;

	private final DecisionManagement decisions;

	private final MeetingDocuments documents;

	private final DirectoryManagement directory;

	private final AuditHistory auditHistory;

	private final Clock clock;

	MeetingQueries(EntityManager entityManager, MeetingRepository meetings, MeetingAgendaRepository agenda,
			RegistrationManagement registrations, DecisionManagement decisions, MeetingDocuments documents,
			DirectoryManagement directory, AuditHistory auditHistory, Clock clock) {
		this.entityManager = entityManager;
		this.meetings = meetings;
		this.agenda = agenda;
		this.registrations = registrations;
		this.decisions = decisions;
		this.documents = documents;
		this.directory = directory;
		this.auditHistory = auditHistory;
		this.clock = clock;
	}

	/** "12 марта 2026 г., 15:00–17:00" (the end in full if it falls on another day). */
	static String when(Instant startsAt, Instant endsAt, ZoneId zone) {
		ZonedDateTime start = startsAt.atZone(zone);
		ZonedDateTime end = endsAt.atZone(zone);
		return DATE_TIME.format(start) + "–"
				+ (end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end) : DATE_TIME.format(end));
	}

	/**
	 * How the list is ordered: coming meetings first (soonest first, then the past,
	 * latest first), or by date.
	 */
	enum Sort {

		UPCOMING, EARLIEST, LATEST

	}

	/** The list's filters; a quarter "2026-4" wins over the from–to dates. */
	record Filter(Long municipalityId, MeetingType type, MeetingStatus status, LocalDate from, LocalDate to,
			String quarter, Sort sort, boolean mine) {

		public boolean any() {
			return this.municipalityId != null || this.type != null || this.status != null || this.from != null
					|| this.to != null || this.quarter != null || this.mine;
		}
	}

	/** One meeting in a list. */
	@Transactional(readOnly = true)
	public Page<MeetingRow> search(Filter filter, Pageable pageable) {
		CurrentUser user = MeetingAccess.user().orElse(null);
		Set<Long> mine = MeetingAccess.organizations(user);
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> parameters = new HashMap<>();
		if (filter.municipalityId() != null) {
			where.append(" and m.municipalityId = :municipality");
			parameters.put("municipality", filter.municipalityId());
		}
		if (filter.type() != null) {
			where.append(" and m.type = :type");
			parameters.put("type", filter.type());
		}
		if (filter.status() != null) {
			where.append(" and m.status = :status");
			parameters.put("status", filter.status());
		}
		LocalDate from = filter.from();
		LocalDate to = filter.to();
		Optional<Quarter> quarter = Quarter.parse(filter.quarter());
		if (quarter.isPresent()) {
			from = quarter.get().firstDay();
			to = quarter.get().lastDay();
		}
		if (from != null) {
			where.append(" and m.startsAt >= :from");
			parameters.put("from", from.atStartOfDay(this.clock.getZone()).toInstant());
		}
		if (to != null) {
			where.append(" and m.startsAt < :to");
			parameters.put("to", to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant());
		}
		if (filter.mine()) {
			if (mine.isEmpty()) {
				where.append(" and 1 = 0");
			}
			else {
				Set<Long> taking = this.registrations.meetingsOf(mine);
				where.append(taking.isEmpty() ? " and 1 = 0" : " and m.id in :taking");
				if (!taking.isEmpty()) {
					parameters.put("taking", taking);
				}
			}
		}
		// counted up to one past the cap (ListFilters.COUNT_CAP), from the ids alone
		TypedQuery<Long> count = this.entityManager.createQuery("select m.id from Meeting m" + where, Long.class);
		parameters.forEach(count::setParameter);
		count.setMaxResults(ListFilters.COUNT_CAP + 1);
		long total = count.getResultList().size();
		if (total == 0 || (total <= ListFilters.COUNT_CAP && pageable.getOffset() >= total)) {
			// a page past the end (or a page number too large for an offset) is simply
			// empty
			return new PageImpl<>(List.of(), pageable, total);
		}
		Sort sort = filter.sort() == null ? Sort.UPCOMING : filter.sort();
		if (sort != Sort.UPCOMING) {
			String order = sort == Sort.EARLIEST ? " order by m.startsAt asc, m.id asc"
					: " order by m.startsAt desc, m.id desc";
			return new PageImpl<>(
					rows(page(where + order, parameters, pageable.getOffset(), pageable.getPageSize()), mine), pageable,
					total);
		}
		// upcoming first (soonest first), then the past (latest first): two ranges of the
		// start-time index instead of sorting every meeting on each page
		Map<String, Object> withNow = new HashMap<>(parameters);
		withNow.put("now", this.clock.instant());
		TypedQuery<Long> upcomingCount = this.entityManager
			.createQuery("select count(m) from Meeting m" + where + " and m.startsAt >= :now", Long.class);
		withNow.forEach(upcomingCount::setParameter);
		long upcoming = upcomingCount.getSingleResult();
		// both ranges are always read (the same statements on every page); the page is
		// what is left of the upcoming ones, then the past ones
		List<Meeting> found = new ArrayList<>(page(where + " and m.startsAt >= :now order by m.startsAt asc, m.id asc",
				withNow, Math.min(pageable.getOffset(), upcoming), pageable.getPageSize()));
		found.addAll(page(where + " and m.startsAt < :now order by m.startsAt desc, m.id desc", withNow,
				Math.max(0, pageable.getOffset() - upcoming), pageable.getPageSize()));
		return new PageImpl<>(rows(found.subList(0, Math.min(found.size(), pageable.getPageSize())), mine), pageable,
				total);
	}

	private List<Meeting> page(String whereAndOrder, Map<String, Object> parameters, long offset, int size) {
		TypedQuery<Meeting> page = this.entityManager.createQuery("select m from Meeting m" + whereAndOrder,
				Meeting.class);
		parameters.forEach(page::setParameter);
		page.setFirstResult((int) offset);
		page.setMaxResults(size);
		return page.getResultList();
	}

	private List<MeetingRow> rows(List<Meeting> found, Set<Long> mine) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = municipalityNames();
		List<Long> ids = found.stream().map(Meeting::getId).toList();
		Map<Long, Long> counts = this.registrations.registrationCounts(ids);
		ParticipantMarks marks = this.registrations.marks(ids, mine);
		return found.stream()
			.map(m -> new MeetingRow(m.getId(), m.getMunicipalityId(),
					m.getMunicipalityId() == null ? null : names.get(m.getMunicipalityId()), m.getType(), m.getTitle(),
					when(m.getStartsAt(), m.getEndsAt(), this.clock.getZone()), m.getStartsAt(), m.getPlace(),
					m.getOnlineLink(), m.getStatus(), counts.getOrDefault(m.getId(), 0L),
					marks.invited().contains(m.getId()), marks.registered().contains(m.getId())))
			.toList();
	}

	private Map<Long, String> municipalityNames() {
		return this.directory.municipalities()
			.stream()
			.collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name));
	}

	@Transactional(readOnly = true)
	public MunicipalityRef municipality(long id) {
		return this.directory.municipality(id).orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
	}

	/** Choices for the list's municipality filter and the planning form. */
	@Transactional(readOnly = true)
	public List<MunicipalityRef> municipalities() {
		return this.directory.municipalities();
	}

	// ---------------------------------------------------------------- a municipality's
	// year

	/**
	 * A municipality's meetings starting in a year, earliest first, marked for the
	 * viewer's organisations.
	 */
	@Transactional(readOnly = true)
	public List<MeetingRow> ofYear(long municipalityId, int year) {
		MunicipalityRef municipality = this.directory.municipality(municipalityId)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(this.clock.getZone()).toInstant();
		Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(this.clock.getZone()).toInstant();
		List<Meeting> found = this.meetings
			.findByMunicipalityIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(municipalityId, from,
					to);
		return rowsWithName(found, municipality, MeetingAccess.organizations(MeetingAccess.user().orElse(null)));
	}

	private List<MeetingRow> rowsWithName(List<Meeting> found, MunicipalityRef municipality, Set<Long> mine) {
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(Meeting::getId).toList();
		Map<Long, Long> counts = this.registrations.registrationCounts(ids);
		ParticipantMarks marks = this.registrations.marks(ids, mine);
		return found.stream()
			.map(m -> new MeetingRow(m.getId(), m.getMunicipalityId(), municipality.name(), m.getType(), m.getTitle(),
					when(m.getStartsAt(), m.getEndsAt(), this.clock.getZone()), m.getStartsAt(), m.getPlace(),
					m.getOnlineLink(), m.getStatus(), counts.getOrDefault(m.getId(), 0L),
					marks.invited().contains(m.getId()), marks.registered().contains(m.getId())))
			.toList();
	}

	// ---------------------------------------------------------------- one meeting

	/** A meeting's own fields, as shown and as the edit form needs them. */
	record MeetingView(long id, Long municipalityId, String municipality, MeetingType type, String title, String when,
			Instant startsAt, Instant endsAt, String place, String onlineLink, MeetingStatus status, Long seriesId,
			int otherParticipants, String minutes, String minutesFileName, String minutesBy, Instant minutesAt,
			Instant closedAt, String closedBy, String cancelReason, Instant cancelledAt, int year, int quarter,
			boolean started, boolean hasMinutes) {
	}

	/** An agenda item. */
	record AgendaView(long id, int number, String title, String speaker) {
	}

	/** The card of a meeting for this viewer. */
	record Card(MeetingView meeting, List<AgendaView> agenda, boolean canManage, boolean registrationOpen,
			long registrationCount, List<RegistrationView> registrations, List<MyOrganization> myOrganizations,
			List<InvitationView> invitations, List<OrganizationRef> invitable, Long inviteFrom,
			List<AttendanceRow> attendance, long attendedOrganizations, long attendedPeople, boolean showResults,
			List<DecisionView> decisions, List<MeetingDocumentView> documents, DecisionChoices decisionChoices,
			long seriesFollowing, List<AuditHistory.Entry> history) {
	}

	@Transactional(readOnly = true)
	public MeetingView meeting(long meetingId) {
		Meeting meeting = load(meetingId);
		return view(meeting, meeting.getMunicipalityId() == null ? null
				: this.directory.municipality(meeting.getMunicipalityId()).map(MunicipalityRef::name).orElse(null));
	}

	@Transactional(readOnly = true)
	public Card card(long meetingId, Long inviteFrom) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.user().orElse(null);
		boolean manager = MeetingAccess.canManage(user, meeting);
		Set<Long> mine = MeetingAccess.organizations(user);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		String municipality = meeting.getMunicipalityId() == null ? null
				: this.directory.municipality(meeting.getMunicipalityId()).map(MunicipalityRef::name).orElse(null);
		MeetingView view = view(meeting, municipality);

		List<AgendaView> agendaViews = new ArrayList<>();
		List<MeetingAgendaItem> items = this.agenda.current(meetingId);
		for (int i = 0; i < items.size(); i++) {
			agendaViews
				.add(new AgendaView(items.get(i).getId(), i + 1, items.get(i).getTitle(), items.get(i).getSpeaker()));
		}
		Participation participation = this.registrations.participation(meetingId, manager, mine,
				meeting.getStatus() == MeetingStatus.HELD || meeting.getStatus() == MeetingStatus.CLOSED);
		List<OrganizationRef> invitable = List.of();
		Long inviteSource = meeting.getMunicipalityId() != null ? meeting.getMunicipalityId() : inviteFrom;
		if (manager && meeting.getStatus() == MeetingStatus.PLANNED && inviteSource != null) {
			invitable = this.directory.organizationsIn(inviteSource, INVITABLE_LIMIT)
				.stream()
				.filter(o -> !participation.invitedIds().contains(o.id()))
				.toList();
		}

		boolean showResults = manager || meeting.getStatus() == MeetingStatus.CLOSED;
		List<DecisionView> decisionViews = showResults ? this.decisions.ofMeeting(meetingId, manager) : List.of();
		List<MeetingDocumentView> documentViews = this.documents.ofMeeting(meetingId, manager);
		DecisionChoices choices = manager && meeting.getStatus() == MeetingStatus.HELD
				? this.decisions.choices(new MeetingFacts(meetingId, meeting.getMunicipalityId(),
						meeting.getStartsAt().atZone(this.clock.getZone()).toLocalDate(), meeting.regional()))
				: DecisionChoices.NONE;
		long following = 0;
		if (manager && meeting.getSeriesId() != null && meeting.getStatus() == MeetingStatus.PLANNED) {
			following = this.meetings
				.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(meeting.getSeriesId(),
						meeting.getStartsAt())
				.stream()
				.filter(m -> m != meeting && m.getStatus() == MeetingStatus.PLANNED)
				.count();
		}
		List<AuditHistory.Entry> history = manager
				? this.auditHistory.history(Meeting.class, meetingId, "meeting.field.", HISTORY_FIELDS) : List.of();
		return new Card(view, agendaViews, manager, meeting.openForRegistration(now), participation.registrationCount(),
				participation.registrations(), participation.myOrganizations(), participation.invitations(), invitable,
				inviteSource, participation.attendance(), participation.attendedOrganizations(),
				participation.attendedPeople() + meeting.getOtherParticipants(), showResults, decisionViews,
				documentViews, choices, following, history);
	}

	/**
	 * The fields of a meeting its history shows, labelled from the bundle
	 * ({@code meeting.field.*}).
	 */
	private static final List<String> HISTORY_FIELDS = List.of("type", "title", "startsAt", "endsAt", "place",
			"onlineLink", "status", "otherParticipants", "minutes", "minutesFileName", "cancelReason");

	private MeetingView view(Meeting m, String municipality) {
		return new MeetingView(m.getId(), m.getMunicipalityId(), municipality, m.getType(), m.getTitle(),
				when(m.getStartsAt(), m.getEndsAt(), this.clock.getZone()), m.getStartsAt(), m.getEndsAt(),
				m.getPlace(), m.getOnlineLink(), m.getStatus(), m.getSeriesId(), m.getOtherParticipants(),
				m.getMinutes(), m.getMinutesFileName(), m.getMinutesBy(), m.getMinutesAt(), m.getClosedAt(),
				m.getClosedBy(), m.getCancelReason(), m.getCancelledAt(),
				m.getStartsAt().atZone(this.clock.getZone()).getYear(),
				Quarter.of(m.getStartsAt(), this.clock.getZone()).quarter(),
				!this.clock.instant().isBefore(m.getStartsAt()), m.hasMinutes());
	}

	/**
	 * A stored file to send back; {@code restricted} when only the organisers may fetch
	 * it (kept out of shared caches).
	 */
	record FileContent(String fileName, String contentType, String key, boolean restricted) {
	}

	/** A document: public ones to everybody, internal ones to the organisers only. */
	@Transactional(readOnly = true)
	public FileContent document(long meetingId, long documentId) {
		Meeting meeting = load(meetingId);
		MeetingDocumentFile document = this.documents.file(meetingId, documentId,
				MeetingAccess.canManage(MeetingAccess.user().orElse(null), meeting));
		return new FileContent(document.fileName(), document.contentType(), document.key(), document.internal());
	}

	/**
	 * The signed minutes: public once the meeting is closed, to the organisers before.
	 */
	@Transactional(readOnly = true)
	public FileContent minutesFile(long meetingId) {
		Meeting meeting = load(meetingId);
		if (meeting.getMinutesFileKey() == null || (meeting.getStatus() != MeetingStatus.CLOSED
				&& !MeetingAccess.canManage(MeetingAccess.user().orElse(null), meeting))) {
			throw new NotFound("Файл протокола не найден");
		}
		return new FileContent(meeting.getMinutesFileName(), meeting.getMinutesFileType(), meeting.getMinutesFileKey(),
				meeting.getStatus() != MeetingStatus.CLOSED);
	}

	private Meeting load(long meetingId) {
		return this.meetings.findById(meetingId).orElseThrow(() -> new NotFound("Встреча не найдена"));
	}

}

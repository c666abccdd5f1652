package ru.nko.platform.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.decisions.DecisionManagement;
import ru.nko.platform.decisions.MeetingFacts;
import ru.nko.platform.decisions.OpenDecisions;
import ru.nko.platform.decisions.PastDecision;
import ru.nko.platform.registrations.PastParticipation;
import ru.nko.platform.registrations.PastRegistration;
import ru.nko.platform.registrations.RegistrationManagement;

/**
 * What other parts of the platform (compliance matrix, indicators, reports, the REST API,
 * e-mail) read of meetings, the iCalendar files, and loading past meetings (demo and
 * start-up data). Reads give only public data and check no caller; each runs a fixed
 * number of queries.
 */
@Service
class Meetings {

	private final EntityManager entityManager;

	private final MeetingRepository meetings;

	private final MeetingAgendaRepository agenda;

	private final RegistrationManagement registrations;

	private final DecisionManagement decisions;

	private final Clock clock;

	Meetings(EntityManager entityManager, MeetingRepository meetings, MeetingAgendaRepository agenda,
			RegistrationManagement registrations, DecisionManagement decisions, Clock clock) {
		this.entityManager = entityManager;
		this.meetings = meetings;
		this.agenda = agenda;
		this.registrations = registrations;
		this.decisions = decisions;
		this.clock = clock;
	}

	/**
	 * Meetings that start on the days from–to (inclusive, Moscow time), all statuses,
	 * earliest first; {@code municipalityId} null for all municipalities and the region's
	 * own meetings.
	 */
	@Transactional(readOnly = true)
	public List<MeetingSummary> between(Long municipalityId, LocalDate from, LocalDate to) {
		StringBuilder query = new StringBuilder("select m from Meeting m where 1 = 1");
		Map<String, Object> parameters = new HashMap<>();
		if (municipalityId != null) {
			query.append(" and m.municipalityId = :municipality");
			parameters.put("municipality", municipalityId);
		}
		if (from != null) {
			query.append(" and m.startsAt >= :from");
			parameters.put("from", from.atStartOfDay(this.clock.getZone()).toInstant());
		}
		if (to != null) {
			query.append(" and m.startsAt < :to");
			parameters.put("to", to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant());
		}
		var typed = this.entityManager.createQuery(query + " order by m.startsAt, m.id", Meeting.class);
		parameters.forEach(typed::setParameter);
		List<Meeting> found = typed.getResultList();
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(Meeting::getId).toList();
		Map<Long, Long> registered = this.registrations.registrationCounts(ids);
		Map<Long, OpenDecisions> open = this.decisions.open(ids);
		return found.stream()
			.map(m -> new MeetingSummary(m.getId(), m.getMunicipalityId(), m.getType(), m.getTitle(),
					m.getStartsAt().atZone(this.clock.getZone()).toOffsetDateTime(),
					m.getEndsAt().atZone(this.clock.getZone()).toOffsetDateTime(), m.getPlace(), m.getOnlineLink(),
					m.getStatus(), registered.getOrDefault(m.getId(), 0L).intValue(),
					open.getOrDefault(m.getId(), OpenDecisions.NONE).open(),
					open.getOrDefault(m.getId(), OpenDecisions.NONE).overdue()))
			.toList();
	}

	/**
	 * For a year: per municipality and quarter (1–4, Moscow time) the working meetings
	 * (1.5) closed with minutes (the only ones that count as held), held without minutes
	 * yet, and still planned. Quarters without any such meeting are absent. One query.
	 */
	@Transactional(readOnly = true)
	public List<MeetingQuarterCount> workingMeetingsByQuarter(int year) {
		return workingMeetingsByQuarter(year, null);
	}

	/**
	 * As {@link #workingMeetingsByQuarter(int)}, for these municipalities only (null: all
	 * of them): an officer's tasks need their own, not a country's.
	 */
	@Transactional(readOnly = true)
	public List<MeetingQuarterCount> workingMeetingsByQuarter(int year, Collection<Long> municipalityIds) {
		if (municipalityIds != null && municipalityIds.isEmpty()) {
			return List.of();
		}
		Query query = this.entityManager
			.createNativeQuery(
					"""
							select municipality_id, cast(extract(quarter from starts_at at time zone 'Europe/Moscow') as integer) as q,
							       count(*) filter (where status = 'CLOSED'), count(*) filter (where status = 'HELD'), count(*) filter (where status = 'PLANNED')
							from meeting
							where type = 'WORKING' and municipality_id is not null and starts_at >= ?1 and starts_at < ?2"""
							+ (municipalityIds == null ? "" : " and municipality_id in (?3)") + """

									group by municipality_id, q
									order by municipality_id, q""")
			.setParameter(1, LocalDate.of(year, 1, 1).atStartOfDay(this.clock.getZone()).toInstant())
			.setParameter(2, LocalDate.of(year + 1, 1, 1).atStartOfDay(this.clock.getZone()).toInstant());
		if (municipalityIds != null) {
			query.setParameter(3, municipalityIds);
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = query.getResultList();
		List<MeetingQuarterCount> counts = new ArrayList<>();
		for (Object[] row : rows) {
			counts.add(new MeetingQuarterCount(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
					((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue()));
		}
		return counts;
	}

	/**
	 * The meeting as letters describe it, as stored now (pending changes written first,
	 * so the version is this change's).
	 */
	@Transactional
	public Optional<MeetingLetter> letter(long meetingId) {
		this.entityManager.flush();
		return this.meetings.findById(meetingId).map(m -> letter(m, this.agenda.current(meetingId)));
	}

	private static MeetingLetter letter(Meeting m, List<MeetingAgendaItem> agenda) {
		return new MeetingLetter(m.getId(), m.getMunicipalityId(), m.getType(), m.getTitle(), m.getStartsAt(),
				m.getEndsAt(), m.getPlace(), m.getOnlineLink(), m.getStatus(), m.getCancelReason(), m.getVersion(),
				agenda.stream().map(a -> new MeetingLetter.AgendaLine(a.getTitle(), a.getSpeaker())).toList());
	}

	/**
	 * Planned meetings starting after {@code from} and no later than {@code until},
	 * soonest first.
	 */
	@Transactional(readOnly = true)
	public List<Long> plannedStarting(Instant from, Instant until) {
		return this.entityManager.createQuery(
				"select m.id from Meeting m where m.status = :planned and m.startsAt > :from and m.startsAt <= :until order by m.startsAt",
				Long.class)
			.setParameter("planned", MeetingStatus.PLANNED)
			.setParameter("from", from)
			.setParameter("until", until)
			.getResultList();
	}

	/**
	 * A municipality's meetings starting since a moment, earliest first, as letters
	 * describe them; three queries.
	 */
	@Transactional(readOnly = true)
	public List<MeetingLetter> lettersSince(long municipalityId, Instant since) {
		List<Meeting> found = this.meetings
			.findByMunicipalityIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(municipalityId, since);
		Map<Long, List<MeetingAgendaItem>> agendas = found.isEmpty() ? Map.of()
				: this.agenda.current(found.stream().map(Meeting::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(MeetingAgendaItem::getMeetingId));
		return found.stream().map(m -> letter(m, agendas.getOrDefault(m.getId(), List.of()))).toList();
	}

	// ---------------------------------------------------------------- past meetings
	// (start-up and demo data)

	/**
	 * A meeting to load as it happened (or as it is planned): status PLANNED, HELD,
	 * CLOSED or CANCELLED (with {@code cancelReason}); attendance for held and closed
	 * ones; minutes for closed ones.
	 */
	public record PastMeeting(Long municipalityId, MeetingType type, String title, OffsetDateTime startsAt,
			Duration length, String place, String onlineLink, MeetingStatus status, String cancelReason,
			List<String> agenda, List<Long> invited, List<PastRegistration> registrations, Map<Long, Integer> attended,
			int otherParticipants, String minutes, List<PastDecision> decisions, String organisedBy) {
	}

	/**
	 * Loads meetings as they happened, in batches: for start-up and demo data, run as an
	 * administrator (the platform itself). The business rules still hold (no closing
	 * without minutes, no attendance before the start).
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public int loadPast(List<PastMeeting> past) {
		List<Meeting> created = new ArrayList<>();
		for (PastMeeting p : past) {
			Instant start = p.startsAt().toInstant();
			created.add(new Meeting(p.municipalityId(), p.type(), p.title(), start, start.plus(p.length()), p.place(),
					p.onlineLink(), p.organisedBy(), start.minus(Duration.ofDays(30))));
		}
		this.meetings.saveAll(created);
		List<MeetingAgendaItem> items = new ArrayList<>();
		for (int i = 0; i < past.size(); i++) {
			PastMeeting p = past.get(i);
			Meeting meeting = created.get(i);
			long id = meeting.getId();
			Instant start = meeting.getStartsAt();
			for (int n = 0; n < p.agenda().size(); n++) {
				items.add(new MeetingAgendaItem(id, n + 1, p.agenda().get(n), null));
			}
			boolean held = p.status() == MeetingStatus.HELD || p.status() == MeetingStatus.CLOSED;
			this.registrations.loadPast(id, new PastParticipation(p.invited(), p.registrations(),
					held ? p.attended() : Map.of(), p.organisedBy(), start));
			switch (p.status()) {
				case CANCELLED -> meeting.cancel(p.cancelReason(), p.organisedBy(), start.minus(Duration.ofDays(3)));
				case HELD, CLOSED -> {
					Instant after = meeting.getEndsAt();
					meeting.recordAttendance(p.otherParticipants(), after);
					if (p.status() == MeetingStatus.CLOSED) {
						meeting.recordMinutes(p.minutes(), null, null, null, null, p.organisedBy(),
								after.plus(Duration.ofDays(2)));
						meeting.close(p.organisedBy(), after.plus(Duration.ofDays(3)));
					}
					if (!p.decisions().isEmpty()) {
						this.decisions.loadPast(
								new MeetingFacts(id, p.municipalityId(),
										start.atZone(this.clock.getZone()).toLocalDate(), meeting.regional()),
								p.decisions(), p.organisedBy(), after);
					}
				}
				default -> {
				}
			}
		}
		this.agenda.saveAll(items);
		return created.size();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}

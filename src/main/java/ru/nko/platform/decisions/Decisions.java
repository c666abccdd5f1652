package ru.nko.platform.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.actionplans.ActionPlanManagement;
import ru.nko.platform.problems.ProblemManagement;
import ru.nko.platform.problems.ProblemRef;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.NotFound;

/**
 * Decisions of meetings and their execution: recorded after a meeting with an owner and a
 * due date, optionally tied to a problem or an action-plan item of the municipality, then
 * done on a day or withdrawn with a reason; counted open, overdue and done on time. The
 * meetings module checks who may change a meeting's decisions.
 */
@Service
class Decisions {

	private final DecisionRepository decisions;

	private final EntityManager entityManager;

	private final ProblemManagement problems;

	private final ActionPlanManagement actionPlans;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Decisions(DecisionRepository decisions, EntityManager entityManager, ProblemManagement problems,
			ActionPlanManagement actionPlans, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.decisions = decisions;
		this.entityManager = entityManager;
		this.problems = problems;
		this.actionPlans = actionPlans;
		this.clock = clock;
	}

	/**
	 * The plans a meeting's decisions may advance: those of the meeting's year and the
	 * next.
	 */
	private static final String SHORT_TEXT = "Сформулируйте решение (от " + MeetingDecision.MIN_TEXT + " до "
			+ MeetingDecision.MAX_TEXT + " знаков)";

	static List<Integer> planYears(LocalDate meetingDay) {
		return List.of(meetingDay.getYear(), meetingDay.getYear() + 1);
	}

	@Transactional
	long record(MeetingFacts meeting, DecisionForm form, String byName) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String decision = errors.required(form.text(), "decisionText", "Решение", SHORT_TEXT, MeetingDecision.MAX_TEXT);
		if (decision != null && decision.length() < MeetingDecision.MIN_TEXT) {
			errors.add("decisionText", SHORT_TEXT);
		}
		String owner = errors.required(form.owner(), "decisionOwner", "Ответственный",
				"Укажите, кто отвечает за исполнение: орган, организацию или человека", MeetingDecision.MAX_OWNER);
		LocalDate due = errors.date(form.dueDate(), "decisionDue", "Укажите срок исполнения", "31.03.2027");
		if (due != null && due.isBefore(meeting.day())) {
			errors.add("decisionDue", "Срок исполнения не может быть раньше дня встречи");
		}
		Long problemId = chosen(form.problemId(), "decisionProblem", "Выберите проблему из списка", errors);
		if (problemId != null && (meeting.municipalityId() == null
				|| this.problems.plannable(meeting.municipalityId()).stream().noneMatch(p -> p.id() == problemId))) {
			errors.add("decisionProblem", "Выберите проблему этого муниципального образования из списка");
		}
		Long planItemId = chosen(form.planItemId(), "decisionPlanItem", "Выберите мероприятие плана из списка", errors);
		if (planItemId != null && (meeting.municipalityId() == null
				|| this.actionPlans.openItems(meeting.municipalityId(), planYears(meeting.day()))
					.stream()
					.noneMatch(item -> item.id() == planItemId))) {
			errors.add("decisionPlanItem", "Выберите невыполненное мероприятие плана этого муниципального образования");
		}
		errors.throwIfAny();
		long id = this.decisions
			.save(new MeetingDecision(meeting, decision, owner, due, problemId, planItemId, byName,
					this.clock.instant()))
			.getId();
		this.events.publishEvent(new DecisionChanged(meeting.meetingId(), id));
		return id;
	}

	/**
	 * Marks a decision done or withdraws it; the errors name that decision's own fields
	 * ({@code decision-<id>-doneAt}, {@code -doneNote}, {@code -note}), as each decision
	 * on a meeting's page has a form of its own.
	 */
	@Transactional
	void settle(long meetingId, long decisionId, DecisionStatus outcome, String doneAt, String note) {
		try {
			settleOrRefuse(meetingId, decisionId, outcome, doneAt, note);
		}
		catch (InvalidInput invalid) {
			InvalidInput.Errors renamed = new InvalidInput.Errors();
			invalid.errors()
				.forEach(e -> renamed.add(
						e.field() == null ? null : "decision-" + decisionId + "-"
								+ (outcome == DecisionStatus.DONE && "note".equals(e.field()) ? "doneNote" : e.field()),
						e.message()));
			renamed.throwIfAny();
		}
	}

	private void settleOrRefuse(long meetingId, long decisionId, DecisionStatus outcome, String doneAt, String note) {
		MeetingDecision decision = this.decisions.findById(decisionId)
			.filter(d -> d.getMeetingId() == meetingId)
			.orElseThrow(() -> new NotFound("Решение не найдено"));
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String text = errors.optional(note, "note",
				outcome == DecisionStatus.DONE ? "Что сделано" : "Почему снимается с исполнения",
				MeetingDecision.MAX_NOTE);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate on = today;
		if (outcome == DecisionStatus.DONE && doneAt != null && !doneAt.isBlank()) {
			on = errors.date(doneAt, "doneAt", "Укажите дату исполнения", "15.01.2027");
		}
		errors.throwIfAny();
		if (outcome == DecisionStatus.DONE) {
			decision.markDone(on, text, today);
		}
		else if (outcome == DecisionStatus.CANCELLED) {
			decision.cancel(text);
		}
		else {
			throw new InvalidInput(null, "Решение можно отметить исполненным или снять с исполнения");
		}
		this.events.publishEvent(new DecisionChanged(meetingId, decisionId));
	}

	/**
	 * A meeting's decisions in order; a linked problem is named only while public, unless
	 * {@code organiser}.
	 */
	@Transactional(readOnly = true)
	List<DecisionView> ofMeeting(long meetingId, boolean organiser) {
		List<MeetingDecision> found = this.decisions.findByMeetingIdOrderByIdAsc(meetingId);
		if (found.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, String> problemTitles = this.problems.refs(
				found.stream().map(MeetingDecision::getProblemId).filter(Objects::nonNull).collect(Collectors.toSet()))
			.stream()
			.filter(p -> organiser || p.status().isPublic())
			.collect(Collectors.toMap(ProblemRef::id, ProblemRef::title));
		Map<Long, String> itemTitles = this.actionPlans.itemTitles(found.stream()
			.map(MeetingDecision::getPlanItemId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		List<DecisionView> views = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			MeetingDecision d = found.get(i);
			views.add(new DecisionView(d.getId(), i + 1, d.getText(), d.getOwner(), d.getDueDate(), d.getStatus(),
					d.overdueOn(today), d.getDoneAt(), d.getNote(),
					problemTitles.containsKey(d.getProblemId()) ? d.getProblemId() : null,
					d.getProblemId() == null ? null : problemTitles.get(d.getProblemId()), d.getPlanItemId(),
					d.getPlanItemId() == null ? null : itemTitles.get(d.getPlanItemId())));
		}
		return views;
	}

	/**
	 * The municipality's open problems and plan items a decision of a meeting on that day
	 * may refer to.
	 */
	@Transactional(readOnly = true)
	DecisionChoices choices(MeetingFacts meeting) {
		if (meeting.municipalityId() == null) {
			return DecisionChoices.NONE;
		}
		return new DecisionChoices(
				this.problems.plannable(meeting.municipalityId())
					.stream()
					.map(p -> new DecisionChoices.Choice(p.id(), p.title(), null))
					.toList(),
				this.actionPlans.openItems(meeting.municipalityId(), planYears(meeting.day()))
					.stream()
					.map(item -> new DecisionChoices.Choice(item.id(), item.title(), item.year()))
					.toList());
	}

	/** Per meeting: open decisions and, of them, overdue ones; one query. */
	@Transactional(readOnly = true)
	Map<Long, OpenDecisions> open(Collection<Long> meetingIds) {
		if (meetingIds.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = this.entityManager
			.createQuery("select d.meetingId, count(d),"
					+ " sum(case when d.dueDate < :today then 1 else 0 end) from MeetingDecision d"
					+ " where d.meetingId in :ids and d.status = :open group by d.meetingId", Object[].class)
			.setParameter("today", LocalDate.now(this.clock))
			.setParameter("ids", meetingIds)
			.setParameter("open", DecisionStatus.OPEN)
			.getResultList();
		Map<Long, OpenDecisions> counts = new HashMap<>();
		for (Object[] row : rows) {
			counts.put((Long) row[0],
					new OpenDecisions(((Number) row[1]).intValue(), row[2] == null ? 0 : ((Number) row[2]).intValue()));
		}
		return counts;
	}

	/** Open decisions past their due date today, per municipality; one query. */
	@Transactional(readOnly = true)
	Map<Long, Integer> overdueByMunicipality() {
		List<Object[]> rows = this.entityManager.createQuery("select d.municipalityId, count(d) from MeetingDecision d"
				+ " where d.municipalityId is not null and d.status = :open and d.dueDate < :today group by d.municipalityId",
				Object[].class)
			.setParameter("open", DecisionStatus.OPEN)
			.setParameter("today", LocalDate.now(this.clock))
			.getResultList();
		return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).intValue()));
	}

	/**
	 * Decisions with a due date in the year that are already due (or done early): how
	 * many, and how many of them were done on time; decisions not yet due do not count
	 * against anyone. One query.
	 */
	@Transactional(readOnly = true)
	DecisionsDue due(int year) {
		Object[] row = this.entityManager
			.createQuery("select count(d), sum(case when d.status = :done and d.doneAt <= d.dueDate then 1 else 0 end),"
					+ " sum(case when d.status = :open and d.dueDate < :today then 1 else 0 end) from MeetingDecision d"
					+ " where d.dueDate >= :from and d.dueDate <= :to and d.status <> :cancelled and (d.dueDate < :today or d.status = :done)",
					Object[].class)
			.setParameter("done", DecisionStatus.DONE)
			.setParameter("open", DecisionStatus.OPEN)
			.setParameter("cancelled", DecisionStatus.CANCELLED)
			.setParameter("today", LocalDate.now(this.clock))
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31))
			.getSingleResult();
		return new DecisionsDue(((Number) row[0]).intValue(), row[1] == null ? 0 : ((Number) row[1]).intValue(),
				row[2] == null ? 0 : ((Number) row[2]).intValue());
	}

	/**
	 * Decisions of a past meeting as they were taken and carried out (start-up and demo
	 * data).
	 */
	@Transactional
	void loadPast(MeetingFacts meeting, List<PastDecision> past, String takenBy, Instant takenAt) {
		LocalDate today = LocalDate.now(this.clock);
		List<MeetingDecision> decided = new ArrayList<>();
		for (PastDecision d : past) {
			MeetingDecision decision = new MeetingDecision(meeting, d.text(), d.owner(), d.dueDate(), null, null,
					takenBy, takenAt);
			if (d.status() == DecisionStatus.DONE) {
				decision.markDone(d.doneAt(), d.note(), today);
			}
			else if (d.status() == DecisionStatus.CANCELLED) {
				decision.cancel(d.note());
			}
			decided.add(decision);
		}
		this.decisions.saveAll(decided);
	}

	/**
	 * An optional choice from a list by its id; refused with {@code message} when it is
	 * not one.
	 */
	private static Long chosen(String value, String field, String message, InvalidInput.Errors errors) {
		Long id = ListFilters.id(value);
		if (id == null && value != null && !value.isBlank()) {
			errors.add(field, message);
		}
		return id;
	}

}

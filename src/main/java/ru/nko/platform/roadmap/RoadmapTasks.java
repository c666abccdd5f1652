package ru.nko.platform.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.BodyRef;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmap.StatusRules.ReportFacts;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * The current roadmap in people's cabinets, by the status rules. An executor reports on
 * each measure their body executes: for a recurring measure, the oldest period that has
 * ended without a report (due {@link StatusRules#dueDate} after it); for a one-off
 * measure not yet done, once its deadline is within {@link StatusRules#RISK_DAYS} days or
 * has passed. They enter by hand the indicators of those measures that nothing computes:
 * one without a value, or, for a recurring measure, one whose value was entered before
 * the period now reported on began. The administrator sees every overdue measure. A fixed
 * number of queries whatever the scope.
 */
@Component
class RoadmapTasks implements TaskProvider {

	private final RoadmapQueries queries;

	private final MeasureRepository measures;

	private final IndicatorRepository indicators;

	private final DirectoryManagement directory;

	private final RussianFormat format;

	private final Clock clock;

	RoadmapTasks(RoadmapQueries queries, MeasureRepository measures, IndicatorRepository indicators,
			DirectoryManagement directory, RussianFormat format, Clock clock) {
		this.clock = clock;
		this.queries = queries;
		this.measures = measures;
		this.indicators = indicators;
		this.directory = directory;
		this.format = format;
	}

	/**
	 * What a measure's executors owe now: a report for the period (null for a one-off
	 * measure's completion), due on the day.
	 */
	record Owed(ReportPeriod period, LocalDate due) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		Set<Long> bodies = user.scopeIds(Role.EXECUTOR);
		if (bodies.isEmpty() && !user.isAdmin()) {
			return List.of();
		}
		Optional<Long> roadmapId = this.queries.currentRoadmapId();
		if (roadmapId.isEmpty()) {
			return List.of();
		}
		List<Measure> all = user.isAdmin()
				? this.measures.findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(roadmapId.get())
				: this.measures.findExecutedBy(roadmapId.get(), bodies);
		if (all.isEmpty()) {
			return List.of();
		}
		Set<Long> bodyIds = all.stream()
			.flatMap(measure -> measure.getExecutors().stream())
			.map(Measure.Executor::getBodyId)
			.collect(Collectors.toSet());
		Map<Long, BodyRef> bodyRefs = this.directory.bodies(bodyIds);
		Map<Long, List<ReportFacts>> facts = this.queries.facts(all, bodyRefs);
		String concerns = this.format.text("roadmap.tasks.concerns");
		List<Task> tasks = new ArrayList<>();
		if (user.isAdmin()) {
			tasks.addAll(overdue(all, facts, concerns, today));
		}
		List<Measure> executed = all.stream().filter(measure -> bodies.stream().anyMatch(measure::executedBy)).toList();
		if (!executed.isEmpty()) {
			tasks.addAll(reports(executed, facts, concerns, today));
			tasks.addAll(indicators(executed, facts, concerns, today));
		}
		return tasks;
	}

	/** Every overdue measure, the longest overdue first. */
	private List<Task> overdue(List<Measure> all, Map<Long, List<ReportFacts>> facts, String concerns,
			LocalDate today) {
		List<Task> tasks = new ArrayList<>();
		for (Measure measure : all) {
			Deadline deadline = measure.deadline();
			List<ReportFacts> reports = facts.getOrDefault(measure.getId(), List.of());
			if (StatusRules.status(deadline, reports, today) != MeasureStatus.OVERDUE) {
				continue;
			}
			List<ReportPeriod> missing = StatusRules.missingPeriods(deadline, reports, today);
			LocalDate due = deadline.recurring() && !missing.isEmpty() ? StatusRules.dueDate(deadline, missing.get(0))
					: deadline.end();
			tasks.add(new Task("roadmap.overdue", concerns,
					text("roadmap.tasks.overdue", measure.getCode(), measure.getTitle()), due,
					"/measures/" + measure.getId(), true));
		}
		return limited(tasks);
	}

	/** Reports the executor owes, the most urgent first. */
	private List<Task> reports(List<Measure> executed, Map<Long, List<ReportFacts>> facts, String concerns,
			LocalDate today) {
		List<Task> tasks = new ArrayList<>();
		for (Measure measure : executed) {
			owed(measure, facts.getOrDefault(measure.getId(), List.of()), today).ifPresent(owed -> {
				String title = owed.period() == null
						? text("roadmap.tasks.report.done", measure.getCode(), measure.getTitle())
						: text("roadmap.tasks.report.period", measure.getCode(), period(owed.period()),
								measure.getTitle());
				tasks.add(Task.due("roadmap.report", concerns, title, owed.due(),
						"/measures/" + measure.getId() + "#report", today));
			});
		}
		return limited(tasks);
	}

	/**
	 * The report a measure's executors owe today, if any: the oldest ended period of a
	 * recurring measure no report covers, or the completion of a one-off measure whose
	 * deadline is near or past.
	 */
	static Optional<Owed> owed(Measure measure, List<ReportFacts> reports, LocalDate today) {
		Deadline deadline = measure.deadline();
		if (deadline.recurring()) {
			return StatusRules.expectedPeriods(deadline, today)
				.stream()
				.filter(period -> period.end().isBefore(today))
				.filter(period -> reports.stream().noneMatch(report -> report.period().covers(period)))
				.findFirst()
				.map(period -> new Owed(period, StatusRules.dueDate(deadline, period)));
		}
		if (deadline.end() == null || today.plusDays(StatusRules.RISK_DAYS).isBefore(deadline.end())
				|| StatusRules.status(deadline, reports, today) == MeasureStatus.DONE) {
			return Optional.empty();
		}
		return Optional.of(new Owed(null, deadline.end()));
	}

	/**
	 * The latest ended period of a recurring measure, the one whose figures are wanted
	 * now.
	 */
	private static Optional<ReportPeriod> lastEnded(Deadline deadline, LocalDate today) {
		List<ReportPeriod> ended = StatusRules.expectedPeriods(deadline, today)
			.stream()
			.filter(period -> period.end().isBefore(today))
			.toList();
		return ended.isEmpty() ? Optional.empty() : Optional.of(ended.get(ended.size() - 1));
	}

	/** Indicators to enter by hand, for the measures whose reports are wanted now. */
	private List<Task> indicators(List<Measure> executed, Map<Long, List<ReportFacts>> facts, String concerns,
			LocalDate today) {
		Map<Long, Measure> byId = executed.stream().collect(Collectors.toMap(Measure::getId, measure -> measure));
		List<Task> tasks = new ArrayList<>();
		for (Indicator indicator : this.indicators
			.findByMeasureIdInAndProviderKeyIsNullAndWithdrawnFalse(byId.keySet())) {
			Measure measure = byId.get(indicator.getMeasureId());
			Deadline deadline = measure.deadline();
			String url = "/measures/" + measure.getId() + "#indicators";
			if (deadline.recurring()) {
				Optional<ReportPeriod> period = lastEnded(deadline, today);
				if (period.isEmpty()) {
					continue;
				}
				boolean stale = indicator.getActual() == null || indicator.getComputedAt() == null
						|| LocalDate.ofInstant(indicator.getComputedAt(), this.clock.getZone())
							.isBefore(period.get().start());
				if (stale) {
					tasks.add(Task.due(
							"roadmap.indicator", concerns, text("roadmap.tasks.indicator.period", indicator.getName(),
									measure.getCode(), period(period.get())),
							StatusRules.dueDate(deadline, period.get()), url, today));
				}
			}
			else if (indicator.getActual() == null) {
				LocalDate due = deadline.end() != null
						&& !today.plusDays(StatusRules.RISK_DAYS).isBefore(deadline.end()) ? deadline.end() : null;
				if (deadline.end() == null || due != null) {
					tasks.add(Task.due("roadmap.indicator", concerns,
							text("roadmap.tasks.indicator", indicator.getName(), measure.getCode()), due, url, today));
				}
			}
		}
		return limited(tasks);
	}

	private static List<Task> limited(List<Task> tasks) {
		tasks.sort(Comparator.comparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return tasks.size() > LIMIT ? new ArrayList<>(tasks.subList(0, LIMIT)) : tasks;
	}

	private String period(ReportPeriod period) {
		return this.format.period(period.year(), period.quarter());
	}

	private String text(String key, Object... arguments) {
		return this.format.text(key, arguments);
	}

}

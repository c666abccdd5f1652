package ru.nko.platform.roadmap;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.system.SystemAuthentication;

/**
 * The current (demo) roadmap as the cabinet's tests need it: which measure a body leads,
 * and putting back what a test filed or entered, so that other tests find the demo
 * roadmap as it was.
 */
public final class RoadmapTaskFixtures {

	private final RoadmapQueries queries;

	private final ProgressReportService reports;

	private final ProgressReportRepository stored;

	private final IndicatorRepository indicators;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public RoadmapTaskFixtures(ApplicationContext context) {
		this.queries = context.getBean(RoadmapQueries.class);
		this.reports = context.getBean(ProgressReportService.class);
		this.stored = context.getBean(ProgressReportRepository.class);
		this.indicators = context.getBean(IndicatorRepository.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	/** An overdue one-off measure of the current roadmap the body leads. */
	public long overdueOneOffLedBy(long bodyId) {
		long roadmap = this.queries.currentRoadmapId().orElseThrow();
		return this.queries.roadmap(roadmap)
			.sections()
			.stream()
			.flatMap(section -> section.measures().stream())
			.filter(measure -> !measure.deadline().recurring() && measure.status() == MeasureStatus.OVERDUE)
			.filter(measure -> measure.executors()
				.stream()
				.anyMatch(executor -> executor.bodyId() == bodyId && executor.role() == ExecutorRole.LEAD))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the body leads no overdue one-off measure"))
			.id();
	}

	/** The newest period the report form offers for the measure. */
	public String period(long measureId) {
		return SystemAuthentication.call(() -> this.reports.periods(measureId).get(0).key());
	}

	/** The ids of the measure's indicators entered by hand that have no value yet. */
	public List<Long> emptyManualIndicators(long measureId) {
		return this.indicators.findByMeasureIdInAndProviderKeyIsNullAndWithdrawnFalse(List.of(measureId))
			.stream()
			.filter(indicator -> indicator.getActual() == null)
			.map(Indicator::getId)
			.toList();
	}

	/** Deletes the reports an author filed on a measure. */
	public void forgetReports(long measureId, long authorId) {
		this.transaction.executeWithoutResult(
				status -> this.stored.deleteAll(this.stored.findByMeasureIdOrderByCreatedAtDesc(measureId)
					.stream()
					.filter(report -> report.getAuthorId() == authorId)
					.toList()));
	}

	/** Takes an indicator's entered value away again. */
	public void clearIndicator(long indicatorId) {
		this.jdbc.update("update indicator set actual = null, computed = false, computed_at = null, entered_by = null,"
				+ " evidence_note = null where id = ?", indicatorId);
	}

}

package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.SystemAuthentication;

/** The roadmap module's public API for other modules and start-up data. */
@Service
public class RoadmapManagement {

	private final RoadmapWriter writer;

	private final RoadmapRepository roadmaps;

	private final MeasureRepository measures;

	private final ProgressReportRepository reports;

	private final IndicatorRepository indicators;

	private final IndicatorService indicatorService;

	private final IndicatorCatalog catalog;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	RoadmapManagement(RoadmapWriter writer, RoadmapRepository roadmaps, MeasureRepository measures,
			ProgressReportRepository reports, IndicatorRepository indicators, IndicatorService indicatorService,
			IndicatorCatalog catalog, MessageSource messages, ApplicationEventPublisher events) {
		this.messages = messages;
		this.events = events;
		this.catalog = catalog;
		this.writer = writer;
		this.roadmaps = roadmaps;
		this.measures = measures;
		this.reports = reports;
		this.indicators = indicators;
		this.indicatorService = indicatorService;
	}

	/** Whether any roadmap has been imported. */
	@Transactional(readOnly = true)
	public boolean anyRoadmap() {
		return this.roadmaps.count() > 0;
	}

	/**
	 * Writes a roadmap an import has read and checked: creates it or updates the one it
	 * names, measures by number, withdrawing those no longer in it; reports each measure
	 * written. Runs in the caller's transaction, so that the import is all or nothing.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public RoadmapPlan.Written write(RoadmapPlan plan, IntConsumer progress) {
		return this.writer.write(plan, progress);
	}

	/**
	 * A measure in force with its deadline, executors and version, for amending it; empty
	 * for an unknown or withdrawn measure.
	 */
	@Transactional(readOnly = true)
	public Optional<MeasureAssignment> assignment(long measureId) {
		return this.measures.findWithExecutorsById(measureId)
			.filter(measure -> !measure.isWithdrawn())
			.map(measure -> new MeasureAssignment(measure.getId(), measure.getRoadmapId(),
					this.roadmaps.findById(measure.getRoadmapId()).orElseThrow().getBaseYear(), measure.getCode(),
					measure.getTitle(), measure.deadline(),
					measure.getExecutors()
						.stream()
						.map(executor -> new RoadmapPlan.Executor(executor.getBodyId(), executor.getRole(),
								executor.getNameAsWritten()))
						.toList(),
					measure.getChangeBasis(), measure.getVersion()));
	}

	/**
	 * Changes a measure's deadline and executors by hand, with the act or reason that
	 * allows it (kept in the measure's history); refused when someone changed the measure
	 * since {@code version} was read, when it is withdrawn, or without a lead executor.
	 * Administrators only; the caller has checked the texts.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void amend(long measureId, long version, Deadline deadline, List<RoadmapPlan.Executor> executors,
			String basis) {
		Measure measure = this.measures.findWithExecutorsById(measureId)
			.filter(found -> !found.isWithdrawn())
			.orElseThrow(() -> new NotFound("Нет мероприятия " + measureId));
		if (measure.getVersion() != version) {
			throw new InvalidInput(null, this.messages.getMessage("measure.amend.stale", null, RussianFormat.RU));
		}
		if (executors.stream().noneMatch(executor -> executor.role() == ExecutorRole.LEAD)) {
			throw new InvalidInput("executors",
					this.messages.getMessage("amend.executors.noLead", null, RussianFormat.RU));
		}
		measure.amend(deadline,
				executors.stream()
					.map(executor -> new Measure.Executor(executor.bodyId(), executor.role(), executor.nameAsWritten()))
					.toList(),
				basis);
		this.measures.flush();
		this.events.publishEvent(RoadmapIndicatorProviders.CHANGED);
	}

	/** The region's roadmap with this title, if there is one. */
	@Transactional(readOnly = true)
	public Optional<RoadmapRef> roadmap(String region, String title) {
		return this.roadmaps.findByRegionAndTitle(region, title).map(RoadmapManagement::ref);
	}

	/** The region's roadmaps. */
	@Transactional(readOnly = true)
	public List<RoadmapRef> roadmaps(String region) {
		return this.roadmaps.findByRegion(region).stream().map(RoadmapManagement::ref).toList();
	}

	/** The numbers of the roadmap's measures in force (not withdrawn). */
	@Transactional(readOnly = true)
	public Set<String> measureCodes(long roadmapId) {
		return this.measures.findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(roadmapId)
			.stream()
			.map(Measure::getCode)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static RoadmapRef ref(Roadmap roadmap) {
		return new RoadmapRef(roadmap.getId(), roadmap.getTitle(), roadmap.getRegion());
	}

	/** The id of a measure by its number. */
	@Transactional(readOnly = true)
	public Optional<Long> measureId(long roadmapId, String code) {
		return this.measures.findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(roadmapId)
			.stream()
			.filter(measure -> measure.getCode().equals(code))
			.map(Measure::getId)
			.findFirst();
	}

	/**
	 * Records a report written before the platform existed (carried over from earlier
	 * paperwork), with its original date; administrators only.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public long recordHistoricalReport(long measureId, int year, Integer quarter, String text, ReportStatus status,
			String authorName, Instant filedAt) {
		Measure measure = this.measures.findWithExecutorsById(measureId).orElseThrow();
		CurrentUser user = CurrentUser.required();
		// filed for the administration as a whole (no body), like any report the
		// administrator files
		return this.reports
			.save(new ProgressReport(measureId, new ReportPeriod(year, quarter), text, status, user.id(), authorName,
					null, null, filedAt, List.of()))
			.getId();
	}

	/**
	 * Attaches a provider from the catalogue to a measure's indicator (by position, 0 =
	 * first) and computes it.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void attachProvider(long measureId, int position, String providerKey) {
		List<Indicator> list = this.indicators.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(List.of(measureId));
		if (position < list.size()) {
			this.indicatorService.attach(list.get(position).getId(), providerKey);
		}
	}

	/**
	 * Adds an indicator computed by a provider from the catalogue to a measure (e.g. a
	 * live count beside the measure's document indicator), in the provider's unit, with a
	 * target to reach (null: none, or the one the provider computes), and computes it;
	 * administrators only.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void addComputedIndicator(long measureId, String name, BigDecimal target, String providerKey) {
		if (this.catalog.find(providerKey).isEmpty()) {
			throw new InvalidInput("providerKey", "Такого источника данных нет в каталоге");
		}
		long indicatorId = this.indicatorService.create(measureId, name, this.catalog.view(providerKey).unit(), target,
				Indicator.Direction.AT_LEAST);
		this.indicatorService.attach(indicatorId, providerKey);
	}

	/**
	 * Recomputes every indicator that has a provider now, not at the next scheduled run:
	 * after loading start-up data, and for tests that move the clock. Modules do not call
	 * it: they publish {@link IndicatorInputsChanged}.
	 */
	public void refreshIndicators() {
		// without the scheduler's lock: a scheduled run in progress must not make this
		// one skip silently
		SystemAuthentication.run(this.indicatorService::refreshAllNow);
	}

	/** Enters an indicator value of a measure by the indicator's position (0 = first). */
	@Transactional
	public void enterIndicator(long measureId, int position, BigDecimal value, String evidence) {
		List<Indicator> list = this.indicators.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(List.of(measureId));
		if (position < list.size()) {
			this.indicatorService.enter(list.get(position).getId(), value, evidence);
		}
	}

}

package ru.nko.platform.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.BodyRef;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmap.RoadmapViews.Dashboard;
import ru.nko.platform.roadmap.RoadmapViews.ExecutorView;
import ru.nko.platform.roadmap.RoadmapViews.IndicatorView;
import ru.nko.platform.roadmap.RoadmapViews.MeasureView;
import ru.nko.platform.roadmap.RoadmapViews.Progress;
import ru.nko.platform.roadmap.RoadmapViews.RoadmapSummary;
import ru.nko.platform.roadmap.RoadmapViews.RoadmapView;
import ru.nko.platform.roadmap.RoadmapViews.SectionView;
import ru.nko.platform.roadmap.StatusRules.ReportFacts;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.RegionSettings;

/**
 * Reads roadmaps with statuses and indicators in a fixed, small number of queries,
 * whatever their size.
 */
@Service
class RoadmapQueries {

	private final RoadmapRepository roadmaps;

	private final SectionRepository sections;

	private final MeasureRepository measures;

	private final ProgressReportRepository reports;

	private final IndicatorRepository indicators;

	private final DirectoryManagement directory;

	private final IndicatorCatalog catalog;

	private final Clock clock;

	private final String region;

	RoadmapQueries(RoadmapRepository roadmaps, SectionRepository sections, MeasureRepository measures,
			ProgressReportRepository reports, IndicatorRepository indicators, DirectoryManagement directory,
			IndicatorCatalog catalog, Clock clock, RegionSettings regionSettings) {
		this.region = regionSettings.region();
		this.roadmaps = roadmaps;
		this.sections = sections;
		this.measures = measures;
		this.reports = reports;
		this.indicators = indicators;
		this.directory = directory;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RoadmapSummary> roadmaps() {
		return this.roadmaps.findAllByOrderByIdAsc().stream().map(RoadmapQueries::summary).toList();
	}

	/**
	 * The roadmap the home page and the dashboard open: the newest of the platform's own
	 * region, else the newest.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> currentRoadmapId() {
		List<Roadmap> regional = this.roadmaps.findByRegion(this.region);
		if (!regional.isEmpty()) {
			return Optional.of(regional.get(regional.size() - 1).getId());
		}
		List<Roadmap> all = this.roadmaps.findAllByOrderByIdAsc();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).getId());
	}

	@Transactional(readOnly = true)
	public RoadmapView roadmap(long id) {
		Roadmap roadmap = this.roadmaps.findById(id).orElseThrow(() -> new NotFound("Дорожная карта не найдена"));
		List<Measure> all = this.measures.findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(id);
		Map<Long, Long> sectionOf = all.stream().collect(Collectors.toMap(Measure::getId, Measure::getSectionId));
		Map<Long, List<MeasureView>> bySection = new LinkedHashMap<>();
		for (MeasureView view : views(all)) {
			bySection.computeIfAbsent(sectionOf.get(view.id()), key -> new ArrayList<>()).add(view);
		}
		List<SectionView> sectionViews = this.sections.findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(id)
			.stream()
			.map(section -> new SectionView(section.getId(), section.getCode(), section.getTitle(),
					bySection.getOrDefault(section.getId(), List.of())))
			.filter(section -> !section.measures().isEmpty() || !section.title().isBlank())
			.toList();
		return new RoadmapView(summary(roadmap), sectionViews);
	}

	@Transactional(readOnly = true)
	public MeasureView measure(long id) {
		Measure measure = this.measures.findWithExecutorsById(id)
			.filter(m -> !m.isWithdrawn())
			.orElseThrow(() -> new NotFound("Мероприятие не найдено"));
		return views(List.of(measure)).get(0);
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(long roadmapId) {
		RoadmapView roadmap = roadmap(roadmapId);
		List<MeasureView> all = roadmap.sections().stream().flatMap(section -> section.measures().stream()).toList();
		List<Progress> bySection = roadmap.sections()
			.stream()
			.map(section -> progress(section.code(), section.code() + ". " + section.title(), section.measures()))
			.toList();
		Map<Long, List<MeasureView>> byBody = new LinkedHashMap<>();
		Map<Long, String> bodyNames = new HashMap<>();
		for (MeasureView measure : all) {
			for (ExecutorView executor : measure.executors()) {
				byBody.computeIfAbsent(executor.bodyId(), key -> new ArrayList<>()).add(measure);
				bodyNames.put(executor.bodyId(), executor.name());
			}
		}
		List<Progress> byExecutor = byBody.entrySet()
			.stream()
			.map(entry -> progress(String.valueOf(entry.getKey()), bodyNames.get(entry.getKey()),
					entry.getValue().stream().distinct().toList()))
			.sorted((a, b) -> Integer.compare(b.total(), a.total()))
			.toList();
		List<IndicatorView> indicatorViews = all.stream().flatMap(measure -> measure.indicators().stream()).toList();
		return new Dashboard(roadmap.roadmap(), progress("all", "", all), bySection, byExecutor, indicatorViews);
	}

	/**
	 * The totals of a roadmap, without indicators (used by the roadmap's own indicator
	 * providers).
	 */
	@Transactional(readOnly = true)
	public Progress dashboardTotals(long roadmapId) {
		List<Measure> all = this.measures.findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(roadmapId);
		return progress("all", "", views(all));
	}

	/** The progress of a whole roadmap already read. */
	Progress total(RoadmapView roadmap) {
		return progress("total", roadmap.roadmap().title(),
				roadmap.sections().stream().flatMap(section -> section.measures().stream()).toList());
	}

	static Progress progress(String key, String label, List<MeasureView> measures) {
		int done = 0;
		int onTime = 0;
		int inWork = 0;
		int atRisk = 0;
		int overdue = 0;
		for (MeasureView measure : measures) {
			switch (measure.status()) {
				case DONE -> {
					done++;
					onTime += measure.doneOnTime() ? 1 : 0;
				}
				case OVERDUE -> overdue++;
				case AT_RISK -> {
					atRisk++;
					inWork++;
				}
				default -> inWork++;
			}
		}
		return new Progress(key, label, measures.size(), done, onTime, inWork, atRisk, overdue);
	}

	/**
	 * Measure views with statuses, executors' names and indicators: three queries for any
	 * number of measures.
	 */
	List<MeasureView> views(List<Measure> measures) {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> ids = measures.stream().map(Measure::getId).collect(Collectors.toSet());
		Set<Long> bodyIds = measures.stream()
			.flatMap(m -> m.getExecutors().stream())
			.map(Measure.Executor::getBodyId)
			.collect(Collectors.toSet());
		Map<Long, BodyRef> bodies = bodyIds.isEmpty() ? Map.of() : this.directory.bodies(bodyIds);
		Map<Long, List<ReportFacts>> facts = facts(measures, bodies);
		Map<Long, String> codes = measures.stream().collect(Collectors.toMap(Measure::getId, Measure::getCode));
		Map<Long, List<IndicatorView>> indicatorsByMeasure = ids.isEmpty() ? Map.of()
				: this.indicators.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(ids)
					.stream()
					.map(indicator -> indicatorView(indicator, codes.get(indicator.getMeasureId())))
					.collect(Collectors.groupingBy(IndicatorView::measureId));
		Map<Long, String> sectionCodes = sectionCodes(measures);
		List<MeasureView> views = new ArrayList<>();
		for (Measure measure : measures) {
			Deadline deadline = measure.deadline();
			List<ReportFacts> measureFacts = facts.getOrDefault(measure.getId(), List.of());
			List<ExecutorView> executors = measure.getExecutors()
				.stream()
				.map(executor -> new ExecutorView(executor.getBodyId(),
						bodies.containsKey(executor.getBodyId()) ? bodies.get(executor.getBodyId()).name()
								: executor.getNameAsWritten(),
						executor.getRole()))
				.toList();
			views.add(new MeasureView(measure.getId(), measure.getRoadmapId(), sectionCodes.get(measure.getSectionId()),
					measure.getCode(), measure.getParentCode(), measure.getTitle(), measure.getExpectedResult(),
					deadline, executors, StatusRules.status(deadline, measureFacts, today),
					StatusRules.doneOnTime(deadline, measureFacts, this.clock.getZone()),
					StatusRules.missingPeriods(deadline, measureFacts, today),
					indicatorsByMeasure.getOrDefault(measure.getId(), List.of())));
		}
		return views;
	}

	/**
	 * What the status rules need of the measures' reports (withdrawn ones left out), by
	 * measure id: one query for any number of measures; {@code bodies} holds the
	 * measures' executors.
	 */
	Map<Long, List<ReportFacts>> facts(List<Measure> measures, Map<Long, BodyRef> bodies) {
		Map<Long, Measure> byId = measures.stream().collect(Collectors.toMap(Measure::getId, m -> m));
		Map<Long, List<ReportFacts>> facts = new HashMap<>();
		if (!byId.isEmpty()) {
			for (Object[] row : this.reports.statusFacts(byId.keySet())) {
				Long measureId = (Long) row[0];
				boolean authoritative = authoritative(byId.get(measureId), (Long) row[5], bodies);
				facts.computeIfAbsent(measureId, key -> new ArrayList<>())
					.add(new ReportFacts(new ReportPeriod((Integer) row[1], (Integer) row[2]), (ReportStatus) row[3],
							(Instant) row[4], authoritative));
			}
		}
		return facts;
	}

	/**
	 * Whether a report can complete the measure: filed by the administrator (no body), or
	 * for the lead executor (any executor when none is lead), unless that executor is a
	 * collective one.
	 */
	static boolean authoritative(Measure measure, Long reportBodyId, Map<Long, BodyRef> bodies) {
		if (reportBodyId == null) {
			return true;
		}
		BodyRef body = bodies.get(reportBodyId);
		if (body != null && body.kind().collective()) {
			return false;
		}
		boolean hasLead = measure.getExecutors().stream().anyMatch(executor -> executor.getRole() == ExecutorRole.LEAD);
		return measure.getExecutors()
			.stream()
			.anyMatch(executor -> executor.getBodyId() == reportBodyId
					&& (!hasLead || executor.getRole() == ExecutorRole.LEAD));
	}

	IndicatorView indicatorView(Indicator indicator, String measureCode) {
		String provider = indicator.getProviderKey();
		return new IndicatorView(indicator.getId(), indicator.getMeasureId(), measureCode, indicator.getName(),
				this.catalog.unit(provider, indicator.getUnit()), indicator.getTarget(), indicator.getDirection(),
				indicator.getActual(), indicator.isComputed(), indicator.getComputedAt(), provider,
				this.catalog.description(provider), indicator.getEnteredBy(), indicator.getEvidenceNote(),
				indicator.achieved(), this.catalog.quantity(provider, indicator.getUnit(), indicator.getTarget()),
				this.catalog.quantity(provider, indicator.getUnit(), indicator.getActual()));
	}

	private Map<Long, String> sectionCodes(List<Measure> measures) {
		Set<Long> roadmapIds = measures.stream().map(Measure::getRoadmapId).collect(Collectors.toSet());
		return roadmapIds.stream()
			.flatMap(roadmapId -> this.sections.findByRoadmapIdOrderByPositionAsc(roadmapId).stream())
			.collect(Collectors.toMap(RoadmapSection::getId, RoadmapSection::getCode));
	}

	static RoadmapSummary summary(Roadmap roadmap) {
		return new RoadmapSummary(roadmap.getId(), roadmap.getTitle(), roadmap.getRegion(), roadmap.getBaseYear(),
				roadmap.getSourceFileName(), roadmap.getImportedAt());
	}

}

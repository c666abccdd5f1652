package ru.nko.platform.roadmap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;

/**
 * Writes a {@link RoadmapPlan}: creates or updates the roadmap, its sections and measures
 * by number, withdraws what the plan no longer has, seeds the indicators from the
 * expected results, and tells the other modules.
 */
@Service
class RoadmapWriter {

	private final RoadmapRepository roadmaps;

	private final SectionRepository sections;

	private final MeasureRepository measures;

	private final IndicatorService indicators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	RoadmapWriter(RoadmapRepository roadmaps, SectionRepository sections, MeasureRepository measures,
			IndicatorService indicators, ApplicationEventPublisher events, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.roadmaps = roadmaps;
		this.sections = sections;
		this.measures = measures;
		this.indicators = indicators;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the plan in the caller's transaction; reports each measure written. */
	@Transactional
	RoadmapPlan.Written write(RoadmapPlan plan, IntConsumer progress) {
		boolean created = plan.existingRoadmapId() == null;
		Roadmap roadmap = created ? this.roadmaps.save(new Roadmap(plan.title(), plan.region(), plan.baseYear()))
				: this.roadmaps.findById(plan.existingRoadmapId()).orElseThrow();
		roadmap.imported(plan.fileName(), this.clock.instant(),
				CurrentUser.get().map(CurrentUser::getUsername).orElse(null), plan.baseYear());
		Map<String, RoadmapSection> sectionsByCode = this.sections.findByRoadmapIdOrderByPositionAsc(roadmap.getId())
			.stream()
			.collect(Collectors.toMap(RoadmapSection::getCode, Function.identity()));
		Map<String, Measure> measuresByCode = this.measures.findByRoadmapIdOrderByPositionAsc(roadmap.getId())
			.stream()
			.collect(Collectors.toMap(Measure::getCode, Function.identity()));
		String basis = this.messages.getMessage("measure.basis.import", new Object[] { plan.fileName() },
				RussianFormat.RU);
		Set<String> seen = new LinkedHashSet<>();
		int sectionPosition = 0;
		int measurePosition = 0;
		for (RoadmapPlan.Section planned : plan.sections()) {
			RoadmapSection section = sectionsByCode.get(planned.code());
			if (section == null) {
				section = this.sections
					.save(new RoadmapSection(roadmap.getId(), planned.code(), planned.title(), sectionPosition));
			}
			else {
				section.update(planned.title(), sectionPosition);
			}
			sectionPosition++;
			for (RoadmapPlan.PlannedMeasure plannedMeasure : planned.measures()) {
				List<Measure.Executor> executors = new ArrayList<>();
				for (RoadmapPlan.Executor executor : plannedMeasure.executors()) {
					executors.add(new Measure.Executor(executor.bodyId(), executor.role(), executor.nameAsWritten()));
				}
				Measure measure = measuresByCode.get(plannedMeasure.code());
				if (measure == null) {
					measure = new Measure(roadmap.getId(), section.getId(), plannedMeasure.code());
					measuresByCode.put(plannedMeasure.code(), measure);
				}
				measure.describe(section.getId(), plannedMeasure.parentCode(), plannedMeasure.title(),
						plannedMeasure.expectedResult(), plannedMeasure.deadline(), executors, measurePosition++,
						basis);
				this.measures.save(measure);
				seen.add(plannedMeasure.code());
				progress.accept(seen.size());
			}
		}
		measuresByCode.values()
			.stream()
			.filter(measure -> !seen.contains(measure.getCode()))
			.forEach(Measure::withdraw);
		Set<String> sectionCodes = plan.sections().stream().map(RoadmapPlan.Section::code).collect(Collectors.toSet());
		sectionsByCode.values()
			.stream()
			.filter(section -> !sectionCodes.contains(section.getCode()))
			.forEach(RoadmapSection::withdraw);
		this.measures.flush();
		this.indicators.seedFromExpectedResults(roadmap.getId());
		this.events.publishEvent(new RoadmapImported(roadmap.getId(), plan.measureCount(), created));
		this.events.publishEvent(RoadmapIndicatorProviders.CHANGED);
		return new RoadmapPlan.Written(roadmap.getId(), created);
	}

}

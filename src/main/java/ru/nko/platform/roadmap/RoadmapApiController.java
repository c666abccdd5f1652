package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nko.platform.roadmap.RoadmapViews.MeasureView;
import ru.nko.platform.roadmap.RoadmapViews.RoadmapView;

/** The roadmap over REST, read by anyone (imported through the roadmap import's API). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Дорожная карта", description = "Разделы, мероприятия, сроки, исполнители, статусы и показатели")
class RoadmapApiController {

	private final RoadmapQueries queries;

	private final IndicatorCatalog catalog;

	RoadmapApiController(RoadmapQueries queries, IndicatorCatalog catalog) {
		this.queries = queries;
		this.catalog = catalog;
	}

	record RoadmapItem(long id, String title, String region) {
	}

	record DeadlineJson(String text, LocalDate start, LocalDate end, Recurrence recurrence) {
	}

	record ExecutorJson(String name, ExecutorRole role) {
	}

	record MeasureJson(Long id, String code, String title, String expectedResult, DeadlineJson deadline,
			List<ExecutorJson> executors, MeasureStatus status) {
	}

	record SectionJson(String code, String title, List<MeasureJson> measures) {
	}

	record RoadmapJson(Long id, String title, String region, List<SectionJson> sections) {
	}

	record IndicatorJson(String measureCode, String name, String unit, BigDecimal target, BigDecimal actual,
			boolean computed, Instant computedAt) {
	}

	record ProviderJson(String key, String description, String unit) {
	}

	@GetMapping("/roadmaps")
	@Operation(summary = "Список дорожных карт")
	List<RoadmapItem> roadmaps() {
		return this.queries.roadmaps().stream().map(r -> new RoadmapItem(r.id(), r.title(), r.region())).toList();
	}

	@GetMapping("/roadmaps/{id}")
	@Operation(summary = "Дорожная карта целиком: разделы и мероприятия со сроками, исполнителями и статусами",
			description = "Даты в ISO-8601 или null; recurrence — NONE, QUARTERLY, YEARLY, CONTINUOUS; role — LEAD или CO; "
					+ "status — PLANNED, IN_PROGRESS, DONE, OVERDUE, AT_RISK. Подмероприятия идут в списке раздела со своим номером.")
	RoadmapJson roadmap(@PathVariable long id) {
		RoadmapView view = this.queries.roadmap(id);
		return new RoadmapJson(view.roadmap().id(), view.roadmap().title(), view.roadmap().region(),
				view.sections()
					.stream()
					.map(section -> new SectionJson(section.code(), section.title(),
							section.measures().stream().map(RoadmapApiController::json).toList()))
					.toList());
	}

	@GetMapping("/roadmaps/{id}/indicators")
	@Operation(summary = "Показатели мероприятий: цель, факт, вычислен ли автоматически и когда")
	List<IndicatorJson> indicators(@PathVariable long id) {
		return this.queries.roadmap(id)
			.sections()
			.stream()
			.flatMap(section -> section.measures().stream())
			.flatMap(measure -> measure.indicators().stream())
			.map(i -> new IndicatorJson(i.measureCode(), i.name(), i.unit(), i.target(), i.actual(), i.computed(),
					i.computedAt()))
			.toList();
	}

	@GetMapping("/indicator-providers")
	@Operation(summary = "Каталог источников показателей: что платформа умеет вычислять сама",
			description = "key — постоянный идентификатор источника; description — что измеряется; unit — единица измерения "
					+ "в форме «много» (например, «проблем», «%»).")
	List<ProviderJson> providers() {
		return this.catalog.views().stream().map(p -> new ProviderJson(p.key(), p.description(), p.unit())).toList();
	}

	static MeasureJson json(MeasureView measure) {
		return new MeasureJson(measure.id(), measure.code(), measure.title(), measure.expectedResult(),
				deadline(measure.deadline()),
				measure.executors().stream().map(e -> new ExecutorJson(e.name(), e.role())).toList(), measure.status());
	}

	private static DeadlineJson deadline(Deadline deadline) {
		return new DeadlineJson(deadline.text(), deadline.start(), deadline.end(), deadline.recurrence());
	}

}

package ru.nko.platform.roadmap;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.nko.platform.roadmap.RoadmapImporter.Preview;
import ru.nko.platform.roadmap.RoadmapViews.MeasureView;
import ru.nko.platform.roadmap.RoadmapViews.RoadmapView;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.system.RegionSettings;

/** The roadmap over REST: read by anyone, imported by administrators. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Дорожная карта", description = "Разделы, мероприятия, сроки, исполнители, статусы и показатели")
class RoadmapApiController {

	private final RoadmapQueries queries;

	private final RoadmapImporter importer;

	private final IndicatorCatalog catalog;

	private final String defaultRegion;

	RoadmapApiController(RoadmapQueries queries, RoadmapImporter importer, IndicatorCatalog catalog,
			RegionSettings regionSettings) {
		this.queries = queries;
		this.importer = importer;
		this.catalog = catalog;
		this.defaultRegion = regionSettings.region();
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

	record ProblemJson(int line, Integer column, String message) {
	}

	record ImportJson(Long id, String title, String region, boolean created, int newMeasures, int updatedMeasures,
			int withdrawnMeasures, List<String> newBodies, List<SectionJson> sections, List<ProblemJson> errors,
			List<ProblemJson> warnings) {
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

	@PostMapping(path = "/roadmaps/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Импорт таблицы дорожной карты (TSV, CSV, XLSX, DOCX); только администраторы",
			description = "dryRun=true разбирает файл и возвращает результат без сохранения. Файл с ошибками — ответ 422 "
					+ "со списком errors (строка, столбец, сообщение), ничего не сохраняется. Повторный импорт той же "
					+ "дорожной карты (тот же регион и заголовок) обновляет мероприятия по номеру.")
	ResponseEntity<ImportJson> importRoadmap(@RequestParam("file") MultipartFile file,
			@Parameter(description = "только проверить, не сохраняя") @RequestParam(
					defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) String region) throws IOException {
		String fileName = UploadInspector
			.safeName(file.getOriginalFilename() == null ? "roadmap" : file.getOriginalFilename());
		String regionName = region == null || region.isBlank() ? this.defaultRegion : region;
		if (dryRun) {
			Preview preview = this.importer.preview(fileName, file.getBytes(), regionName);
			return ResponseEntity.status(preview.importable() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
				.body(json(null, false, preview));
		}
		try {
			RoadmapImporter.Result result = this.importer.commit(fileName, file.getBytes(), regionName);
			RoadmapView view = this.queries.roadmap(result.roadmapId());
			ImportJson body = json(result.roadmapId(), result.created(), result.preview());
			List<SectionJson> saved = view.sections()
				.stream()
				.map(section -> new SectionJson(section.code(), section.title(),
						section.measures().stream().map(RoadmapApiController::json).toList()))
				.toList();
			return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(new ImportJson(body.id(), body.title(), body.region(), body.created(), body.newMeasures(),
						body.updatedMeasures(), body.withdrawnMeasures(), body.newBodies(), saved, body.errors(),
						body.warnings()));
		}
		catch (RoadmapImporter.Rejected rejected) {
			return ResponseEntity.unprocessableContent().body(json(null, false, rejected.preview()));
		}
	}

	private static ImportJson json(Long id, boolean created, Preview preview) {
		List<SectionJson> sections = preview.sections()
			.stream()
			.map(section -> new SectionJson(section.code(), section.title(), section.measures()
				.stream()
				.map(m -> new MeasureJson(null, m.code(), m.title(), m.expectedResult(), deadline(m.deadline()), m
					.executors()
					.stream()
					.map(e -> new ExecutorJson(e.bodyName() != null ? e.bodyName() : e.nameAsWritten(), e.role()))
					.toList(), null))
				.toList()))
			.toList();
		return new ImportJson(id, preview.title(), preview.region(), created, preview.newMeasures(),
				preview.updatedMeasures(), preview.withdrawnMeasures(), preview.newBodies(), sections,
				problems(preview.errors()), problems(preview.warnings()));
	}

	private static List<ProblemJson> problems(List<ImportProblem> problems) {
		return problems.stream().map(p -> new ProblemJson(p.line(), p.column(), p.message())).toList();
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

package ru.nko.platform.roadmapimport;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.nko.platform.roadmap.ExecutorRole;
import ru.nko.platform.roadmap.Recurrence;
import ru.nko.platform.roadmapimport.RoadmapImports.RoadmapReading;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportPreview;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.ImportRefused;
import ru.nko.platform.system.RegionSettings;

/** The roadmap import over REST, for administrators. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Дорожная карта", description = "Разделы, мероприятия, сроки, исполнители, статусы и показатели")
class RoadmapImportApiController {

	private final RoadmapImports imports;

	private final String defaultRegion;

	RoadmapImportApiController(RoadmapImports imports, RegionSettings regionSettings) {
		this.imports = imports;
		this.defaultRegion = regionSettings.region();
	}

	record DeadlineJson(String text, LocalDate start, LocalDate end, Recurrence recurrence) {
	}

	record ExecutorJson(String name, ExecutorRole role) {
	}

	record MeasureJson(String code, String title, String expectedResult, DeadlineJson deadline,
			List<ExecutorJson> executors) {
	}

	record SectionJson(String code, String title, List<MeasureJson> measures) {
	}

	record ProblemJson(int line, Integer column, String message) {
	}

	record ImportJson(Long id, String title, String region, boolean created, int newMeasures, int updatedMeasures,
			int withdrawnMeasures, List<String> newBodies, List<SectionJson> sections, List<ProblemJson> errors,
			List<ProblemJson> warnings) {
	}

	@PostMapping(path = "/roadmaps/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Импорт таблицы дорожной карты (TSV, CSV, XLSX, DOCX); только администраторы",
			description = "dryRun=true разбирает файл и возвращает результат без сохранения. Файл с ошибками — ответ 422 "
					+ "со списком errors (строка, столбец, сообщение), ничего не сохраняется. Повторный импорт той же "
					+ "дорожной карты (тот же регион и заголовок) обновляет мероприятия по номеру; сохранённая "
					+ "дорожная карта — по адресу из заголовка Location.")
	ResponseEntity<ImportJson> importRoadmap(@RequestParam("file") MultipartFile file,
			@Parameter(description = "только проверить, не сохраняя") @RequestParam(
					defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) String region) throws IOException {
		String fileName = UploadInspector
			.safeName(file.getOriginalFilename() == null ? "roadmap" : file.getOriginalFilename());
		String regionName = region == null || region.isBlank() ? this.defaultRegion : region;
		if (dryRun) {
			ImportPreview<RoadmapReading> preview = this.imports.preview(fileName, file.getBytes(), regionName);
			return ResponseEntity.status(preview.clean() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
				.body(json(null, false, preview));
		}
		try {
			RoadmapImports.Result result = this.imports.commit(fileName, file.getBytes(), regionName,
					ImportJobs.Progress.NONE);
			ImportJson body = json(result.roadmapId(), result.created(), result.preview());
			return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.location(URI.create("/api/v1/roadmaps/" + result.roadmapId()))
				.body(body);
		}
		catch (ImportRefused refused) {
			@SuppressWarnings("unchecked")
			ImportPreview<RoadmapReading> preview = (ImportPreview<RoadmapReading>) refused.preview();
			return ResponseEntity.unprocessableContent().body(json(null, false, preview));
		}
	}

	private static ImportJson json(Long id, boolean created, ImportPreview<RoadmapReading> preview) {
		RoadmapReading reading = preview.detail();
		List<SectionJson> sections = reading.sections()
			.stream()
			.map(section -> new SectionJson(section.code(), section.title(), section.measures()
				.stream()
				.map(m -> new MeasureJson(m.code(), m.title(), m.expectedResult(), new DeadlineJson(m.deadline()
					.text(), m.deadline().start(), m.deadline().end(), m.deadline().recurrence()), m.executors()
						.stream()
						.map(e -> new ExecutorJson(e.bodyName() != null ? e.bodyName() : e.nameAsWritten(), e.role()))
						.toList()))
				.toList()))
			.toList();
		return new ImportJson(id, reading.title(), reading.region(), created, preview.created(), preview.updated(),
				preview.withdrawn(), reading.newBodies(), sections, problems(preview.errors()),
				problems(preview.warnings()));
	}

	private static List<ProblemJson> problems(List<ImportProblem> problems) {
		return problems.stream().map(p -> new ProblemJson(p.line(), p.column(), p.message())).toList();
	}

}

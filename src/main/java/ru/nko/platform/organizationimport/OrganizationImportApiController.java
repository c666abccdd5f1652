package ru.nko.platform.organizationimport;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportPreview;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.ImportRefused;

/** The organisation registry import over REST, for administrators. */
@RestController
@RequestMapping(path = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Организации", description = "Справочник некоммерческих организаций")
class OrganizationImportApiController {

	private final OrganizationImportService imports;

	OrganizationImportApiController(OrganizationImportService imports) {
		this.imports = imports;
	}

	record ProblemJson(int line, Integer column, String message) {
	}

	/**
	 * @param errors the first errors (up to a thousand)
	 * @param errorCount how many errors there are, listed or not
	 */
	record ImportJson(int created, int updated, int rejected, List<ProblemJson> errors, int errorCount) {
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Загрузка реестра организаций (CSV до 200 МБ или XLSX до 20 МБ); только администраторы",
			description = "dryRun=true проверяет файл и считает, что будет добавлено и обновлено, ничего не сохраняя. "
					+ "mode=ALL_OR_NOTHING (по умолчанию): при любой ошибке — ответ 422 со списком errors и ничего не "
					+ "сохраняется; mode=VALID_ONLY: загружаются строки без ошибок, остальные перечислены в errors. "
					+ "Организации узнаются по ИНН, затем по ОГРН: известные обновляются. В errors — первая тысяча "
					+ "ошибок, в errorCount — сколько их всего.")
	ResponseEntity<ImportJson> importRegistry(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") OrganizationImportService.Mode mode) {
		String fileName = UploadInspector
			.safeName(file.getOriginalFilename() == null ? "реестр" : file.getOriginalFilename());
		// the part stays where the server put it (on disk) and is read as a stream
		OrganizationImportService.Upload upload = new OrganizationImportService.Upload(fileName, file.getSize(), file);
		if (dryRun) {
			ImportPreview<?> outcome = this.imports.preview(upload);
			boolean refused = (mode == OrganizationImportService.Mode.ALL_OR_NOTHING && !outcome.clean())
					|| outcome.created() + outcome.updated() == 0;
			return ResponseEntity.status(refused ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
				.body(json(outcome));
		}
		try {
			return ResponseEntity.ok(json(this.imports.commit(upload, mode, ImportJobs.Progress.NONE)));
		}
		catch (ImportRefused refused) {
			return ResponseEntity.unprocessableContent().body(json(refused.preview()));
		}
	}

	private static ImportJson json(ImportPreview<?> outcome) {
		return new ImportJson(outcome.created(), outcome.updated(), outcome.rejected(),
				outcome.errors().stream().map(OrganizationImportApiController::json).toList(), outcome.errorCount());
	}

	private static ProblemJson json(ImportProblem problem) {
		return new ProblemJson(problem.line(), problem.column(), problem.message());
	}

}

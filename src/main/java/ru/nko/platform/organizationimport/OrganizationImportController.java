package ru.nko.platform.organizationimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportPreview;
import ru.nko.platform.shared.imports.StagedUploads;
import ru.nko.platform.shared.imports.TableReader;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * The administrator's import of a registry of organisations: upload → preview with every
 * problem → confirm (all or nothing, or valid rows only) → progress while it runs → a
 * summary.
 */
@Controller
@RequestMapping("/admin/organizations/import")
class OrganizationImportController {

	private final OrganizationImportService imports;

	private final StagedUploads uploads;

	private final ImportJobs jobs;

	OrganizationImportController(OrganizationImportService imports, StagedUploads uploads, ImportJobs jobs) {
		this.imports = imports;
		this.uploads = uploads;
		this.jobs = jobs;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("columns", OrganizationTableParser.Column.values());
		return "organizationimport/organization-import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		model.addAttribute("columns", OrganizationTableParser.Column.values());
		if (file == null || file.isEmpty()) {
			model.addAttribute("formErrors",
					new InvalidInput("file",
							file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
									? "Выберите файл с реестром организаций"
									: "Файл «" + file.getOriginalFilename() + "» пуст.")
						.errors());
			return "organizationimport/organization-import";
		}
		if (file.getSize() > TableReader.MAX_TEXT_BYTES) {
			model.addAttribute("formErrors",
					new InvalidInput("file", "Файл больше 200 МБ. Разделите реестр на несколько файлов.").errors());
			return "organizationimport/organization-import";
		}
		String fileName = UploadInspector
			.safeName(file.getOriginalFilename() == null ? "реестр" : file.getOriginalFilename());
		String token;
		try (InputStream content = file.getInputStream()) {
			token = this.uploads.stage(content);
		}
		ImportPreview<List<OrganizationImportService.Mapped>> outcome = this.imports
			.preview(new OrganizationImportService.Upload(fileName, file.getSize(), file));
		model.addAttribute("outcome", outcome);
		model.addAttribute("token", token);
		return "organizationimport/organization-import-preview";
	}

	/**
	 * Starts the import of the staged file in the background; {@code rows} (from the
	 * preview) is what its progress counts up to.
	 */
	@PostMapping("/confirm")
	String confirm(@RequestParam String token, @RequestParam String fileName,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") OrganizationImportService.Mode mode,
			@RequestParam(defaultValue = "0") int rows, Model model) {
		Optional<OrganizationImportService.Upload> staged = staged(token, fileName);
		if (staged.isEmpty()) {
			model.addAttribute("columns", OrganizationTableParser.Column.values());
			model.addAttribute("formErrors", new InvalidInput("file", StagedUploads.STALE).errors());
			return "organizationimport/organization-import";
		}
		OrganizationImportService.Upload upload = staged.get();
		String owner = CurrentUser.required().getUsername();
		String id = this.jobs.start(owner, upload.fileName(), "/admin/organizations/import/jobs/", progress -> {
			progress.total(Math.max(0, rows));
			return this.imports.commit(upload, mode, progress);
		});
		return "redirect:/admin/organizations/import/jobs/" + id;
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable String id, Model model) {
		model.addAttribute("job", status(id));
		refusal(id, model);
		return "organizationimport/organization-import-job";
	}

	/** Only the progress block, for the page to poll. */
	@GetMapping("/jobs/{id}/progress")
	String progress(@PathVariable String id, Model model) {
		model.addAttribute("job", status(id));
		refusal(id, model);
		return "organizationimport/organization-import-job :: progress";
	}

	/**
	 * The rejected rows with their reasons, written as they are found (a file may be
	 * big).
	 */
	@GetMapping("/rejected")
	void rejected(@RequestParam String token, @RequestParam String fileName, HttpServletResponse response)
			throws IOException {
		OrganizationImportService.Upload upload = staged(token, fileName)
			.orElseThrow(() -> new NotFound(StagedUploads.STALE));
		Downloads.privateAttachment(response, "отклонённые строки.csv",
				MediaType.parseMediaType("text/csv; charset=UTF-8"));
		this.imports.rejectedRows(upload, response.getOutputStream());
	}

	private Optional<OrganizationImportService.Upload> staged(String token, String fileName) {
		return this.uploads.file(token)
			.map(file -> new OrganizationImportService.Upload(UploadInspector.safeName(fileName), file.size(),
					file.content()));
	}

	private ImportJobs.Status status(String id) {
		String owner = CurrentUser.required().getUsername();
		return this.jobs.status(id, owner)
			.orElseThrow(() -> new NotFound("Загрузка не найдена: возможно, она завершилась больше часа назад"));
	}

	private void refusal(String id, Model model) {
		model.addAttribute("refused", this.jobs.refusal(id).orElse(null));
	}

}

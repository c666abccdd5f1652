package ru.nko.platform.roadmapimport;

import java.io.IOException;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportPreview;
import ru.nko.platform.shared.imports.StagedUploads;
import ru.nko.platform.shared.imports.TableReader;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.RegionSettings;

/**
 * The administrator's roadmap import: upload → preview (sections, measures, parsed
 * deadlines, matched and new bodies, every problem with line and column) → confirm, all
 * or nothing → progress while it runs → the imported roadmap.
 */
@Controller
@RequestMapping("/admin/roadmaps/import")
class RoadmapImportController {

	private final RoadmapImports imports;

	private final StagedUploads uploads;

	private final ImportJobs jobs;

	private final String defaultRegion;

	RoadmapImportController(RoadmapImports imports, StagedUploads uploads, ImportJobs jobs,
			RegionSettings regionSettings) {
		this.imports = imports;
		this.uploads = uploads;
		this.jobs = jobs;
		this.defaultRegion = regionSettings.region();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("region", this.defaultRegion);
		return "roadmapimport/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String region, Model model) throws IOException {
		model.addAttribute("region", region == null ? this.defaultRegion : region);
		if (file == null || file.isEmpty()) {
			model.addAttribute("formErrors", new InvalidInput("file",
					file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
							? "Выберите файл дорожной карты" : "Файл «" + file.getOriginalFilename() + "» пуст.")
				.errors());
			return "roadmapimport/import";
		}
		if (file.getSize() > TableReader.MAX_BYTES) {
			model.addAttribute("formErrors",
					new InvalidInput("file", "Файл больше 20 МБ. Сохраните таблицу без лишних листов и картинок.")
						.errors());
			return "roadmapimport/import";
		}
		byte[] content = file.getBytes();
		String fileName = UploadInspector
			.safeName(file.getOriginalFilename() == null ? "roadmap" : file.getOriginalFilename());
		ImportPreview<RoadmapImports.RoadmapReading> preview = this.imports.preview(fileName, content, region);
		model.addAttribute("preview", preview);
		if (preview.clean()) {
			model.addAttribute("token", this.uploads.stage(content));
		}
		return "roadmapimport/import-preview";
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, @RequestParam String fileName, @RequestParam String region,
			Model model) {
		Optional<byte[]> staged = this.uploads.staged(token);
		if (staged.isEmpty()) {
			model.addAttribute("formErrors", new InvalidInput("file", StagedUploads.STALE).errors());
			model.addAttribute("region", region);
			return "roadmapimport/import";
		}
		byte[] content = staged.get();
		String name = UploadInspector.safeName(fileName);
		String id = this.jobs.start(CurrentUser.required().getUsername(), name, "/admin/roadmaps/import/jobs/",
				progress -> this.imports.commit(name, content, region, progress));
		return "redirect:/admin/roadmaps/import/jobs/" + id;
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable String id, Model model) {
		show(id, model);
		return "roadmapimport/import-job";
	}

	/** Only the progress block, for the page to poll. */
	@GetMapping("/jobs/{id}/progress")
	String progress(@PathVariable String id, Model model) {
		show(id, model);
		return "roadmapimport/import-job :: progress";
	}

	private void show(String id, Model model) {
		ImportJobs.Status status = this.jobs.status(id, CurrentUser.required().getUsername())
			.orElseThrow(() -> new NotFound("Загрузка не найдена: возможно, она завершилась больше часа назад"));
		model.addAttribute("job", status);
		model.addAttribute("refused", this.jobs.refusal(id).orElse(null));
	}

}

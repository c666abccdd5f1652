package ru.nko.platform.roadmap;

import java.io.IOException;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.shared.imports.StagedUploads;
import ru.nko.platform.shared.imports.TableReader;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.RegionSettings;

/**
 * The administrator's roadmap import: upload → preview (sections, measures, parsed
 * deadlines, matched and new bodies, every problem with line and column) → confirm, all
 * or nothing.
 */
@Controller
@RequestMapping("/admin/roadmaps/import")
class RoadmapImportController {

	private final RoadmapImporter importer;

	private final StagedUploads uploads;

	private final String defaultRegion;

	RoadmapImportController(RoadmapImporter importer, StagedUploads uploads, RegionSettings regionSettings) {
		this.importer = importer;
		this.uploads = uploads;
		this.defaultRegion = regionSettings.region();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("region", this.defaultRegion);
		return "roadmap/import";
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
			return "roadmap/import";
		}
		if (file.getSize() > TableReader.MAX_BYTES) {
			model.addAttribute("formErrors",
					new InvalidInput("file", "Файл больше 20 МБ. Сохраните таблицу без лишних листов и картинок.")
						.errors());
			return "roadmap/import";
		}
		byte[] content = file.getBytes();
		String fileName = UploadInspector
			.safeName(file.getOriginalFilename() == null ? "roadmap" : file.getOriginalFilename());
		RoadmapImporter.Preview preview = this.importer.preview(fileName, content, region);
		model.addAttribute("preview", preview);
		if (preview.importable()) {
			model.addAttribute("token", this.uploads.stage(content));
		}
		return "roadmap/import-preview";
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, @RequestParam String fileName, @RequestParam String region, Model model,
			RedirectAttributes redirect) {
		Optional<byte[]> staged = this.uploads.staged(token);
		if (staged.isEmpty()) {
			model.addAttribute("formErrors", new InvalidInput("file", StagedUploads.STALE).errors());
			model.addAttribute("region", region);
			return "roadmap/import";
		}
		byte[] content = staged.get();
		try {
			RoadmapImporter.Result result = this.importer.commit(UploadInspector.safeName(fileName), content, region);
			redirect.addFlashAttribute("importedMeasures", result.preview().measureCount());
			return "redirect:/roadmaps/" + result.roadmapId();
		}
		catch (RoadmapImporter.Rejected rejected) {
			model.addAttribute("preview", rejected.preview());
			return "roadmap/import-preview";
		}
	}

}

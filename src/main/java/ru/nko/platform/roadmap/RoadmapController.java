package ru.nko.platform.roadmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.roadmap.RoadmapViews.MeasureView;
import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.system.AuditHistory;
import ru.nko.platform.system.Forms;

/**
 * The roadmap pages: the roadmap with statuses, a measure with its reports, filing and
 * withdrawing reports.
 */
@Controller
class RoadmapController {

	private final RoadmapQueries queries;

	private final ProgressReportService reports;

	private final AuditHistory history;

	private final MessageSource messages;

	private final IndicatorCatalog catalog;

	RoadmapController(RoadmapQueries queries, ProgressReportService reports, AuditHistory history,
			MessageSource messages, IndicatorCatalog catalog) {
		this.catalog = catalog;
		this.queries = queries;
		this.reports = reports;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) MeasureStatus status, Model model) {
		return this.queries.currentRoadmapId().map(id -> roadmap(id, status, model)).orElse("roadmap/empty");
	}

	@GetMapping("/roadmaps/{id}")
	String roadmap(@PathVariable long id, @RequestParam(required = false) MeasureStatus status, Model model) {
		RoadmapViews.RoadmapView view = this.queries.roadmap(id);
		model.addAttribute("view", view);
		model.addAttribute("total", this.queries.total(view));
		model.addAttribute("roadmaps", this.queries.roadmaps());
		model.addAttribute("statusFilter", status);
		model.addAttribute("statuses", MeasureStatus.values());
		return "roadmap/roadmap";
	}

	@GetMapping("/measures/{id}")
	String measure(@PathVariable long id, Model model) {
		MeasureView measure = this.queries.measure(id);
		model.addAttribute("measure", measure);
		model.addAttribute("reports", this.reports.history(id));
		boolean canReport = this.reports.canReport(id);
		model.addAttribute("canReport", canReport);
		model.addAttribute("canEnterIndicators", this.reports.canEnterIndicators(id));
		if (canReport) {
			model.addAttribute("periods", this.reports.periods(id));
			model.addAttribute("reportStatuses", ReportStatus.values());
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", new ProgressReportService.ReportForm(null, "", ReportStatus.IN_PROGRESS));
			}
		}
		return "roadmap/measure";
	}

	@GetMapping("/measures/{id}/changes")
	String changes(@PathVariable long id, Model model) {
		MeasureView measure = this.queries.measure(id);
		model.addAttribute("measure", measure);
		model.addAttribute("entries",
				this.history.history(Measure.class, id, labels("history.measure.", MEASURE_FIELDS)));
		Map<RoadmapViews.IndicatorView, List<AuditHistory.Entry>> indicatorHistory = new LinkedHashMap<>();
		Map<String, String> labels = labels("history.indicator.", INDICATOR_FIELDS);
		String source = labels.get("providerKey");
		for (RoadmapViews.IndicatorView indicator : measure.indicators()) {
			// a provider's key is a word for integrations: people read what it measures
			indicatorHistory.put(indicator,
					this.history.history(Indicator.class, indicator.id(), labels)
						.stream()
						.map(entry -> new AuditHistory.Entry(entry.at(), entry.username(), entry.kind(), entry.changes()
							.stream()
							.map(change -> change.field().equals(source) ? new AuditHistory.Change(change.field(),
									providerText(change.before()), providerText(change.after())) : change)
							.toList()))
						.toList());
		}
		model.addAttribute("indicatorHistory", indicatorHistory);
		return "roadmap/changes";
	}

	/**
	 * What a provider measures, for the history: its description, "entered by hand" for
	 * none, or that it is gone from the catalogue.
	 */
	private String providerText(String key) {
		Locale ru = Locale.forLanguageTag("ru-RU");
		if (key == null || key.isEmpty()) {
			return this.messages.getMessage("indicator.provider.none", null, ru);
		}
		String description = this.catalog.description(key);
		return description != null ? description : this.messages.getMessage("indicator.provider.gone", null, ru);
	}

	private static final List<String> MEASURE_FIELDS = List.of("code", "title", "expectedResult", "deadlineText",
			"executors", "changeBasis", "withdrawn");

	private static final List<String> INDICATOR_FIELDS = List.of("name", "target", "providerKey", "actual", "enteredBy",
			"evidenceNote");

	/**
	 * Field names with their Russian labels from the bundle
	 * ({@code history.measure.title}, …), in display order.
	 */
	private Map<String, String> labels(String prefix, List<String> fields) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : fields) {
			labels.put(field, this.messages.getMessage(prefix + field, null, Locale.forLanguageTag("ru-RU")));
		}
		return labels;
	}

	@PostMapping("/measures/{id}/reports")
	String fileReport(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) String text, @RequestParam(required = false) ReportStatus status,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		ProgressReportService.ReportForm form = new ProgressReportService.ReportForm(period, text, status);
		List<ProgressReportService.Upload> uploads = uploads(files);
		return Forms.submit(model, redirect, () -> this.reports.file(id, form, uploads), "report.filed",
				"/measures/" + id + "#history", () -> {
					model.addAttribute("form", form);
					return measure(id, model);
				});
	}

	@PostMapping("/reports/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long measureId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return Forms.submitOnPage(redirect, () -> this.reports.withdraw(id, reason), "report.withdrawn",
				"/measures/" + measureId + "#history", (attributes, invalid) -> {
					attributes.addFlashAttribute("withdrawError", invalid.getMessage());
					attributes.addFlashAttribute("withdrawReportId", id);
				});
	}

	@GetMapping("/reports/{id}/files/{index}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable int index) {
		ProgressReportService.Evidence file = this.reports.evidence(id, index);
		return Downloads.privateAttachment(file.content(), file.fileName(), file.contentType());
	}

	static List<ProgressReportService.Upload> uploads(List<MultipartFile> files) {
		List<ProgressReportService.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
					continue;
				}
				try {
					uploads.add(new ProgressReportService.Upload(
							file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return uploads;
	}

}

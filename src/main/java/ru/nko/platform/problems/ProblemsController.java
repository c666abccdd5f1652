package ru.nko.platform.problems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityFilter;
import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.system.AuditHistory;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Forms;
import ru.nko.platform.system.ListFilters;

/**
 * Problems of NGOs: the public list, the form with suggestions of similar problems, the
 * card with moderation.
 */
@Controller
class ProblemsController {

	static final int PAGE_SIZE = 20;

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final ProblemQueries queries;

	private final ProblemWork work;

	private final DirectoryManagement directory;

	private final AuditHistory history;

	private final TableExport export;

	private final MessageSource messages;

	ProblemsController(ProblemQueries queries, ProblemWork work, DirectoryManagement directory, AuditHistory history,
			TableExport export, MessageSource messages) {
		this.queries = queries;
		this.work = work;
		this.directory = directory;
		this.history = history;
		this.export = export;
		this.messages = messages;
	}

	/** Page numbers in the address start at 1, as people count. */
	@GetMapping("/problems")
	String list(ListQuery query, @RequestParam(defaultValue = "1") int page, Model model) {
		MunicipalityFilter place = this.directory.municipalityFilter(query.municipality());
		ProblemQueries.Filter filter = query.filter(place.selectedId());
		Page<ProblemQueries.Row> result = this.queries.list(filter, ListFilters.page(page, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("rows", result.getContent());
		model.addAttribute("capped", result.getTotalElements() > ListFilters.COUNT_CAP);
		model.addAttribute("place", place);
		model.addAttribute("placeUrl", ListFilters.currentWithout("page", "municipality"));
		model.addAttribute("categories", this.queries.categoryChoices());
		model.addAttribute("statuses", ProblemStatus.values());
		model.addAttribute("pageUrl", ListFilters.currentWithoutPage());
		model.addAttribute("exportUrl", url("/problems/export.xlsx", filter));
		model.addAttribute("mayExport", ProblemAccess.mayExport(CurrentUser.get()));
		return "problems/problems";
	}

	@GetMapping("/municipalities/{id}/problems")
	String municipality(@PathVariable long id) {
		return "redirect:/problems?municipality=" + id;
	}

	@GetMapping("/problems/export.xlsx")
	ResponseEntity<byte[]> export(ListQuery query) {
		List<ProblemQueries.Row> rows = this.queries
			.export(query.filter(this.directory.municipalityFilter(query.municipality()).selectedId()));
		List<String> headers = new ArrayList<>();
		for (String column : new String[] { "id", "title", "municipality", "category", "status", "registered",
				"supporters" }) {
			headers.add(text("problems.export." + column));
		}
		List<List<Object>> data = rows.stream()
			.<List<Object>>map(r -> List.of(r.id(), r.title(), r.municipality(), r.categoryName(),
					text("problems.status." + r.status().name()), r.registeredOn(), r.supporters()))
			.toList();
		byte[] xlsx = this.export.xlsx(List.of(new TableExport.SheetData(text("problems.title"), headers, data)));
		// officers' exports hold problems not yet public: kept out of shared caches
		return Downloads.privateAttachment(xlsx, text("problems.export.fileName") + ".xlsx", Downloads.XLSX);
	}

	/**
	 * The form; with a title already typed (the "find similar" button without JavaScript)
	 * it shows similar problems.
	 */
	@GetMapping("/problems/new")
	String form(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
			@RequestParam(required = false) String category, @RequestParam(required = false) Long municipalityId,
			@RequestParam(required = false) Long organizationId, Model model) {
		ProblemQueries.Choices choices = this.queries.choices();
		Long municipality = municipalityId != null ? municipalityId : defaultMunicipality(choices, organizationId);
		ProblemWork.Form form = new ProblemWork.Form(title, description, category, municipality, organizationId);
		if (title != null && municipality != null) {
			model.addAttribute("suggestions", this.queries.similar(municipality, title));
		}
		return renderForm(form, choices, model);
	}

	@PostMapping("/problems")
	String record(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String category, @RequestParam(required = false) String municipalityId,
			@RequestParam(required = false) String organizationId,
			@RequestParam(required = false) List<MultipartFile> files, @RequestParam(required = false) String action,
			Model model, RedirectAttributes redirect) throws IOException {
		ProblemWork.Form form = new ProblemWork.Form(title, description, category, ListFilters.id(municipalityId),
				ListFilters.id(organizationId));
		if ("similar".equals(action)) {
			// "find similar" without JavaScript: the same form again, with suggestions,
			// nothing saved
			if (form.municipalityId() != null) {
				model.addAttribute("suggestions", this.queries.similar(form.municipalityId(), title));
			}
			model.addAttribute("searched", true);
			return renderForm(form, this.queries.choices(), model);
		}
		List<ProblemWork.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				uploads.add(new ProblemWork.Upload(file.getOriginalFilename(), file.getBytes()));
			}
		}
		return Forms.submit(model, redirect, () -> "/problems/" + this.work.record(form, uploads), "problem.recorded",
				() -> renderForm(form, this.queries.choices(), model));
	}

	/**
	 * The suggestions fragment for the form (htmx): similar problems of the municipality
	 * while the title is typed.
	 */
	@GetMapping("/problems/similar")
	String similar(@RequestParam(required = false) Long municipality,
			@RequestParam(required = false) Long municipalityId, @RequestParam(required = false) String title,
			Model model) {
		Long where = municipality != null ? municipality : municipalityId;
		model.addAttribute("suggestions",
				where == null || title == null ? List.of() : this.queries.similar(where, title));
		return "problems/problem-form :: suggestions";
	}

	@GetMapping("/problems/{id}")
	String card(@PathVariable long id, Model model) {
		ProblemQueries.Card card = this.queries.card(id);
		model.addAttribute("problem", card);
		if (card.mayModerate()) {
			model.addAttribute("categories",
					this.queries.categoryChoices().stream().filter(ProblemQueries.CategoryChoice::active).toList());
		}
		if (card.privileged()) {
			model.addAttribute("entries", this.history.history(Problem.class, id, "problem.field.",
					List.of("title", "description", "category", "status", "rejectionReason")));
		}
		return "problems/problem";
	}

	@PostMapping("/problems/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(required = false) String category, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.work.accept(id, category), "problem.accepted",
				"/problems/" + id, () -> card(id, model));
	}

	@PostMapping("/problems/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.work.reject(id, reason), "problem.rejected", "/problems/" + id,
				() -> card(id, model));
	}

	@PostMapping("/problems/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.work.resolve(id, note), "problem.resolved", "/problems/" + id,
				() -> card(id, model));
	}

	@PostMapping("/problems/{id}/supporters")
	String join(@PathVariable long id, @RequestParam long organizationId, Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.work.join(id, organizationId), "problem.joined",
				"/problems/" + id, () -> card(id, model));
	}

	@PostMapping("/problems/{id}/supporters/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long organizationId, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.work.withdraw(id, organizationId), "problem.withdrawn",
				"/problems/" + id, () -> card(id, model));
	}

	@GetMapping("/problems/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		ProblemQueries.FileContent file = this.queries.attachment(id, attachmentId);
		return Downloads.privateAttachment(file.content(), file.fileName(), file.contentType());
	}

	private String renderForm(ProblemWork.Form form, ProblemQueries.Choices choices, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("choices", choices);
		model.addAttribute("maxFiles", ProblemWork.MAX_FILES);
		return "problems/problem-form";
	}

	private static Long defaultMunicipality(ProblemQueries.Choices choices, Long organizationId) {
		if (organizationId != null) {
			return choices.organizations()
				.stream()
				.filter(o -> o.id() == organizationId && o.municipalityId() != null)
				.map(o -> o.municipalityId())
				.findFirst()
				.orElse(choices.defaultMunicipalityId());
		}
		return choices.defaultMunicipalityId();
	}

	/**
	 * The list's filters as the address gives them; a value that cannot be read is
	 * ignored.
	 */
	record ListQuery(String municipality, String status, String category) {

		ProblemQueries.Filter filter(Long municipalityId) {
			return new ProblemQueries.Filter(municipalityId, ListFilters.option(ProblemStatus.class, this.status),
					this.category == null || this.category.isBlank() ? null : this.category.strip());
		}
	}

	/** A list's address with its filters, for the pager and the export. */
	private static String url(String path, ProblemQueries.Filter filter) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (filter.municipalityId() != null) {
			url.queryParam("municipality", filter.municipalityId());
		}
		if (filter.status() != null) {
			url.queryParam("status", filter.status().name());
		}
		if (filter.category() != null) {
			url.queryParam("category", filter.category());
		}
		return url.encode().build().toUriString();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, RU);
	}

}

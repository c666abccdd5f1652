package ru.nko.platform.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.system.AuditHistory;
import ru.nko.platform.system.Forms;
import ru.nko.platform.system.ListFilters;

/**
 * The administrator's pages for the municipality and body directories: lists, add and
 * edit forms, history.
 */
@Controller
class ReferenceDataController {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final ReferenceDataService service;

	private final AuditHistory history;

	private final MessageSource messages;

	ReferenceDataController(ReferenceDataService service, AuditHistory history, MessageSource messages) {
		this.service = service;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping("/admin/municipalities")
	String municipalities(Model model) {
		model.addAttribute("municipalities", this.service.municipalities());
		return "directory/municipalities";
	}

	@GetMapping("/admin/municipalities/new")
	String newMunicipality(Model model) {
		return municipalityPage(model, null, new ReferenceDataService.MunicipalityForm("", null, "", true), 0);
	}

	@PostMapping("/admin/municipalities")
	String createMunicipality(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String oktmo, @RequestParam(defaultValue = "false") boolean active,
			Model model, RedirectAttributes redirect) {
		var form = new ReferenceDataService.MunicipalityForm(name, ListFilters.option(MunicipalityKind.class, kind),
				oktmo, active);
		return Forms.submit(model, redirect, () -> "/admin/municipalities/" + this.service.createMunicipality(form),
				"municipality.created", () -> municipalityPage(model, null, form, 0));
	}

	@GetMapping("/admin/municipalities/{id}")
	String municipality(@PathVariable long id, Model model) {
		var m = this.service.municipality(id);
		var form = new ReferenceDataService.MunicipalityForm(m.name(), m.kind(), m.oktmo(), m.active());
		return municipalityPage(model, m, form, m.version());
	}

	@PostMapping("/admin/municipalities/{id}")
	String updateMunicipality(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String oktmo, @RequestParam(defaultValue = "false") boolean active,
			Model model, RedirectAttributes redirect) {
		var form = new ReferenceDataService.MunicipalityForm(name, ListFilters.option(MunicipalityKind.class, kind),
				oktmo, active);
		return Forms.submit(model, redirect, () -> this.service.updateMunicipality(id, version, form),
				"municipality.saved", "/admin/municipalities/" + id, () -> {
					// the current version: after "changed by someone else" a second save
					// is
					// a deliberate overwrite
					var current = this.service.municipality(id);
					return municipalityPage(model, current, form, current.version());
				});
	}

	@GetMapping("/admin/bodies")
	String bodies(Model model) {
		model.addAttribute("bodies", this.service.bodies());
		return "directory/bodies";
	}

	@GetMapping("/admin/bodies/new")
	String newBody(Model model) {
		return bodyPage(model, null, new ReferenceDataService.BodyForm("", "", null, true), 0);
	}

	@PostMapping("/admin/bodies")
	String createBody(@RequestParam(required = false) String name, @RequestParam(required = false) String shortName,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean active,
			Model model, RedirectAttributes redirect) {
		var form = new ReferenceDataService.BodyForm(name, shortName, ListFilters.option(BodyKind.class, kind), active);
		return Forms.submit(model, redirect, () -> "/admin/bodies/" + this.service.createBody(form), "body.created",
				() -> bodyPage(model, null, form, 0));
	}

	@GetMapping("/admin/bodies/{id}")
	String body(@PathVariable long id, Model model) {
		var b = this.service.body(id);
		var form = new ReferenceDataService.BodyForm(b.name(), b.shortName(), b.kind(), b.active());
		return bodyPage(model, b, form, b.version());
	}

	@PostMapping("/admin/bodies/{id}")
	String updateBody(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String shortName,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean active,
			Model model, RedirectAttributes redirect) {
		var form = new ReferenceDataService.BodyForm(name, shortName, ListFilters.option(BodyKind.class, kind), active);
		return Forms.submit(model, redirect, () -> this.service.updateBody(id, version, form), "body.saved",
				"/admin/bodies/" + id, () -> {
					// the current version: after "changed by someone else" a second save
					// is
					// a deliberate overwrite
					var current = this.service.body(id);
					return bodyPage(model, current, form, current.version());
				});
	}

	private String municipalityPage(Model model, ReferenceDataService.MunicipalityView municipality,
			ReferenceDataService.MunicipalityForm form, long version) {
		model.addAttribute("municipality", municipality);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("kinds", MunicipalityKind.values());
		if (municipality != null) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("name", text("municipality.field.name"));
			fields.put("kind", text("municipality.field.kind"));
			fields.put("oktmo", text("municipality.field.oktmo"));
			fields.put("active", text("directory.field.active"));
			model.addAttribute("entries", readable(this.history.history(Municipality.class, municipality.id(), fields),
					text("municipality.field.kind"), value -> text("municipality.kind." + value)));
		}
		return "directory/municipality";
	}

	private String bodyPage(Model model, ReferenceDataService.BodyView body, ReferenceDataService.BodyForm form,
			long version) {
		model.addAttribute("body", body);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("kinds", BodyKind.values());
		if (body != null) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("name", text("body.field.name"));
			fields.put("shortName", text("body.field.shortName"));
			fields.put("kind", text("body.field.kind"));
			fields.put("active", text("directory.field.active"));
			fields.put("aliases", text("body.field.aliases"));
			model.addAttribute("entries", readable(this.history.history(Body.class, body.id(), fields),
					text("body.field.kind"), value -> text("body.kind." + value)));
		}
		return "directory/body";
	}

	/** History entries with the kind shown in Russian rather than as a constant name. */
	private static List<AuditHistory.Entry> readable(List<AuditHistory.Entry> entries, String kindLabel,
			Function<String, String> kindName) {
		return entries.stream()
			.map(entry -> new AuditHistory.Entry(entry.at(), entry.username(), entry.kind(),
					entry.changes()
						.stream()
						.map(change -> change.field().equals(kindLabel) ? new AuditHistory.Change(change.field(),
								change.before().isEmpty() ? "" : kindName.apply(change.before()),
								change.after().isEmpty() ? "" : kindName.apply(change.after())) : change)
						.toList()))
			.toList();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, RU);
	}

}

package ru.nko.platform.directory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

/** The representative's form for their organisation's card. */
@Controller
class OrganizationEditController {

	private final OrganizationEditing editing;

	private final DirectoryManagement directory;

	private final AuditHistory history;

	private final MessageSource messages;

	OrganizationEditController(OrganizationEditing editing, DirectoryManagement directory, AuditHistory history,
			MessageSource messages) {
		this.editing = editing;
		this.directory = directory;
		this.history = history;
		this.messages = messages;
	}

	/**
	 * Who changed what in the card, when: for the organisation's representatives and
	 * administrators.
	 */
	@GetMapping("/organizations/{id}/history")
	String history(@PathVariable long id, Model model) {
		OrganizationData data = this.editing.editable(id);
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : new String[] { "name", "shortName", "legalForm", "inn", "ogrn", "kpp", "registrationDate",
				"address", "municipalityId", "socialOriented", "iopu", "resourceCenter", "supportParticipant",
				"website", "publicEmail", "publicPhone", "headName", "headPosition", "description", "contactPerson",
				"contactEmail", "contactPhone", "activityAreas", "socialPages", "active" }) {
			fields.put(field,
					this.messages.getMessage("orghistory.field." + field, null, Locale.forLanguageTag("ru-RU")));
		}
		model.addAttribute("organizationId", id);
		model.addAttribute("data", data);
		model.addAttribute("entries", this.history.history(Organization.class, id, fields));
		return "directory/organization-history";
	}

	@GetMapping("/organizations/{id}/edit")
	String form(@PathVariable long id, Model model) {
		OrganizationData data = this.editing.editable(id);
		return page(id, data, OrganizationEditing.Form.of(data), model);
	}

	@PostMapping("/organizations/{id}/edit")
	String save(@PathVariable long id, OrganizationEditing.Form form,
			@RequestParam(required = false) Set<ActivityArea> areas,
			@RequestParam(defaultValue = "false") boolean statusesGiven,
			@RequestParam(defaultValue = "false") boolean socialOriented,
			@RequestParam(required = false) String socialOrientedSince,
			@RequestParam(defaultValue = "false") boolean iopu, @RequestParam(required = false) String iopuSince,
			@RequestParam(defaultValue = "false") boolean resourceCenter,
			@RequestParam(defaultValue = "false") boolean supportParticipant, Model model,
			RedirectAttributes redirect) {
		OrganizationEditing.Statuses statuses = statusesGiven ? new OrganizationEditing.Statuses(socialOriented,
				socialOrientedSince, iopu, iopuSince, resourceCenter, supportParticipant) : null;
		OrganizationEditing.Form submitted = new OrganizationEditing.Form(form.name(), form.shortName(),
				form.legalForm(), form.kpp(), form.registrationDate(), form.address(), form.municipalityId(),
				form.website(), form.publicEmail(), form.publicPhone(), form.headName(), form.headPosition(),
				form.description(), form.contactPerson(), form.contactEmail(), form.contactPhone(),
				areas == null ? Set.of() : areas, form.vk(), form.telegram(), form.ok(), statuses);
		return Forms.submit(model, redirect, () -> this.editing.update(id, submitted), "organization.saved",
				"/organizations/" + id, () -> page(id, this.editing.editable(id), submitted, model));
	}

	private String page(long id, OrganizationData data, OrganizationEditing.Form form, Model model) {
		model.addAttribute("organizationId", id);
		model.addAttribute("data", data);
		model.addAttribute("missing", CardCompleteness.missing(data));
		model.addAttribute("completeness", CardCompleteness.percent(data));
		model.addAttribute("form", form);
		model.addAttribute("municipalities", this.directory.municipalities());
		model.addAttribute("areas", ActivityArea.values());
		return "directory/organization-edit";
	}

}

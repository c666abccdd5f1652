package ru.nko.platform.openness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import ru.nko.platform.system.InvalidInput;

/**
 * The administrator's page of the openness checklist: every criterion editable, a new
 * one, the history of each.
 */
@Controller
class CriteriaController {

	private final CriteriaAdministration administration;

	private final AuditHistory history;

	private final MessageSource messages;

	CriteriaController(CriteriaAdministration administration, AuditHistory history, MessageSource messages) {
		this.administration = administration;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping("/admin/openness/criteria")
	String criteria(Model model) {
		model.addAttribute("criteria", this.administration.all());
		model.addAttribute("checks", CriteriaAdministration.checkKeys());
		if (!model.containsAttribute("newForm")) {
			model.addAttribute("newForm", new CriteriaAdministration.Form(null, "", "", "", 10, null, false, true, 99));
		}
		return "openness/criteria";
	}

	@GetMapping("/admin/openness/criteria/{id}/history")
	String history(@PathVariable long id, Model model) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : new String[] { "name", "explanation", "weight", "checkKind", "checkTarget",
				"requiredForApplicants", "active" }) {
			fields.put(field,
					this.messages.getMessage("criterion.field." + field, null, Locale.forLanguageTag("ru-RU")));
		}
		model.addAttribute("entries", this.history.history(Criterion.class, id, fields));
		return "openness/criterion-history";
	}

	@PostMapping("/admin/openness/criteria")
	String save(@RequestParam(required = false) Long id, @RequestParam(required = false) String code,
			@RequestParam(required = false) String name, @RequestParam(required = false) String explanation,
			@RequestParam(required = false) Integer weight, @RequestParam(required = false) String check,
			@RequestParam(defaultValue = "false") boolean required,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(required = false) Integer position,
			Model model, RedirectAttributes redirect) {
		CriteriaAdministration.Form form = new CriteriaAdministration.Form(id, code, name, explanation, weight, check,
				required, active, position);
		return Forms.submit(model, redirect, () -> this.administration.save(form), "criterion.saved",
				"/admin/openness/criteria", () -> again(form, model));
	}

	/**
	 * The page again with the refused form. Its errors link to no field: every criterion
	 * has a form with fields of the same names.
	 */
	private String again(CriteriaAdministration.Form form, Model model) {
		if (model.getAttribute("formErrors") instanceof List<?> errors) {
			model.addAttribute("formErrors",
					new InvalidInput(errors.stream().map(InvalidInput.FieldError.class::cast).toList()).wholeForm());
		}
		if (form.id() == null) {
			model.addAttribute("newForm", form);
		}
		return criteria(model);
	}

}

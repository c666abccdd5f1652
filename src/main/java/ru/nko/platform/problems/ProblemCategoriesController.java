package ru.nko.platform.problems;

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
 * The administrator's page of problem categories: each editable, a new one, the history
 * of each.
 */
@Controller
class ProblemCategoriesController {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final ProblemCategories categories;

	private final AuditHistory history;

	private final MessageSource messages;

	ProblemCategoriesController(ProblemCategories categories, AuditHistory history, MessageSource messages) {
		this.categories = categories;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping("/admin/problem-categories")
	String page(Model model) {
		model.addAttribute("categories", this.categories.all());
		if (!model.containsAttribute("newForm")) {
			model.addAttribute("newForm", new ProblemCategories.Form(null, "", "", 100, true));
		}
		return "problems/problem-categories";
	}

	@PostMapping("/admin/problem-categories")
	String save(@RequestParam(required = false) Long id, @RequestParam(required = false) String code,
			@RequestParam(required = false) String name, @RequestParam(required = false) Integer position,
			@RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
		ProblemCategories.Form form = new ProblemCategories.Form(id, code, name, position, active);
		return Forms.submit(model, redirect, () -> this.categories.save(form), "problemCategory.saved",
				"/admin/problem-categories", () -> {
					if (id == null) {
						model.addAttribute("newForm", form);
					}
					else {
						// an existing category's row has no field ids of its own: the
						// summary then names no field
						model.addAttribute("formErrors", unnamed(model.getAttribute("formErrors")));
					}
					return page(model);
				});
	}

	private static List<InvalidInput.FieldError> unnamed(Object errors) {
		return ((List<?>) errors).stream()
			.map(e -> new InvalidInput.FieldError(null, ((InvalidInput.FieldError) e).message()))
			.toList();
	}

	@GetMapping("/admin/problem-categories/{id}/history")
	String history(@PathVariable long id, Model model) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : new String[] { "code", "name", "position", "active" }) {
			fields.put(field, this.messages.getMessage("problemCategories." + field, null, RU));
		}
		model.addAttribute("entries", this.history.history(ProblemCategory.class, id, fields));
		return "problems/problem-category-history";
	}

}

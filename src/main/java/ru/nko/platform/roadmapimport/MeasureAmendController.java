package ru.nko.platform.roadmapimport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.roadmap.ExecutorRole;
import ru.nko.platform.roadmap.MeasureAssignment;
import ru.nko.platform.system.Forms;

/**
 * The administrator's page to change a measure's deadline and executors by hand, with the
 * basis of the change; the measure's history shows who changed what and when.
 */
@Controller
class MeasureAmendController {

	/** Empty rows offered for adding executors. */
	private static final int SPARE_ROWS = 2;

	private final MeasureAmendments amendments;

	MeasureAmendController(MeasureAmendments amendments) {
		this.amendments = amendments;
	}

	@GetMapping("/admin/measures/{id}")
	String form(@PathVariable long id, Model model) {
		MeasureAssignment measure = this.amendments.assignment(id);
		return page(measure, this.amendments.form(measure), model);
	}

	@PostMapping("/admin/measures/{id}")
	String amend(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String deadline,
			@RequestParam(name = "body", required = false) List<String> bodies,
			@RequestParam(name = "role", required = false) List<String> roles,
			@RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
		MeasureAmendments.AmendForm form = new MeasureAmendments.AmendForm(version, deadline, rows(bodies, roles),
				basis);
		return Forms.submit(model, redirect, () -> this.amendments.amend(id, form), "amend.done", "/measures/" + id,
				() -> page(this.amendments.assignment(id), form, model));
	}

	private String page(MeasureAssignment measure, MeasureAmendments.AmendForm form, Model model) {
		List<MeasureAmendments.Row> rows = new ArrayList<>(
				form.rows().stream().filter(row -> row.bodyId() != null).toList());
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new MeasureAmendments.Row(null, ExecutorRole.CO));
		}
		model.addAttribute("measure", measure);
		model.addAttribute("form", form);
		model.addAttribute("rows", rows);
		model.addAttribute("bodies", this.amendments.bodies());
		model.addAttribute("roles", ExecutorRole.values());
		return "roadmapimport/measure-amend";
	}

	/**
	 * The rows as sent: a body and a part each, in order; what is not a number or a part
	 * counts as not chosen.
	 */
	static List<MeasureAmendments.Row> rows(List<String> bodies, List<String> roles) {
		List<MeasureAmendments.Row> rows = new ArrayList<>();
		if (bodies == null) {
			return rows;
		}
		for (int i = 0; i < bodies.size(); i++) {
			Long bodyId = null;
			try {
				bodyId = bodies.get(i) == null || bodies.get(i).isBlank() ? null : Long.valueOf(bodies.get(i).strip());
			}
			catch (NumberFormatException ex) {
				bodyId = -1L;
			}
			ExecutorRole role = null;
			if (roles != null && i < roles.size()) {
				role = "LEAD".equals(roles.get(i)) ? ExecutorRole.LEAD : ExecutorRole.CO;
			}
			rows.add(new MeasureAmendments.Row(bodyId, role));
		}
		return rows;
	}

}

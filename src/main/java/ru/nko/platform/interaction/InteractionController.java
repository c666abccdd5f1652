package ru.nko.platform.interaction;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The starting page of the work of NGOs with municipalities: problems, plans, meetings,
 * officials, reports.
 */
@Controller
class InteractionController {

	private final QuarterlyReports reports;

	InteractionController(QuarterlyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/interaction")
	String index(Model model) {
		model.addAttribute("reportMunicipalities", this.reports.reportMunicipalities());
		return "interaction/index";
	}

}

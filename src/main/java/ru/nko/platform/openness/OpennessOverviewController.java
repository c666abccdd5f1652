package ru.nko.platform.openness;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nko.platform.directory.ActivityArea;
import ru.nko.platform.directory.DirectoryManagement;

/**
 * The administrator's picture of openness across the region, with drill-down to the
 * organisations.
 */
@Controller
class OpennessOverviewController {

	private final OpennessOverview overview;

	private final DirectoryManagement directory;

	OpennessOverviewController(OpennessOverview overview, DirectoryManagement directory) {
		this.overview = overview;
		this.directory = directory;
	}

	@GetMapping("/admin/openness")
	String overview(@RequestParam(required = false) Long municipality,
			@RequestParam(required = false) ActivityArea area, Model model) {
		if (municipality != null || area != null) {
			model.addAttribute("lines", this.overview.drillDown(municipality, area));
			model.addAttribute("municipality",
					municipality == null ? null : this.directory.municipality(municipality).orElse(null));
			model.addAttribute("area", area);
			return "openness/drill-down";
		}
		model.addAttribute("picture", this.overview.picture());
		return "openness/overview";
	}

}

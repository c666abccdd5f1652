package ru.nko.platform.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nko.platform.roadmap.RoadmapViews.RoadmapSummary;
import ru.nko.platform.shared.export.Downloads;

/** Progress at a glance, and the roadmap as a spreadsheet. */
@Controller
class DashboardController {

	private final RoadmapQueries queries;

	private final RoadmapExport export;

	DashboardController(RoadmapQueries queries, RoadmapExport export) {
		this.queries = queries;
		this.export = export;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Long roadmap, Model model) {
		List<RoadmapSummary> roadmaps = this.queries.roadmaps();
		Optional<Long> current = this.queries.currentRoadmapId();
		if (current.isEmpty()) {
			return "roadmap/empty";
		}
		long id = roadmap != null ? roadmap : current.get();
		model.addAttribute("dashboard", this.queries.dashboard(id));
		model.addAttribute("roadmaps", roadmaps);
		return "roadmap/dashboard";
	}

	@GetMapping("/roadmaps/{id}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return Downloads.attachment(this.export.xlsx(id), "roadmap-" + id + ".xlsx", Downloads.XLSX);
	}

}

package ru.nko.platform.interaction;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.shared.time.Quarter;

/**
 * A municipality's quarterly report: the page with its numbers, and the PDF and XLSX
 * files.
 */
@Controller
class QuarterlyReportController {

	private final QuarterlyReports reports;

	private final QuarterlyReportDocuments documents;

	QuarterlyReportController(QuarterlyReports reports, QuarterlyReportDocuments documents) {
		this.reports = reports;
		this.documents = documents;
	}

	@GetMapping("/municipalities/{id}/report")
	String page(@PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, Model model) {
		QuarterlyReports.Report report = report(id, year, quarter);
		model.addAttribute("report", report);
		model.addAttribute("reportTitle", this.documents.title(report));
		model.addAttribute("summary", this.documents.summary(report));
		model.addAttribute("quarters", quarters());
		return "interaction/report";
	}

	@GetMapping("/municipalities/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter) {
		QuarterlyReports.Report report = report(id, year, quarter);
		return Downloads.privateAttachment(this.documents.pdf(report), name(report, "pdf"), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/municipalities/{id}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter) {
		QuarterlyReports.Report report = report(id, year, quarter);
		return Downloads.privateAttachment(this.documents.xlsx(report), name(report, "xlsx"), Downloads.XLSX);
	}

	private QuarterlyReports.Report report(long id, Integer year, Integer quarter) {
		Quarter current = this.reports.defaultQuarter();
		return this.reports.report(id, year == null ? current.year() : year,
				quarter == null ? current.quarter() : quarter);
	}

	/** The last eight quarters, newest first, for the choice on the page. */
	private List<Quarter> quarters() {
		List<Quarter> list = new ArrayList<>();
		for (Quarter q = this.reports.defaultQuarter(); list.size() < 8; q = q.previous()) {
			list.add(q);
		}
		return list;
	}

	private static String name(QuarterlyReports.Report report, String extension) {
		return "otchet-" + report.municipality().id() + "-" + report.year() + "-q" + report.quarter() + "." + extension;
	}

}

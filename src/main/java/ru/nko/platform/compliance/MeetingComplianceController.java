package ru.nko.platform.compliance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nko.platform.compliance.ComplianceRules.QuarterStatus;
import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.system.ListFilters;

/**
 * The public page of compliance with the meetings' schedule: 18 municipalities by quarter
 * of a year, and its XLSX.
 */
@Controller
class MeetingComplianceController {

	/** The first year offered: the roadmap was adopted in 2023. */
	static final int FIRST_YEAR = 2023;

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final MeetingCompliance compliance;

	private final TableExport export;

	private final MessageSource messages;

	private final Clock clock;

	MeetingComplianceController(MeetingCompliance compliance, TableExport export, MessageSource messages, Clock clock) {
		this.compliance = compliance;
		this.export = export;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Municipalities a page: a region's fit on one, a country's thousands are paged (the
	 * totals count them all).
	 */
	static final int PAGE_SIZE = 100;

	@GetMapping("/meetings/compliance")
	String page(@RequestParam(required = false) String year, @RequestParam(defaultValue = "1") int page, Model model) {
		int shown = year(year);
		int current = ComplianceRules.today(this.clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = Math.max(current + 1, shown); y >= Math.min(FIRST_YEAR, shown); y--) {
			years.add(y);
		}
		MeetingCompliance.Matrix matrix = this.compliance.matrix(shown);
		PageRequest pageable = ListFilters.page(page, PAGE_SIZE);
		int from = (int) Math.min(pageable.getOffset(), matrix.rows().size());
		List<MeetingCompliance.Row> rows = matrix.rows()
			.subList(from, Math.min(from + PAGE_SIZE, matrix.rows().size()));
		model.addAttribute("matrix", matrix);
		model.addAttribute("rows", rows);
		model.addAttribute("page", new PageImpl<>(rows, pageable, matrix.rows().size()));
		model.addAttribute("pageUrl", ListFilters.currentWithoutPage());
		model.addAttribute("years", years);
		model.addAttribute("statuses", QuarterStatus.values());
		return "compliance/meeting-compliance";
	}

	@GetMapping("/meetings/compliance.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year) {
		MeetingCompliance.Matrix matrix = this.compliance.matrix(year(year));
		List<String> headers = new ArrayList<>();
		headers.add(text("compliance.municipality"));
		for (MeetingCompliance.Column column : matrix.columns()) {
			headers.add(text("compliance.quarter", column.roman()));
		}
		headers.add(text("compliance.plan"));
		headers.add(text("compliance.overdue"));
		List<List<Object>> rows = new ArrayList<>();
		for (MeetingCompliance.Row row : matrix.rows()) {
			List<Object> values = new ArrayList<>();
			values.add(row.municipality());
			for (MeetingCompliance.Cell cell : row.quarters()) {
				String status = text("compliance.status." + cell.status());
				values.add(cell.heldWithoutMinutes() > 0 ? status + " (" + text("compliance.note.withoutMinutes") + ")"
						: status);
			}
			values.add(row.plan() == null ? text("compliance.plan.none") : text("meetingPlan.status." + row.plan()));
			values.add(row.overdueDecisions());
			rows.add(values);
		}
		List<Object> totals = new ArrayList<>();
		totals.add(text("compliance.totals"));
		for (MeetingCompliance.Column column : matrix.columns()) {
			totals.add(text("compliance.totals.held", column.held(), matrix.municipalities()));
		}
		totals.add(text("compliance.totals.plans", matrix.plansAgreed(), matrix.municipalities()));
		totals.add(matrix.overdueDecisions());
		rows.add(totals);
		byte[] body = this.export
			.xlsx(List.of(new TableExport.SheetData(text("compliance.export.sheet", String.valueOf(matrix.year())),
					headers, rows)));
		return Downloads.attachment(body, text("compliance.export.fileName", String.valueOf(matrix.year())) + ".xlsx",
				Downloads.XLSX);
	}

	/** The year asked for, or this year when it is missing or not a year. */
	private int year(String text) {
		try {
			int year = Integer.parseInt(text == null ? "" : text.strip());
			if (year >= 2000 && year <= 2100) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// this year, below
		}
		return ComplianceRules.today(this.clock).getYear();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, RU);
	}

}

package ru.nko.platform.interaction;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.nko.platform.actionplans.ActionPlanSummary;
import ru.nko.platform.problems.RegisteredProblem;
import ru.nko.platform.shared.export.PrintDocument;
import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.shared.text.RussianFormat;

/** The quarterly report printed (PDF) and exported (XLSX, a sheet per part). */
@Component
class QuarterlyReportDocuments {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final TableExport export;

	private final RussianFormat ru;

	private final MessageSource messages;

	QuarterlyReportDocuments(TableExport export, RussianFormat ru, MessageSource messages) {
		this.export = export;
		this.ru = ru;
		this.messages = messages;
	}

	byte[] pdf(QuarterlyReports.Report report) {
		PrintDocument document = PrintDocument.titled(title(report));
		document.note(text("report.generated", this.ru.date(report.generatedOn())));
		document.paragraph(text("report.intro", this.ru.date(report.from()), this.ru.date(report.to())));
		document.heading(text("report.summary"));
		document.table(List.of(text("report.indicator"), text("report.value")), summary(report), 3, 1);
		document.heading(text("report.official"));
		document.paragraph(official(report));
		document.heading(text("report.problems.registered"));
		if (report.problems().registeredInQuarter().isEmpty()) {
			document.paragraph(text("report.problems.none"));
		}
		else {
			document.table(problemHeaders(), problemRows(report.problems().registeredInQuarter()), 2, 6, 3, 2);
		}
		document.heading(text("report.problems.open"));
		if (report.problems().open().isEmpty()) {
			document.paragraph(text("report.problems.none"));
		}
		else {
			document.table(problemHeaders(), problemRows(report.problems().open()), 2, 6, 3, 2);
		}
		document.heading(text("report.plan"));
		if (report.plan() == null) {
			document.paragraph(text("plan.none", String.valueOf(report.year())));
		}
		else {
			document.paragraph(planStatus(report));
			document.table(planHeaders(), planRows(report), 1, 7, 4, 2, 2);
		}
		document.heading(text("report.meetings"));
		if (report.meetings().meetings().isEmpty()) {
			document.paragraph(text("report.meetings.none"));
		}
		else {
			document.table(meetingHeaders(), meetingRows(report), 2, 4, 4, 2, 1, 1);
		}
		return document.pdf();
	}

	byte[] xlsx(QuarterlyReports.Report report) {
		List<TableExport.SheetData> sheets = new ArrayList<>();
		sheets.add(new TableExport.SheetData(text("report.summary"),
				List.of(text("report.indicator"), text("report.value")), summary(report)));
		List<List<Object>> problems = new ArrayList<>(problemRows(report.problems().open()));
		sheets.add(new TableExport.SheetData(text("report.problems.open"), problemHeaders(), problems));
		sheets.add(new TableExport.SheetData(text("report.problems.registered"), problemHeaders(),
				problemRows(report.problems().registeredInQuarter())));
		sheets.add(new TableExport.SheetData(text("report.plan"), planHeaders(), planRows(report)));
		sheets.add(new TableExport.SheetData(text("report.meetings"), meetingHeaders(), meetingRows(report)));
		return this.export.xlsx(sheets);
	}

	String title(QuarterlyReports.Report report) {
		return text("report.title", report.municipality().name(), report.roman(), String.valueOf(report.year()));
	}

	/** The numbers of the report, as label–value rows. */
	List<List<Object>> summary(QuarterlyReports.Report report) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(text("report.n.registeredInQuarter"), report.problems().registeredInQuarter().size()));
		rows.add(List.of(text("report.n.registered"), report.problems().counts().registered()));
		rows.add(List.of(text("report.n.inPlan"), report.problems().counts().inPlan()));
		rows.add(List.of(text("report.n.resolved"), report.problems().counts().resolved()));
		rows.add(List.of(text("report.n.planItems"), (report.plan() == null ? 0 : report.plan().total())));
		rows.add(List.of(text("report.n.planDone"), (report.plan() == null ? 0 : report.plan().done())));
		rows.add(List.of(text("report.n.planOverdue"), (report.plan() == null ? 0 : report.plan().overdue())));
		rows.add(List.of(text("report.n.meetings"), report.meetings().meetings().size()));
		rows.add(List.of(text("report.n.quarterStatus"),
				text("compliance.status." + report.meetings().quarterStatus())));
		rows.add(List.of(text("report.n.decisionsOpen"), report.meetings().decisionsOpen()));
		rows.add(List.of(text("report.n.decisionsOverdue"), report.meetings().decisionsOverdue()));
		rows.add(
				List.of(text("report.n.official"), report.official() == null ? text("report.no") : text("report.yes")));
		return rows;
	}

	private String official(QuarterlyReports.Report report) {
		if (report.official() == null) {
			return text("officials.none");
		}
		return report.official().fullName() + ", " + report.official().position() + "; "
				+ text("officials.act.value", report.official().actNumber(), this.ru.date(report.official().actDate()));
	}

	private String planStatus(QuarterlyReports.Report report) {
		ActionPlanSummary plan = report.plan();
		return plan.title() + ". "
				+ (plan.approved() ? text("plan.print.approved", plan.approvalNumber(), this.ru.date(plan.approvedOn()))
						: text("plan.print.draft"));
	}

	private List<String> problemHeaders() {
		return List.of(text("report.problem.registeredOn"), text("report.problem.title"),
				text("report.problem.category"), text("report.problem.status"));
	}

	private List<List<Object>> problemRows(List<RegisteredProblem> problems) {
		return problems.stream()
			.<List<Object>>map(p -> List.of(this.ru.date(p.registeredOn()), p.problem().title(),
					p.problem().categoryName(), text("problems.status." + p.problem().status())))
			.toList();
	}

	private List<String> planHeaders() {
		return List.of(text("plan.item.position"), text("plan.item.title"), text("plan.item.responsible"),
				text("plan.item.dueDate"), text("plan.item.status"));
	}

	private List<List<Object>> planRows(QuarterlyReports.Report report) {
		return report.plan() == null ? List.of()
				: report.plan()
					.items()
					.stream()
					.<List<Object>>map(i -> List.of(i.position(), i.title(), i.responsible(), this.ru.date(i.dueDate()),
							text("plan.item.status." + i.status())
									+ (i.overdue() ? ", " + text("plan.item.overdue").toLowerCase(RU) : "")))
					.toList();
	}

	private List<String> meetingHeaders() {
		return List.of(text("report.meeting.when"), text("report.meeting.type"), text("report.meeting.title"),
				text("report.meeting.status"), text("report.meeting.registrations"), text("report.meeting.decisions"));
	}

	private List<List<Object>> meetingRows(QuarterlyReports.Report report) {
		return report.meetings()
			.meetings()
			.stream()
			.<List<Object>>map(m -> List.of(this.ru.date(m.startsAt().toLocalDate()) + ", " + TIME.format(m.startsAt()),
					text("meeting.type." + m.type()), m.title(), text("meeting.status." + m.status()),
					m.registrations(), text("report.meeting.decisions.value", m.decisionsOpen(), m.decisionsOverdue())))
			.toList();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, RU);
	}

}

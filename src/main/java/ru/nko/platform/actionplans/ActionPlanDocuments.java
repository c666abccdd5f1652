package ru.nko.platform.actionplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.nko.platform.problems.ProblemRef;
import ru.nko.platform.shared.export.PrintDocument;
import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.shared.text.RussianFormat;

/**
 * A municipal action plan printed (PDF, to sign or hand out) and exported (XLSX, to work
 * on).
 */
@Component
class ActionPlanDocuments {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final ActionPlans plans;

	private final TableExport export;

	private final RussianFormat ru;

	private final MessageSource messages;

	private final Clock clock;

	ActionPlanDocuments(ActionPlans plans, TableExport export, RussianFormat ru, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.export = export;
		this.ru = ru;
		this.messages = messages;
		this.clock = clock;
	}

	byte[] pdf(long municipalityId, int year) {
		ActionPlans.Page page = this.plans.page(municipalityId, year);
		PrintDocument document = PrintDocument.titled(title(page)).landscape();
		if (page.plan() == null) {
			return document.paragraph(text("plan.none", String.valueOf(page.year()))).pdf();
		}
		document.paragraph(page.plan().status() == ActionPlan.Status.APPROVED
				? text("plan.print.approved", page.plan().approvalNumber(), this.ru.date(page.plan().approvedOn()))
				: text("plan.print.draft"));
		document.paragraph(text("plan.print.totals", page.totals().total(), page.totals().done(),
				page.totals().overdue(), page.totals().donePercent()));
		List<List<Object>> rows = new ArrayList<>();
		for (ActionPlans.ItemView item : page.items()) {
			rows.add(List.of(item.position(), item.title(), problems(item), item.responsible(),
					this.ru.date(item.dueDate()), status(item)));
		}
		document.table(headers(), rows, 4, 30, 26, 16, 10, 14);
		document.note(text("plan.print.generated", this.ru.date(LocalDate.now(this.clock))));
		return document.pdf();
	}

	byte[] xlsx(long municipalityId, int year) {
		ActionPlans.Page page = this.plans.page(municipalityId, year);
		List<List<Object>> rows = new ArrayList<>();
		for (ActionPlans.ItemView item : page.items()) {
			List<Object> row = new ArrayList<>(List.of(item.position(), item.title(), problems(item),
					item.responsible(), item.dueDate(), status(item)));
			row.add(item.doneOn());
			row.add(item.statusNote());
			rows.add(row);
		}
		List<String> headers = new ArrayList<>(headers());
		headers.add(text("plan.item.doneOn"));
		headers.add(text("plan.item.statusNote"));
		return this.export.xlsx(List
			.of(new TableExport.SheetData(text("plan.export.sheet", String.valueOf(page.year())), headers, rows)));
	}

	private String title(ActionPlans.Page page) {
		return page.plan() != null ? page.plan().title()
				: text("plan.title", page.municipality().name(), String.valueOf(page.year()));
	}

	private List<String> headers() {
		return List.of(text("plan.item.position"), text("plan.item.title"), text("plan.item.problems"),
				text("plan.item.responsible"), text("plan.item.dueDate"), text("plan.item.status"));
	}

	private static String problems(ActionPlans.ItemView item) {
		return item.problems().stream().map(ProblemRef::title).collect(Collectors.joining("; "));
	}

	private String status(ActionPlans.ItemView item) {
		String status = text("plan.item.status." + item.status());
		return item.overdue() ? status + ", " + text("plan.item.overdue").toLowerCase(RU) : status;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, RU);
	}

}

package ru.nko.platform.actionplans;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.problems.ProblemRef;
import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.system.AuditHistory;
import ru.nko.platform.system.Forms;
import ru.nko.platform.system.NotFound;

/**
 * Municipal action plans: the overview of all municipalities, a plan, an item, and
 * printing and export.
 */
@Controller
class ActionPlansController {

	private final ActionPlans plans;

	private final ActionPlanDocuments documents;

	private final AuditHistory audit;

	private final Clock clock;

	ActionPlansController(ActionPlans plans, ActionPlanDocuments documents, AuditHistory audit, Clock clock) {
		this.plans = plans;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/plans")
	String overview(@RequestParam(required = false) Integer year, Model model) {
		int y = year(year);
		List<ActionPlans.OverviewRow> rows = this.plans.overview(y);
		model.addAttribute("year", y);
		model.addAttribute("years", years());
		model.addAttribute("rows", rows);
		model.addAttribute("approved",
				rows.stream().filter(r -> r.plan() != null && r.plan().status() == ActionPlan.Status.APPROVED).count());
		return "actionplans/plans";
	}

	@GetMapping("/municipalities/{id}/plan")
	String plan(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		return renderPlan(id, year(year), model, new ActionPlans.ItemForm("", "", "", List.of()),
				new ActionPlans.ApprovalForm("", ""));
	}

	@PostMapping("/municipalities/{id}/plan")
	String create(@PathVariable long id, @RequestParam(defaultValue = "0") int year,
			@RequestParam(defaultValue = "") String title, Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.plans.create(id, year, title), "plan.created",
				"/municipalities/" + id + "/plan?year=" + year, () -> renderPlan(id, year, model,
						new ActionPlans.ItemForm("", "", "", List.of()), new ActionPlans.ApprovalForm("", "")));
	}

	@PostMapping("/plans/{planId}/items")
	String addItem(@PathVariable long planId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String responsible, @RequestParam(defaultValue = "") String dueDate,
			@RequestParam(required = false) List<Long> problemIds, Model model, RedirectAttributes redirect) {
		ActionPlans.ItemForm form = new ActionPlans.ItemForm(title, responsible, dueDate,
				problemIds == null ? List.of() : problemIds);
		ActionPlans.PlanView plan = this.plans.planById(planId);
		return Forms.submit(model, redirect, () -> this.plans.addItem(planId, form), "plan.item.added",
				"/municipalities/" + plan.municipalityId() + "/plan?year=" + plan.year() + "#items",
				() -> renderPlan(plan.municipalityId(), plan.year(), model, form,
						new ActionPlans.ApprovalForm("", "")));
	}

	@PostMapping("/plans/{planId}/approve")
	String approve(@PathVariable long planId, @RequestParam(defaultValue = "") String approvedOn,
			@RequestParam(defaultValue = "") String number, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		ActionPlans.ApprovalForm form = new ActionPlans.ApprovalForm(approvedOn, number);
		ActionPlans.PlanView plan = this.plans.planById(planId);
		byte[] bytes = file == null ? null : file.getBytes();
		return Forms.submit(model, redirect,
				() -> this.plans.approve(planId, form, file == null ? null : file.getOriginalFilename(), bytes),
				"plan.approved", "/municipalities/" + plan.municipalityId() + "/plan?year=" + plan.year(),
				() -> renderPlan(plan.municipalityId(), plan.year(), model,
						new ActionPlans.ItemForm("", "", "", List.of()), form));
	}

	@GetMapping("/plans/{planId}/approval")
	ResponseEntity<byte[]> approval(@PathVariable long planId) {
		return file(this.plans.approvalFile(planId));
	}

	@GetMapping("/plan-items/{itemId}")
	String item(@PathVariable long itemId, Model model) {
		return renderItem(itemId, model, null);
	}

	@PostMapping("/plan-items/{itemId}")
	String revise(@PathVariable long itemId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String responsible, @RequestParam(defaultValue = "") String dueDate,
			@RequestParam(required = false) List<Long> problemIds, Model model, RedirectAttributes redirect) {
		ActionPlans.ItemForm form = new ActionPlans.ItemForm(title, responsible, dueDate,
				problemIds == null ? List.of() : problemIds);
		return Forms.submit(model, redirect, () -> this.plans.reviseItem(itemId, form), "plan.item.saved",
				"/plan-items/" + itemId, () -> renderItem(itemId, model, form));
	}

	@PostMapping("/plan-items/{itemId}/start")
	String start(@PathVariable long itemId, Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.plans.start(itemId), "plan.item.started",
				"/plan-items/" + itemId, itemAgain(itemId, model));
	}

	@PostMapping("/plan-items/{itemId}/complete")
	String complete(@PathVariable long itemId, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean resolveProblems, Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.plans.complete(itemId, note, resolveProblems),
				"plan.item.completed", "/plan-items/" + itemId, itemAgain(itemId, model));
	}

	@PostMapping("/plan-items/{itemId}/cancel")
	String cancel(@PathVariable long itemId, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.plans.cancel(itemId, reason), "plan.item.cancelled",
				"/plan-items/" + itemId, itemAgain(itemId, model));
	}

	@PostMapping("/plan-items/{itemId}/progress")
	String progress(@PathVariable long itemId, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		byte[] bytes = file == null ? null : file.getBytes();
		return Forms.submit(model, redirect,
				() -> this.plans.addProgress(itemId, note, file == null ? null : file.getOriginalFilename(), bytes),
				"plan.item.progress", "/plan-items/" + itemId, itemAgain(itemId, model));
	}

	@GetMapping("/plan-progress/{id}/file")
	ResponseEntity<byte[]> progressFile(@PathVariable long id) {
		ActionPlans.StoredFile file = this.plans.progressFile(id);
		return Downloads.privateAttachment(file.content(), file.fileName(), file.contentType());
	}

	@GetMapping("/municipalities/{id}/plan.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer year) {
		int y = year(year);
		return Downloads.attachment(this.documents.pdf(id, y), "plan-" + id + "-" + y + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/municipalities/{id}/plan.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
		int y = year(year);
		return Downloads.attachment(this.documents.xlsx(id, y), "plan-" + id + "-" + y + ".xlsx", Downloads.XLSX);
	}

	/** The item page again, as it stands, for a refused step on it. */
	private Supplier<String> itemAgain(long itemId, Model model) {
		return () -> renderItem(itemId, model, null);
	}

	private String renderPlan(long municipalityId, int year, Model model, ActionPlans.ItemForm itemForm,
			ActionPlans.ApprovalForm approvalForm) {
		ActionPlans.Page page = this.plans.page(municipalityId, year);
		model.addAttribute("page", page);
		model.addAttribute("years", years());
		model.addAttribute("itemForm", itemForm);
		model.addAttribute("approvalForm", approvalForm);
		if (page.canManage() && page.plan() != null) {
			model.addAttribute("history", this.audit.history(ActionPlan.class, page.plan().id(), "plan.field.",
					List.of("title", "status", "approvedOn", "approvalNumber", "approvalFileName")));
		}
		return "actionplans/plan";
	}

	private String renderItem(long itemId, Model model, ActionPlans.ItemForm form) {
		ActionPlans.PlanView plan = this.plans.planOfItem(itemId);
		ActionPlans.Page page = this.plans.page(plan.municipalityId(), plan.year());
		ActionPlans.ItemView item = page.items()
			.stream()
			.filter(i -> i.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFound("Мероприятие плана не найдено"));
		model.addAttribute("page", page);
		model.addAttribute("item", item);
		model.addAttribute("itemForm", form != null ? form : new ActionPlans.ItemForm(item.title(), item.responsible(),
				item.dueDate().toString(), item.problems().stream().map(ProblemRef::id).toList()));
		if (page.canManage()) {
			model.addAttribute("history", this.audit.history(ActionPlanItem.class, itemId, "plan.field.",
					List.of("title", "responsible", "dueDate", "status", "statusNote", "doneOn", "problemIds")));
		}
		return "actionplans/plan-item";
	}

	private int year(Integer year) {
		int current = LocalDate.now(this.clock).getYear();
		return year == null || year < 2020 || year > current + 1 ? current : year;
	}

	private List<Integer> years() {
		int current = LocalDate.now(this.clock).getYear();
		return List.of(current + 1, current, current - 1, current - 2);
	}

	private static ResponseEntity<byte[]> file(ActionPlans.StoredFile file) {
		return Downloads.attachment(file.content(), file.fileName(), file.contentType());
	}

}

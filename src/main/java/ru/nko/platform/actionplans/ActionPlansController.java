package ru.nko.platform.actionplans;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import ru.nko.platform.system.InvalidInput;
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
		try {
			this.plans.create(id, year, title);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("formErrors", invalid.errors());
			return renderPlan(id, year, model, new ActionPlans.ItemForm("", "", "", List.of()),
					new ActionPlans.ApprovalForm("", ""));
		}
		redirect.addFlashAttribute("notice", "plan.created");
		return "redirect:/municipalities/" + id + "/plan?year=" + year;
	}

	@PostMapping("/plans/{planId}/items")
	String addItem(@PathVariable long planId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String responsible, @RequestParam(defaultValue = "") String dueDate,
			@RequestParam(required = false) List<Long> problemIds, Model model, RedirectAttributes redirect) {
		ActionPlans.ItemForm form = new ActionPlans.ItemForm(title, responsible, dueDate,
				problemIds == null ? List.of() : problemIds);
		ActionPlans.PlanView plan = this.plans.planById(planId);
		try {
			this.plans.addItem(planId, form);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("formErrors", invalid.errors());
			return renderPlan(plan.municipalityId(), plan.year(), model, form, new ActionPlans.ApprovalForm("", ""));
		}
		redirect.addFlashAttribute("notice", "plan.item.added");
		return "redirect:/municipalities/" + plan.municipalityId() + "/plan?year=" + plan.year() + "#items";
	}

	@PostMapping("/plans/{planId}/approve")
	String approve(@PathVariable long planId, @RequestParam(defaultValue = "") String approvedOn,
			@RequestParam(defaultValue = "") String number, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		ActionPlans.ApprovalForm form = new ActionPlans.ApprovalForm(approvedOn, number);
		ActionPlans.PlanView plan = this.plans.planById(planId);
		try {
			this.plans.approve(planId, form, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
		}
		catch (InvalidInput invalid) {
			model.addAttribute("formErrors", invalid.errors());
			return renderPlan(plan.municipalityId(), plan.year(), model,
					new ActionPlans.ItemForm("", "", "", List.of()), form);
		}
		redirect.addFlashAttribute("notice", "plan.approved");
		return "redirect:/municipalities/" + plan.municipalityId() + "/plan?year=" + plan.year();
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
		try {
			this.plans.reviseItem(itemId, form);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("formErrors", invalid.errors());
			return renderItem(itemId, model, form);
		}
		redirect.addFlashAttribute("notice", "plan.item.saved");
		return "redirect:/plan-items/" + itemId;
	}

	@PostMapping("/plan-items/{itemId}/start")
	String start(@PathVariable long itemId, Model model, RedirectAttributes redirect) {
		return act(itemId, model, redirect, "plan.item.started", () -> this.plans.start(itemId));
	}

	@PostMapping("/plan-items/{itemId}/complete")
	String complete(@PathVariable long itemId, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean resolveProblems, Model model, RedirectAttributes redirect) {
		return act(itemId, model, redirect, "plan.item.completed",
				() -> this.plans.complete(itemId, note, resolveProblems));
	}

	@PostMapping("/plan-items/{itemId}/cancel")
	String cancel(@PathVariable long itemId, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		return act(itemId, model, redirect, "plan.item.cancelled", () -> this.plans.cancel(itemId, reason));
	}

	@PostMapping("/plan-items/{itemId}/progress")
	String progress(@PathVariable long itemId, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		byte[] bytes = file == null ? null : file.getBytes();
		return act(itemId, model, redirect, "plan.item.progress",
				() -> this.plans.addProgress(itemId, note, file == null ? null : file.getOriginalFilename(), bytes));
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

	private String act(long itemId, Model model, RedirectAttributes redirect, String notice, Runnable action) {
		return Forms.submit(model, redirect, action, notice, "/plan-items/" + itemId,
				() -> renderItem(itemId, model, null));
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

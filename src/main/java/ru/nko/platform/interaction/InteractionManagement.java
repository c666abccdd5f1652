package ru.nko.platform.interaction;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The interaction module's public API for other modules and start-up data. */
@Service
public class InteractionManagement {

	private final ResponsibleOfficials officials;

	private final ActionPlans plans;

	private final Problems problems;

	InteractionManagement(ResponsibleOfficials officials, ActionPlans plans, Problems problems) {
		this.officials = officials;
		this.plans = plans;
		this.problems = problems;
	}

	/** A problem that a plan item can address: accepted and not yet resolved. */
	public record PlannableProblem(long id, String title, String category) {
	}

	/** Accepted problems of a municipality that plan items may address. */
	public List<PlannableProblem> plannableProblems(long municipalityId) {
		return this.problems.plannable(municipalityId).stream().map(p -> new PlannableProblem(p.id(), p.title(), p.categoryName())).toList();
	}

	/** Starts a municipality's action plan for a year (the caller's rights are checked as on the page). */
	public long createActionPlan(long municipalityId, int year) {
		return this.plans.create(municipalityId, year, null);
	}

	/** Adds an item to an action plan, linked to accepted problems, which then count as "in the plan". */
	public long addPlanItem(long planId, String title, String responsible, LocalDate dueDate, List<Long> problemIds) {
		return this.plans.addItem(planId, new ActionPlans.ItemForm(title, responsible, dueDate.toString(), problemIds));
	}

	/**
	 * Records progress on a plan item: started (if it is not yet), a note, or done (optionally resolving its problems);
	 * all of it or nothing.
	 */
	@Transactional
	public void progressPlanItem(long itemId, String note, boolean started, boolean done) {
		if ((started || done) && this.plans.itemStatus(itemId) == ActionPlanItem.Status.PLANNED) {
			this.plans.start(itemId);
		}
		if (note != null) {
			this.plans.addProgress(itemId, note, null, null);
		}
		if (done) {
			this.plans.complete(itemId, note, true);
		}
	}

	/** Approves a plan as a whole by an act with its file. */
	public void approveActionPlan(long planId, LocalDate on, String number, String fileName, byte[] file) {
		this.plans.approve(planId, new ActionPlans.ApprovalForm(on.toString(), number), fileName, file);
	}

	/** Appoints a municipality's responsible official under an act (the caller's rights are checked as on the page). */
	public long appointOfficial(long municipalityId, String fullName, String position, String email, String phone, String actNumber,
			LocalDate actDate, LocalDate validFrom, String actFileName, byte[] act) {
		return this.officials.appoint(municipalityId, new ResponsibleOfficials.Form(fullName, position, email, phone, actNumber,
				actDate.toString(), validFrom.toString()), actFileName, act);
	}
}

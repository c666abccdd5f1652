package ru.nko.platform.actionplans;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of municipal action plans. No scope check: callers show
 * only what their own pages allow (a meeting's decisions, a municipality's report; plans
 * themselves are public).
 */
@Service
public class ActionPlanManagement {

	private final ActionPlans plans;

	ActionPlanManagement(ActionPlans plans) {
		this.plans = plans;
	}

	/**
	 * Open items of a municipality's plans of these years: what a meeting's decision may
	 * advance.
	 */
	public List<PlanItemRef> openItems(long municipalityId, Collection<Integer> years) {
		return this.plans.openItems(municipalityId, years);
	}

	/** Titles of plan items by id. */
	public Map<Long, String> itemTitles(Collection<Long> itemIds) {
		return this.plans.itemTitles(itemIds);
	}

	/** The municipality's plan of the year with its items, if there is one. */
	@Transactional(readOnly = true)
	public Optional<ActionPlanSummary> summary(long municipalityId, int year) {
		ActionPlans.Page page = this.plans.page(municipalityId, year);
		if (page.plan() == null) {
			return Optional.empty();
		}
		ActionPlans.PlanView plan = page.plan();
		boolean approved = plan.status() == ActionPlan.Status.APPROVED;
		List<ActionPlanSummary.Item> items = page.items()
			.stream()
			.map(i -> new ActionPlanSummary.Item(i.position(), i.title(), i.responsible(), i.dueDate(),
					i.status().name(), i.overdue()))
			.toList();
		ActionPlans.Totals totals = page.totals();
		return Optional.of(new ActionPlanSummary(plan.title(), approved, approved ? plan.approvedOn() : null,
				approved ? plan.approvalNumber() : null, items, totals.total(), totals.done(), totals.overdue(),
				totals.cancelled()));
	}

}

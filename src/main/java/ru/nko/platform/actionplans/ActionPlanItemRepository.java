package ru.nko.platform.actionplans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Items of action plans. */
interface ActionPlanItemRepository extends JpaRepository<ActionPlanItem, Long> {

	/** Items of a plan with their linked problems, in plan order. */
	@EntityGraph(attributePaths = "problemIds")
	List<ActionPlanItem> findByPlanIdOrderByPositionAscIdAsc(long planId);

	@Query("select coalesce(max(i.position), 0) from ActionPlanItem i where i.planId = :planId")
	int maxPosition(long planId);

	/**
	 * Per plan: all items, done, open past due (for the overview of all municipalities;
	 * one query).
	 */
	@Query("""
			select i.planId as planId, count(i) as total,
			       sum(case when i.status = :done then 1 else 0 end) as done,
			       sum(case when i.status in :open and i.dueDate < :today then 1 else 0 end) as overdue,
			       sum(case when i.status = :cancelled then 1 else 0 end) as cancelled
			from ActionPlanItem i where i.planId in :planIds group by i.planId""")
	List<PlanTotals> totals(Collection<Long> planIds, LocalDate today, ActionPlanItem.Status done,
			ActionPlanItem.Status cancelled, Collection<ActionPlanItem.Status> open);

	/**
	 * Items of these municipalities' plans (any year) in these statuses and due before a
	 * day, the earliest due first.
	 */
	@Query("""
			select i.id as id, i.title as title, i.dueDate as dueDate from ActionPlanItem i, ActionPlan p
			where p.id = i.planId and p.municipalityId in :municipalityIds and i.status in :statuses and i.dueDate < :day
			order by i.dueDate, i.id""")
	List<DueItem> dueBefore(Collection<Long> municipalityIds, Collection<ActionPlanItem.Status> statuses, LocalDate day,
			Limit limit);

	/** An item with its due date. */
	interface DueItem {

		long getId();

		String getTitle();

		LocalDate getDueDate();

	}

	/** Counts of a plan's items. */
	interface PlanTotals {

		long getPlanId();

		long getTotal();

		long getDone();

		long getOverdue();

		long getCancelled();

	}

}

package ru.nko.platform.actionplans;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's action plan of a year as reports print it: title, approval, items and
 * their counts. {@code approvedOn} and {@code approvalNumber} are null for a draft.
 */
public record ActionPlanSummary(String title, boolean approved, LocalDate approvedOn, String approvalNumber,
		List<Item> items, long total, long done, long overdue, long cancelled) {

	/**
	 * One item; {@code status} is the name of the item's status (message key
	 * {@code plan.item.status.<status>}).
	 */
	public record Item(int position, String title, String responsible, LocalDate dueDate, String status,
			boolean overdue) {
	}
}

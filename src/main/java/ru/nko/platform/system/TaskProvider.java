package ru.nko.platform.system;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module asks of a person now: each module that gives people work implements it (a
 * Spring bean), and the cabinet lists the tasks of all of them. Tasks are computed from
 * the module's data on every call, so doing the work makes the task disappear; a provider
 * answers in a few queries whatever the person's scope (no query per item), and lists at
 * most {@link #LIMIT} tasks of one kind, the most urgent first.
 */
public interface TaskProvider {

	/** The most tasks of one kind a provider lists. */
	int LIMIT = 50;

	/**
	 * The user's tasks from this module, today being {@code today} in the region's time
	 * zone; an empty list when the user's roles give them none here.
	 */
	List<Task> tasks(CurrentUser user, LocalDate today);

}

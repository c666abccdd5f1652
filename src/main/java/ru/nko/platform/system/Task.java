package ru.nko.platform.system;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a person must do now, computed from a module's data (never stored): shown in
 * their cabinet and counted in the header; it disappears when the data says it is done.
 *
 * @param kind a stable code of the kind of task ("problems.moderate"), for the API and
 * tests
 * @param concerns what the task is about, in Russian, as the cabinet groups it ("Проблемы
 * НКО")
 * @param title what to do, in plain Russian ("Проверьте проблему «…»")
 * @param dueDate the day it is due, or null when it has none
 * @param url where the task is done
 * @param overdue whether it is late (its due date has passed, or the period it belongs to
 * has ended)
 */
public record Task(String kind, String concerns, String title, LocalDate dueDate, String url, boolean overdue) {

	public Task {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(concerns, "concerns");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(url, "url");
	}

	/** A task due on a day: overdue once the day has passed. */
	public static Task due(String kind, String concerns, String title, LocalDate dueDate, String url, LocalDate today) {
		return new Task(kind, concerns, title, dueDate, url, dueDate != null && dueDate.isBefore(today));
	}

	/** A task without a due date. */
	public static Task open(String kind, String concerns, String title, String url) {
		return new Task(kind, concerns, title, null, url, false);
	}

}

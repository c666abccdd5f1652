package ru.nko.platform.cabinet;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nko.platform.system.CurrentUser;

/** The signed-in person's tasks over REST. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Мой кабинет", description = "Задачи пользователя, вычисленные из данных модулей")
class CabinetApiController {

	private final MyTasks tasks;

	CabinetApiController(MyTasks tasks) {
		this.tasks = tasks;
	}

	record TaskJson(String kind, String title, LocalDate dueDate, String url, boolean overdue) {
	}

	@GetMapping("/tasks")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Мои задачи: что нужно сделать сейчас, самые срочные первыми",
			description = "kind — постоянный код вида задачи (например, problems.moderate); title — что сделать; "
					+ "dueDate — срок в ISO-8601 или null; url — страница, где задача выполняется; overdue — просрочена "
					+ "ли. Задача исчезает, когда сделана. Гостю — 401.")
	List<TaskJson> tasks() {
		return this.tasks.of(CurrentUser.required())
			.stream()
			.map(task -> new TaskJson(task.kind(), task.title(), task.dueDate(), task.url(), task.overdue()))
			.toList();
	}

}

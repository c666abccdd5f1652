package ru.nko.platform.cabinet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Task;

/**
 * The administrator's start page: what needs attention now (counts of their tasks by
 * kind, each leading to where it is done), then one card per administration task.
 */
@Controller
class AdminController {

	private static final List<String[]> ITEMS = List.of(
			new String[] { "/admin/roadmaps/import", "admin.roadmapImport" },
			new String[] { "/admin/indicators", "admin.indicators" }, new String[] { "/admin/users", "admin.users" },
			new String[] { "/admin/municipalities", "admin.municipalities" },
			new String[] { "/admin/organizations/import", "admin.organizationImport" },
			new String[] { "/admin/claims", "admin.claims" }, new String[] { "/admin/openness", "admin.openness" },
			new String[] { "/admin/openness/criteria", "admin.opennessCriteria" },
			new String[] { "/admin/bodies", "admin.bodies" },
			new String[] { "/admin/problem-categories", "admin.problemCategories" },
			new String[] { "/admin/outbox", "admin.outbox" },
			new String[] { "/admin/security-log", "admin.securityLog" });

	/** Where a kind of task is done when there are several. */
	private static final Map<String, String> LISTS = Map.of("claims.decide", "/admin/claims", "roadmap.overdue",
			"/?status=OVERDUE");

	private final MyTasks tasks;

	private final MessageSource messages;

	AdminController(MyTasks tasks, MessageSource messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	/**
	 * A kind of task and how many: the task itself when there is one, else "Заявки ждут
	 * решения: 3" (a kind without its words says what it concerns).
	 */
	record Alert(String kind, String label, String concerns, boolean overdue, String url) {
	}

	@GetMapping("/admin")
	String admin(Model model) {
		Map<String, List<Task>> byKind = new LinkedHashMap<>();
		this.tasks.of(CurrentUser.required())
			.forEach(task -> byKind.computeIfAbsent(task.kind(), kind -> new ArrayList<>()).add(task));
		model.addAttribute("alerts", byKind.entrySet().stream().map(entry -> {
			List<Task> all = entry.getValue();
			String url = all.size() == 1 ? all.get(0).url() : LISTS.getOrDefault(entry.getKey(), "/cabinet");
			String label = all.size() == 1 ? all.get(0).title()
					: this.messages.getMessage("admin.alert." + entry.getKey(), new Object[] { all.size() },
							all.get(0).concerns() + ": " + all.size(), RussianFormat.RU);
			return new Alert(entry.getKey(), label, all.get(0).concerns(), all.stream().anyMatch(Task::overdue), url);
		}).toList());
		model.addAttribute("items", ITEMS);
		return "cabinet/admin";
	}

}

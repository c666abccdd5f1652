package ru.nko.platform.system.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's start page: one card per administration task. */
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

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("items", ITEMS);
		return "system/admin";
	}

}

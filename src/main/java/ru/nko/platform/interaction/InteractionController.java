package ru.nko.platform.interaction;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;

/**
 * The starting page of the work of NGOs with municipalities: problems, plans, meetings,
 * officials, reports.
 */
@Controller
class InteractionController {

	private final DirectoryManagement directory;

	InteractionController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/interaction")
	String index(Model model) {
		// quarterly reports: officers see their own municipality's, administrators
		// everyone's
		List<MunicipalityRef> reports = CurrentUser.get()
			.map(user -> this.directory.municipalities()
				.stream()
				.filter(m -> user.actsFor(Role.MUNICIPAL_OFFICER, m.id()))
				.toList())
			.orElse(List.of());
		model.addAttribute("reportMunicipalities", reports);
		return "interaction/index";
	}

}

package ru.nko.platform.cabinet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.nko.platform.system.CurrentUser;

/** «Мой кабинет»: where everyone lands after signing in and finds their work. */
@Controller
class CabinetController {

	private final Cabinet cabinet;

	CabinetController(Cabinet cabinet) {
		this.cabinet = cabinet;
	}

	@GetMapping("/cabinet")
	String cabinet(Model model) {
		model.addAttribute("cabinet", this.cabinet.of(CurrentUser.required()));
		return "cabinet/cabinet";
	}

}

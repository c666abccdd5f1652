package ru.nko.platform.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.system.Forms;
import ru.nko.platform.system.UserManagement;

/** A person registers to act for an NGO (or to follow their initiative group's case). */
@Controller
class RegistrationController {

	private final UserManagement users;

	RegistrationController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", new UserManagement.NewUser("", "", "", ""));
		return "system/register";
	}

	@PostMapping("/register")
	String register(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String fullName,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeatedPassword,
			@RequestParam(defaultValue = "false") boolean consent, Model model, RedirectAttributes redirect) {
		UserManagement.NewUser form = new UserManagement.NewUser(username, fullName, email, password);
		return Forms.submit(model, redirect, () -> {
			this.users.register(form, repeatedPassword, consent);
			return "/login?registered";
		}, null, () -> {
			// the password is never sent back to the browser
			model.addAttribute("form", new UserManagement.NewUser(username, fullName, email, ""));
			return "system/register";
		});
	}

}

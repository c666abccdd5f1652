package ru.nko.platform.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Forms;
import ru.nko.platform.system.ScopeCatalog;
import ru.nko.platform.system.UserManagement;

/** The signed-in user's own page: who they are, their roles, changing their password. */
@Controller
class AccountController {

	private final UserManagement users;

	private final ScopeCatalog scopes;

	AccountController(UserManagement users, ScopeCatalog scopes) {
		this.users = users;
		this.scopes = scopes;
	}

	@GetMapping("/account")
	String account(Model model) {
		CurrentUser me = CurrentUser.required();
		model.addAttribute("grants", me.grants()
			.stream()
			.map(grant -> new String[] { grant.role().name(), this.scopes.label(grant.scopeType(), grant.scopeId()) })
			.toList());
		return "system/account";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String repeatedPassword,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect,
				() -> this.users.changeOwnPassword(currentPassword, newPassword, repeatedPassword),
				"account.passwordChanged", "/account", () -> account(model));
	}

}

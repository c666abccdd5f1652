package ru.nko.platform.system.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.system.AuditHistory;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Forms;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.ScopeCatalog;
import ru.nko.platform.system.ScopeType;
import ru.nko.platform.system.UserManagement;
import ru.nko.platform.system.users.AppUser;

/**
 * The administrator's pages for users: the list, a new account, one user with roles,
 * scopes and history.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	/** How many organisations the organisation field suggests at a time. */
	static final int SUGGESTIONS = 20;

	static final int PAGE_SIZE = 20;

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	/**
	 * The form field of the scope select for each scoped type, in the order the selects
	 * are shown.
	 */
	private static final Map<ScopeType, String> SCOPE_FIELDS = new EnumMap<>(Map.of(ScopeType.MUNICIPALITY,
			"scopeMunicipality", ScopeType.BODY, "scopeBody", ScopeType.ORGANIZATION, "scopeOrganization"));

	private final UserManagement users;

	private final ScopeCatalog scopes;

	private final AuditHistory history;

	private final MessageSource messages;

	UserAdminController(UserManagement users, ScopeCatalog scopes, AuditHistory history, MessageSource messages) {
		this.users = users;
		this.scopes = scopes;
		this.history = history;
		this.messages = messages;
	}

	/** Page numbers in the address start at 1, as people count. */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		String text = q == null ? "" : q.trim();
		Page<UserManagement.UserView> result = this.users.search(text,
				ListFilters.page(page, PAGE_SIZE, Sort.by("username")));
		Map<String, String> labels = new HashMap<>();
		List<UserRow> rows = result.getContent()
			.stream()
			.map(user -> new UserRow(user, grants(user).stream().map(grant -> label(grant, labels)).toList()))
			.toList();
		model.addAttribute("q", text);
		model.addAttribute("page", result);
		model.addAttribute("rows", rows);
		return "system/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserManagement.NewUser("", "", "", ""));
		model.addAttribute("formErrors", List.of());
		return "system/user-new";
	}

	@PostMapping
	String create(@RequestParam(required = false) String username, @RequestParam(required = false) String fullName,
			@RequestParam(required = false) String email, @RequestParam(required = false) String password, Model model,
			RedirectAttributes redirect) {
		UserManagement.NewUser form = new UserManagement.NewUser(username, fullName, email, password);
		return Forms.submit(model, redirect, () -> "/admin/users/" + this.users.create(form), "user.created", () -> {
			// the password is never sent back to the browser
			model.addAttribute("form", new UserManagement.NewUser(username, fullName, email, ""));
			return "system/user-new";
		});
	}

	@GetMapping("/{id}")
	String user(@PathVariable long id, Model model) {
		return userPage(id, model, null);
	}

	@PostMapping("/{id}/grants")
	String grant(@PathVariable long id, @RequestParam(required = false) String role,
			@RequestParam(required = false) Long scopeMunicipality, @RequestParam(required = false) Long scopeBody,
			@RequestParam(required = false) Long scopeOrganization,
			@RequestParam(required = false) String scopeOrganizationText, Model model, RedirectAttributes redirect) {
		GrantForm typed = new GrantForm(parseRole(role), scopeMunicipality, scopeBody, scopeOrganization,
				scopeOrganizationText == null ? "" : scopeOrganizationText.strip());
		// the form as far as it was understood (an organisation found by its name or ИНН)
		AtomicReference<GrantForm> form = new AtomicReference<>(typed);
		return Forms.submit(model, redirect, () -> {
			form.set(typed.resolved(this.scopes));
			this.users.grant(id, toGrant(form.get()));
		}, "user.granted", "/admin/users/" + id + "#grants", () -> userPage(id, model, form.get()));
	}

	@PostMapping("/{id}/grants/revoke")
	String revoke(@PathVariable long id, @RequestParam Role role, @RequestParam(defaultValue = "0") long scopeId,
			RedirectAttributes redirect) {
		this.users.revoke(id, Grant.of(role, scopeId));
		redirect.addFlashAttribute("notice", "user.revoked");
		return "redirect:/admin/users/" + id + "#grants";
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		this.users.setEnabled(id, enabled);
		redirect.addFlashAttribute("notice", enabled ? "user.enabled" : "user.disabled");
		return "redirect:/admin/users/" + id;
	}

	private String userPage(long id, Model model, GrantForm form) {
		UserManagement.UserView user = this.users.get(id);
		Map<String, String> labels = new HashMap<>();
		List<GrantRow> grants = grants(user).stream().map(grant -> new GrantRow(grant, label(grant, labels))).toList();
		GrantForm grantForm = form == null ? new GrantForm(null, null, null, null, "") : form;
		List<ScopeSelect> scopeSelects = SCOPE_FIELDS.entrySet()
			.stream()
			.map(scope -> new ScopeSelect(scope.getKey(), scope.getValue(), this.scopes.options(scope.getKey()),
					grantForm.scope(scope.getKey()), this.scopes.searchable(scope.getKey()),
					scope.getKey() == ScopeType.ORGANIZATION ? grantForm.scopeOrganizationText() : ""))
			.toList();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", text("user.field.username"));
		fields.put("fullName", text("user.field.fullName"));
		fields.put("email", text("user.field.email"));
		fields.put("enabled", text("user.field.enabled"));
		// role changes are in the security log; a revision that changed none of these
		// fields says nothing here
		List<AuditHistory.Entry> entries = this.history.history(AppUser.class, id, fields)
			.stream()
			.filter(entry -> !entry.changes().isEmpty() || !"MOD".equals(entry.kind()))
			.toList();
		model.addAttribute("user", user);
		model.addAttribute("self", CurrentUser.get().map(current -> current.id() == id).orElse(false));
		model.addAttribute("grants", grants);
		model.addAttribute("roles", Role.values());
		model.addAttribute("scopeSelects", scopeSelects);
		model.addAttribute("grantForm", grantForm);
		model.addAttribute("entries", entries);
		return "system/user";
	}

	/**
	 * Turns the form into a grant, or refuses it with a message beside the scope select
	 * that the role needs.
	 */
	private Grant toGrant(GrantForm form) {
		if (form.role() == null) {
			throw new InvalidInput("role", text("user.grant.error.role"));
		}
		ScopeType type = form.role().scopeType();
		if (type == ScopeType.NONE) {
			return Grant.of(form.role());
		}
		String field = SCOPE_FIELDS.get(type);
		Long scopeId = form.scope(type);
		String roleName = text("role." + form.role().name());
		if (scopeId == null) {
			throw new InvalidInput(field,
					this.messages.getMessage("user.grant.error.scope." + type.name(), new Object[] { roleName }, RU));
		}
		if (this.scopes.label(type, scopeId) == null) {
			throw new InvalidInput(field, text("user.grant.error.scopeMissing"));
		}
		return Grant.of(form.role(), scopeId);
	}

	/** Grants in a stable order: by role as listed in {@link Role}, then by scope. */
	private static List<Grant> grants(UserManagement.UserView user) {
		List<Grant> grants = new ArrayList<>(user.grants());
		grants.sort(Comparator.comparing(Grant::role).thenComparingLong(Grant::scopeId));
		return grants;
	}

	/**
	 * "Исполнитель (орган власти) — Комитет общественных коммуникаций Ленинградской
	 * области".
	 */
	private String label(Grant grant, Map<String, String> cache) {
		String role = text("role." + grant.role().name());
		if (grant.scopeType() == ScopeType.NONE) {
			return role;
		}
		String scope = cache.computeIfAbsent(grant.scopeType() + ":" + grant.scopeId(), key -> {
			String name = this.scopes.label(grant.scopeType(), grant.scopeId());
			return name != null ? name : this.messages.getMessage("user.grant.scopeGone",
					new Object[] { String.valueOf(grant.scopeId()) }, RU);
		});
		return role + " — " + scope;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, RU);
	}

	private static Role parseRole(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Role.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A user in the list with their grants named in Russian. */
	record UserRow(UserManagement.UserView user, List<String> grants) {
	}

	/** A grant of one user with its Russian label. */
	record GrantRow(Grant grant, String label) {
	}

	/**
	 * One scope select of the add-a-role form: its scope type, field name, options and
	 * the chosen id.
	 */
	/**
	 * The organisations whose name contains the typed text or whose ИНН it is, as the
	 * suggestions of the organisation field (htmx swaps them into its
	 * {@code <datalist>}).
	 */
	@GetMapping("/scope-options")
	String scopeOptions(@RequestParam(defaultValue = "ORGANIZATION") ScopeType type,
			@RequestParam(name = "scopeOrganizationText", defaultValue = "") String q, Model model) {
		model.addAttribute("found", this.scopes.search(type, q, SUGGESTIONS));
		return "system/user :: scopeOptions";
	}

	record ScopeSelect(ScopeType type, String field, List<ScopeCatalog.Option> options, Long selected,
			boolean searchable, String text) {
	}

	/**
	 * The add-a-role form: the role and one scope select per scope type; the server takes
	 * the one the role needs.
	 */
	record GrantForm(Role role, Long scopeMunicipality, Long scopeBody, Long scopeOrganization,
			String scopeOrganizationText) {

		/**
		 * The organisation typed by name or ИНН (a suggestion reads "Name (ИНН
		 * 4703012340)") as its id; refused in Russian when none or several match.
		 */
		GrantForm resolved(ScopeCatalog scopes) {
			if (this.scopeOrganization != null || this.scopeOrganizationText.isEmpty()) {
				return this;
			}
			Matcher inn = Pattern.compile("(\\d{10}|\\d{12})\\)?$").matcher(this.scopeOrganizationText);
			String query = inn.find() ? inn.group(1) : this.scopeOrganizationText;
			List<ScopeCatalog.Option> found = scopes.search(ScopeType.ORGANIZATION, query, 2);
			if (found.size() != 1) {
				throw new InvalidInput("scopeOrganization", found.isEmpty()
						? "Организация «" + this.scopeOrganizationText
								+ "» не найдена: выберите её из подсказок или укажите ИНН"
						: "Под «" + this.scopeOrganizationText
								+ "» подходит несколько организаций: выберите одну из подсказок или укажите ИНН");
			}
			return new GrantForm(this.role, this.scopeMunicipality, this.scopeBody, found.get(0).id(),
					this.scopeOrganizationText);
		}

		Long scope(ScopeType type) {
			return switch (type) {
				case MUNICIPALITY -> this.scopeMunicipality;
				case BODY -> this.scopeBody;
				case ORGANIZATION -> this.scopeOrganization;
				case NONE -> null;
			};
		}
	}

}

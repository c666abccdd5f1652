package ru.nko.platform.system.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.ScopeCatalog;
import ru.nko.platform.system.ScopeType;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;
import ru.nko.platform.system.users.AppUserRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.nko.platform.support.TestUsers.admin;
import static ru.nko.platform.support.TestUsers.as;

/**
 * The administrator's user pages and the security log, through the web layer with
 * security on.
 */
@PlatformTest
class UserAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	AppUserRepository userRepository;

	@Autowired
	ScopeCatalog scopes;

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/security-log"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesAnExecutor() throws Exception {
		RequestPostProcessor executor = as(
				new CurrentUser(1_000_001, "executor", "Исполнитель", "x", true, Set.of(Grant.of(Role.EXECUTOR, 1))));
		this.mvc.perform(get("/admin/users").with(executor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/security-log").with(executor)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users").with(executor)
				.with(csrf())
				.param("username", unique("x"))
				.param("fullName", "Икс")
				.param("password", "secret"))
			.andExpect(status().isForbidden());
	}

	@Test
	void listsUsersFoundByLoginWithTheirRolesInRussian() throws Exception {
		String login = unique("list");
		ensureUser(login, Set.of(Grant.of(Role.EXPERT)));

		String page = html(get("/admin/users").param("q", login));

		assertThat(page).contains(login, "ФИО " + login, "Эксперт", "Найден 1 пользователь", "ещё не входил",
				"Разрешён", "Создать пользователя");
	}

	@Test
	void saysSoWhenNobodyIsFound() throws Exception {
		assertThat(html(get("/admin/users").param("q", "nobody-" + UUID.randomUUID())))
			.contains("Найдено 0 пользователей", "никого не нашлось");
	}

	@Test
	void refusesBadInputForANewUserAndSavesNothing() throws Exception {
		long before = this.userRepository.count();

		String page = html(post("/admin/users").with(csrf())
			.param("username", "я!")
			.param("fullName", " ")
			.param("email", "")
			.param("password", "secret"));

		assertThat(page)
			.contains("Исправьте ошибки", "Укажите логин из 3–64 латинских букв", "Укажите фамилию, имя и отчество",
					"href=\"#f-username\"", "aria-describedby=\"e-username h-username\"")
			.doesNotContain("value=\"secret\"");
		assertThat(this.userRepository.count()).isEqualTo(before);
	}

	@Test
	void refusesANameOrAddressLongerThanItsColumnAndAPasswordLongerThanBcryptReads() throws Exception {
		long before = this.userRepository.count();

		String page = html(post("/admin/users").with(csrf())
			.param("username", "dlinny")
			.param("fullName", "Иванова ".repeat(30))
			.param("email", "a".repeat(200) + "@example.ru")
			.param("password", "пароль".repeat(7)));

		assertThat(page).contains("«Фамилия, имя и отчество»: не длиннее 200 знаков, сейчас 239",
				"«Электронная почта»: не длиннее 200 знаков, сейчас 211", "Пароль слишком длинный",
				"href=\"#f-fullName\"", "href=\"#f-email\"", "href=\"#f-password\"");
		assertThat(this.userRepository.count()).isEqualTo(before);
	}

	@Test
	void createsAUserAndOpensTheirPage() throws Exception {
		String login = unique("new");

		String location = this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", login)
				.param("fullName", "Иванова Мария Николаевна")
				.param("email", login + "@example.ru")
				.param("password", "secret-password"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		long id = this.userRepository.findByUsername(login).orElseThrow().getId();
		assertThat(location).isEqualTo("/admin/users/" + id);
		assertThat(html(get(location))).contains("Иванова Мария Николаевна", login + "@example.ru", "Ролей нет",
				"История изменений", "создано");
	}

	@Test
	void refusesAScopedRoleWithoutItsScope() throws Exception {
		long id = ensureUser(unique("noscope"), Set.of());

		String page = html(post("/admin/users/" + id + "/grants").with(csrf()).param("role", "EXECUTOR"));

		assertThat(page).contains("Выберите орган власти: роль «Исполнитель (орган власти)» выдаётся для одного органа",
				"href=\"#f-scopeBody\"", "id=\"e-scopeBody\"");
		assertThat(grantsOf(id)).isEmpty();
	}

	@Test
	void refusesAGrantWithoutARole() throws Exception {
		long id = ensureUser(unique("norole"), Set.of());

		assertThat(html(post("/admin/users/" + id + "/grants").with(csrf()))).contains("Выберите роль",
				"href=\"#f-role\"");
		assertThat(grantsOf(id)).isEmpty();
	}

	@Test
	void grantsAScopedRoleShowsItByNameAndRevokesIt() throws Exception {
		String login = unique("grant");
		long id = ensureUser(login, Set.of());
		ScopeCatalog.Option body = this.scopes.options(ScopeType.BODY).get(0);

		this.mvc
			.perform(post("/admin/users/" + id + "/grants").with(admin())
				.with(csrf())
				.param("role", "EXECUTOR")
				.param("scopeMunicipality", "")
				.param("scopeBody", String.valueOf(body.id()))
				.param("scopeOrganization", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users/" + id + "#grants"));

		assertThat(grantsOf(id)).containsExactly(Grant.of(Role.EXECUTOR, body.id()));
		assertThat(html(get("/admin/users/" + id))).contains("Исполнитель (орган власти) — " + body.label(),
				"Отозвать");
		assertThat(html(get("/admin/users").param("q", login)))
			.contains("Исполнитель (орган власти) — " + body.label());

		this.mvc
			.perform(post("/admin/users/" + id + "/grants/revoke").with(admin())
				.with(csrf())
				.param("role", "EXECUTOR")
				.param("scopeId", String.valueOf(body.id())))
			.andExpect(status().is3xxRedirection());

		assertThat(grantsOf(id)).isEmpty();
	}

	@Test
	void anOrganisationIsFoundByTypingItsNameOrInnNotListedWhole() throws Exception {
		String login = unique("org");
		long id = ensureUser(login, Set.of());
		// the card does not list the region's organisations: it offers a field with
		// suggestions
		String card = html(get("/admin/users/" + id));
		assertThat(card).contains("name=\"scopeOrganizationText\"", "list=\"dl-scopeOrganization\"")
			.doesNotContain("Всеволожская районная общественная организация «Добрые соседи»");
		assertThat(this.scopes.options(ScopeType.ORGANIZATION)).isEmpty();

		// suggestions by a part of the name or by the ИНН, for administrators only
		String suggestions = html(get("/admin/users/scope-options").param("scopeOrganizationText", "добрые соседи"));
		assertThat(suggestions).contains("<option", "«Добрые соседи» (ИНН 4703012340)");
		assertThat(html(get("/admin/users/scope-options").param("scopeOrganizationText", "4703012340")))
			.contains("Добрые соседи");
		this.mvc.perform(get("/admin/users/scope-options").param("scopeOrganizationText", "добрые"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/admin/users/scope-options").param("scopeOrganizationText", "добрые")
				.with(as(new CurrentUser(1_000_002, "ex", "Исполнитель", "x", true,
						Set.of(Grant.of(Role.EXECUTOR, 1))))))
			.andExpect(status().isForbidden());

		// a name nobody has is refused in Russian and nothing is granted
		String refused = this.mvc
			.perform(post("/admin/users/" + id + "/grants").with(admin())
				.with(csrf())
				.param("role", "NGO_REPRESENTATIVE")
				.param("scopeOrganizationText", "Нет такой организации"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("не найдена: выберите её из подсказок или укажите ИНН");
		assertThat(grantsOf(id)).isEmpty();

		// the suggestion as chosen (name and ИНН) grants the role for that organisation
		String chosen = suggestions.substring(suggestions.indexOf("value=\"") + 7,
				suggestions.indexOf("\"", suggestions.indexOf("value=\"") + 7));
		this.mvc
			.perform(post("/admin/users/" + id + "/grants").with(admin())
				.with(csrf())
				.param("role", "NGO_REPRESENTATIVE")
				.param("scopeOrganizationText", HtmlUtils.htmlUnescape(chosen)))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/admin/users/" + id))).contains("«Добрые соседи»");
		assertThat(grantsOf(id)).hasSize(1);
	}

	@Test
	void disablesAndEnablesSignInWithHistory() throws Exception {
		long id = ensureUser(unique("switch"), Set.of());

		this.mvc.perform(post("/admin/users/" + id + "/enabled").with(admin()).with(csrf()).param("enabled", "false"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.userRepository.findById(id).orElseThrow().isEnabled()).isFalse();
		assertThat(html(get("/admin/users/" + id))).contains("Отключён", "Разрешить вход", "→ нет");

		this.mvc.perform(post("/admin/users/" + id + "/enabled").with(admin()).with(csrf()).param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.userRepository.findById(id).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void theSecurityLogListsARoleGrantInRussian() throws Exception {
		String login = unique("logged");
		long id = ensureUser(login, Set.of());
		this.mvc.perform(post("/admin/users/" + id + "/grants").with(admin()).with(csrf()).param("role", "EXPERT"))
			.andExpect(status().is3xxRedirection());

		String page = html(get("/admin/security-log"));

		int at = page.indexOf(login);
		assertThat(at).as("the grant is on the first page").isPositive();
		String row = page.substring(page.lastIndexOf("<tr>", at), page.indexOf("</tr>", at));
		assertThat(row).contains("Роль выдана", "EXPERT");
	}

	@Test
	void viewingAUsersCardIsLoggedAsAPersonalDataView() throws Exception {
		String login = unique("viewed");
		long id = ensureUser(login, Set.of());
		html(get("/admin/users/" + id));

		String page = html(get("/admin/security-log"));

		int at = page.indexOf(login);
		assertThat(at).as("the view is on the first page").isPositive();
		String row = page.substring(page.lastIndexOf("<tr>", at), page.indexOf("</tr>", at));
		assertThat(row).contains("Просмотр персональных данных");
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long ensureUser(String login, Set<Grant> grants) {
		return SystemAuthentication.call(() -> this.users.ensureUser(login, "secret", "ФИО " + login, grants));
	}

	private List<Grant> grantsOf(long id) {
		return List.copyOf(SystemAuthentication.call(() -> this.users.get(id)).grants());
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

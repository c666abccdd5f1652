package ru.nko.platform.system.web;

import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class AccountControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	private String newUser() {
		String login = "acc" + UUID.randomUUID().toString().substring(0, 8);
		SystemAuthentication
			.run(() -> this.users.ensureUser(login, "first-pass", "Учётная Запись", Set.of(Grant.of(Role.EXPERT))));
		return login;
	}

	@Test
	void guestsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/account/password").with(csrf()).param("currentPassword", "x"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aUserSeesTheirRolesInRussian() throws Exception {
		String login = newUser();
		this.mvc.perform(get("/account").with(httpBasic(login, "first-pass")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Эксперт")));
	}

	@Test
	void aWrongCurrentPasswordOrAMismatchChangesNothing() throws Exception {
		String login = newUser();
		this.mvc
			.perform(post("/account/password").with(httpBasic(login, "first-pass"))
				.with(csrf())
				.param("currentPassword", "wrong")
				.param("newPassword", "second-pass-1")
				.param("repeatedPassword", "second-pass-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Текущий пароль указан неверно")));
		this.mvc
			.perform(post("/account/password").with(httpBasic(login, "first-pass"))
				.with(csrf())
				.param("currentPassword", "first-pass")
				.param("newPassword", "second-pass-1")
				.param("repeatedPassword", "other-pass-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Пароли не совпадают")));
		this.mvc
			.perform(post("/account/password").with(httpBasic(login, "first-pass"))
				.with(csrf())
				.param("currentPassword", "first-pass")
				.param("newPassword", "short")
				.param("repeatedPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("не короче 8 символов")));
		this.mvc.perform(formLogin("/login").user(login).password("first-pass")).andExpect(authenticated());
	}

	@Test
	void aUserChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
		String login = newUser();
		this.mvc
			.perform(post("/account/password").with(httpBasic(login, "first-pass"))
				.with(csrf())
				.param("currentPassword", "first-pass")
				.param("newPassword", "second-pass-1")
				.param("repeatedPassword", "second-pass-1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(formLogin("/login").user(login).password("first-pass")).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user(login).password("second-pass-1")).andExpect(authenticated());
	}

}

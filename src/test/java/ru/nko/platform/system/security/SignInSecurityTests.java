package ru.nko.platform.system.security;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.MutableClock;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in rules: a login is locked for a while after repeated failures; changed access ends open sessions. */
@PlatformTest
class SignInSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private long newUser(String login) {
		return SystemAuthentication.call(() -> this.users.ensureUser(login, "right-pass", "Проверка Входа", Set.of(Grant.of(Role.EXPERT))));
	}

	@Test
	void fiveFailedSignInsLockTheLoginForFifteenMinutes() throws Exception {
		String login = "lock" + UUID.randomUUID().toString().substring(0, 8);
		newUser(login);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(login).password("wrong")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(login).password("right-pass")).andExpect(redirectedUrl("/login?locked"));

		this.clock.advance(Duration.ofMinutes(16));

		this.mvc.perform(formLogin("/login").user(login).password("right-pass")).andExpect(redirectedUrl("/"));
	}

	@Test
	void disablingAUserEndsTheSessionTheyHaveOpen() throws Exception {
		String login = "sess" + UUID.randomUUID().toString().substring(0, 8);
		long id = newUser(login);
		Cookie session = this.mvc.perform(formLogin("/login").user(login).password("right-pass"))
			.andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		SystemAuthentication.run(() -> this.users.setEnabled(id, false));

		this.mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void revokingARoleEndsTheSessionSoTheNewRightsApply() throws Exception {
		String login = "role" + UUID.randomUUID().toString().substring(0, 8);
		long id = newUser(login);
		Cookie session = this.mvc.perform(formLogin("/login").user(login).password("right-pass"))
			.andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		SystemAuthentication.run(() -> this.users.revoke(id, Grant.of(Role.EXPERT)));

		this.mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
	}
}

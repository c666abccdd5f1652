package ru.nko.platform.system.web;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.nko.platform.support.TestUsers.admin;

/**
 * The security log page names why a sign-in failed in Russian, for new rows and for rows
 * written before.
 */
@PlatformTest
class SecurityLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcTemplate jdbc;

	private void signIn(String login, String password) throws Exception {
		this.mvc
			.perform(post("/login").param("username", login).param("password", password).with(csrf()).with(request -> {
				request.setRemoteAddr("192.0.2.40");
				return request;
			}));
	}

	private String securityLog() throws Exception {
		return this.mvc.perform(get("/admin/security-log").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void failedSignInsShowTheirReasonInRussian() throws Exception {
		String login = "why" + UUID.randomUUID().toString().substring(0, 8);
		String disabled = "off" + UUID.randomUUID().toString().substring(0, 8);
		SystemAuthentication.run(() -> {
			this.users.ensureUser(login, "right-pass", "Причина Отказа", Set.of(Grant.of(Role.EXPERT)));
			long id = this.users.ensureUser(disabled, "right-pass", "Отключённый Вход", Set.of(Grant.of(Role.EXPERT)));
			this.users.setEnabled(id, false);
		});

		signIn(login, "wrong-pass");
		signIn("nobody-" + login, "any-pass");
		signIn(disabled, "right-pass");

		assertThat(securityLog()).contains("Неверный пароль", "Неизвестный логин", "Учётная запись отключена")
			.doesNotContain("Exception");
	}

	@Test
	void olderRowsHoldingExceptionNamesAreShownInRussianToo() throws Exception {
		String login = "old" + UUID.randomUUID().toString().substring(0, 8);
		for (String detail : new String[] { "BadCredentialsException", "LockedException",
				"InternalAuthenticationServiceException" }) {
			this.jdbc.update("insert into security_event (occurred_at, kind, username, remote_addr, detail)"
					+ " values (now(), 'LOGIN_FAILED', ?, '192.0.2.41', ?)", login, detail);
		}

		assertThat(securityLog())
			.contains("Неверный логин или пароль", "Вход по логину был временно заблокирован после неудачных попыток",
					"Вход не выполнен по другой причине")
			.doesNotContain("Exception");
	}

}

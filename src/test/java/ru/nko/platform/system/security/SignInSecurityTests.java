package ru.nko.platform.system.security;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.support.MutableClock;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in rules: repeated failures pause only the address they come from, for growing but
 * bounded times, so nobody can lock another person out; changed access ends open
 * sessions.
 */
@PlatformTest
class SignInSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private long newUser(String login) {
		return SystemAuthentication
			.call(() -> this.users.ensureUser(login, "right-pass", "Проверка Входа", Set.of(Grant.of(Role.EXPERT))));
	}

	private ResultActions signIn(String login, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", login).param("password", password).with(csrf()).with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void failFiveTimes(String login, String address) throws Exception {
		for (int i = 0; i < 5; i++) {
			signIn(login, "wrong", address).andExpect(redirectedUrl("/login?error"));
		}
	}

	@Test
	void strangersFailingFromTheirAddressDoNotLockTheAdministratorOut() throws Exception {
		for (int i = 0; i < 12; i++) {
			signIn("admin", "guess-" + i, "203.0.113.66");
		}
		signIn("admin", "demo", "203.0.113.66").andExpect(redirectedUrl("/login?throttled"));

		signIn("admin", "demo", "198.51.100.7").andExpect(redirectedUrl("/cabinet"));
	}

	@Test
	void fiveFailuresPauseOnlyThatAddressAndOnlyForAMinuteAtFirst() throws Exception {
		String login = "lock" + UUID.randomUUID().toString().substring(0, 8);
		newUser(login);
		failFiveTimes(login, "10.0.0.1");

		signIn(login, "right-pass", "10.0.0.1").andExpect(redirectedUrl("/login?throttled"));
		signIn(login, "right-pass", "10.0.0.2").andExpect(redirectedUrl("/cabinet"));

		this.clock.advance(Duration.ofSeconds(55));
		signIn(login, "right-pass", "10.0.0.1").andExpect(redirectedUrl("/login?throttled"));
		this.clock.advance(Duration.ofSeconds(10));
		signIn(login, "right-pass", "10.0.0.1").andExpect(redirectedUrl("/cabinet"));
	}

	@Test
	void attemptsDuringAPauseDoNotExtendIt() throws Exception {
		String login = "keep" + UUID.randomUUID().toString().substring(0, 8);
		newUser(login);
		failFiveTimes(login, "10.0.1.1");

		this.clock.advance(Duration.ofSeconds(30));
		for (int i = 0; i < 10; i++) {
			signIn(login, "wrong", "10.0.1.1").andExpect(redirectedUrl("/login?throttled"));
		}
		this.clock.advance(Duration.ofSeconds(31));

		signIn(login, "right-pass", "10.0.1.1").andExpect(redirectedUrl("/cabinet"));
	}

	@Test
	void aSuccessFromTheAddressStartsItsCountAfresh() throws Exception {
		String login = "reset" + UUID.randomUUID().toString().substring(0, 8);
		newUser(login);
		for (int i = 0; i < 4; i++) {
			signIn(login, "wrong", "10.0.2.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn(login, "right-pass", "10.0.2.1").andExpect(redirectedUrl("/cabinet"));

		for (int i = 0; i < 4; i++) {
			signIn(login, "wrong", "10.0.2.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn(login, "right-pass", "10.0.2.1").andExpect(redirectedUrl("/cabinet"));
	}

	@Test
	void eachPauseIsTwiceAsLongAsTheLastUpToFifteenMinutes() throws Exception {
		String login = "grow" + UUID.randomUUID().toString().substring(0, 8);
		newUser(login);
		for (int minutes : new int[] { 1, 2, 4, 8, 15, 15 }) {
			failFiveTimes(login, "10.0.3.1");
			this.clock.advance(Duration.ofMinutes(minutes).minusSeconds(5));
			signIn(login, "wrong", "10.0.3.1").andExpect(redirectedUrl("/login?throttled"));
			this.clock.advance(Duration.ofSeconds(10));
		}

		signIn(login, "right-pass", "10.0.3.1").andExpect(redirectedUrl("/cabinet"));
	}

	@Test
	void theLoginPageSaysInRussianWhenToTryAgain() throws Exception {
		String login = "page" + UUID.randomUUID().toString().substring(0, 8);
		newUser(login);
		failFiveTimes(login, "10.0.4.1");
		Cookie session = signIn(login, "right-pass", "10.0.4.1").andExpect(redirectedUrl("/login?throttled"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		this.mvc.perform(get("/login").param("throttled", "").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Слишком много неудачных попыток входа. Повторить вход можно через 1 минуту, в ")));
	}

	@Test
	void throttledAttemptsAreWrittenToTheSecurityLog() throws Exception {
		String login = "log" + UUID.randomUUID().toString().substring(0, 8);
		newUser(login);
		failFiveTimes(login, "10.0.5.1");
		signIn(login, "right-pass", "10.0.5.1").andExpect(redirectedUrl("/login?throttled"));

		assertThat(this.jdbc.queryForList(
				"select detail from security_event where username = ? and remote_addr = ? and kind = 'LOGIN_FAILED'",
				String.class, login, "10.0.5.1"))
			.containsExactlyInAnyOrder("WRONG_PASSWORD", "WRONG_PASSWORD", "WRONG_PASSWORD", "WRONG_PASSWORD",
					"WRONG_PASSWORD", "THROTTLED");
	}

	@Test
	void anApiClientWhoseAddressIsPausedGetsA429ProblemWithRetryAfter() throws Exception {
		String login = "api" + UUID.randomUUID().toString().substring(0, 8);
		newUser(login);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/roadmaps").with(httpBasic(login, "wrong")).with(from("10.0.6.1")))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/v1/roadmaps").with(httpBasic(login, "right-pass")).with(from("10.0.6.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Слишком много неудачных попыток входа с этого адреса. Повторите через 1 минуту."));
		this.mvc.perform(get("/api/v1/roadmaps").with(httpBasic(login, "right-pass")).with(from("10.0.6.2")))
			.andExpect(status().isOk());
	}

	@Test
	void disablingAUserEndsTheSessionTheyHaveOpen() throws Exception {
		String login = "sess" + UUID.randomUUID().toString().substring(0, 8);
		long id = newUser(login);
		Cookie session = this.mvc.perform(formLogin("/login").user(login).password("right-pass"))
			.andExpect(redirectedUrl("/cabinet"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		SystemAuthentication.run(() -> this.users.setEnabled(id, false));

		this.mvc.perform(get("/account").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void revokingARoleEndsTheSessionSoTheNewRightsApply() throws Exception {
		String login = "role" + UUID.randomUUID().toString().substring(0, 8);
		long id = newUser(login);
		Cookie session = this.mvc.perform(formLogin("/login").user(login).password("right-pass"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		SystemAuthentication.run(() -> this.users.revoke(id, Grant.of(Role.EXPERT)));

		this.mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
	}

}

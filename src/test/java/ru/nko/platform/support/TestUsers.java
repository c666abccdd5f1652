package ru.nko.platform.support;

import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signed-in users for MockMvc requests, with the platform's own principal type. */
public final class TestUsers {

	private TestUsers() {
	}

	public static CurrentUser user(long id, String username, Grant... grants) {
		return new CurrentUser(id, username, username, null, true, Set.of(grants));
	}

	public static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static RequestPostProcessor admin() {
		return as(user(900_001, "test-admin", Grant.of(Role.REGIONAL_ADMIN)));
	}

	public static RequestPostProcessor executorOf(long bodyId) {
		return as(user(900_002, "test-executor-" + bodyId, Grant.of(Role.EXECUTOR, bodyId)));
	}

	public static RequestPostProcessor municipalOfficerOf(long municipalityId) {
		return as(user(900_003, "test-municipal-" + municipalityId, Grant.of(Role.MUNICIPAL_OFFICER, municipalityId)));
	}

	public static RequestPostProcessor representativeOf(long organizationId) {
		return as(user(900_004, "test-ngo-" + organizationId, Grant.of(Role.NGO_REPRESENTATIVE, organizationId)));
	}

	public static RequestPostProcessor expert() {
		return as(user(900_005, "test-expert", Grant.of(Role.EXPERT)));
	}

}

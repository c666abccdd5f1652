package ru.nko.platform.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Sign in first" is one rule with one Russian answer. */
class CurrentUserTests {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodySignedInIsAskedToSignInAndTheSignedInUserIsGiven() {
		SecurityContextHolder.clearContext();
		assertThatThrownBy(CurrentUser::required).isInstanceOf(AccessDenied.class).hasMessage("Войдите в систему");
		assertThat(SystemAuthentication.call(CurrentUser::required).isAdmin()).isTrue();
	}

}

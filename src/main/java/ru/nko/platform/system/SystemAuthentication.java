package ru.nko.platform.system;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work as the platform itself, an administrator named
 * "система".
 */
public final class SystemAuthentication {

	private static final CurrentUser SYSTEM = new CurrentUser(0, "система", "Система", null, true,
			Set.of(Grant.of(Role.REGIONAL_ADMIN)));

	private SystemAuthentication() {
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}

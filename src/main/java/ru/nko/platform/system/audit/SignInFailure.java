package ru.nko.platform.system.audit;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Why a sign-in failed: the code the security log stores, shown in Russian as
 * {@code security.reason.<CODE>}. Older rows hold the exception's class name instead;
 * {@link #fromStored} reads both.
 */
public enum SignInFailure {

	WRONG_PASSWORD, UNKNOWN_LOGIN, DISABLED, THROTTLED, ACCOUNT_EXPIRED, PASSWORD_EXPIRED, OTHER,

	/**
	 * Only in older rows: a wrong password or an unknown login, which they did not tell
	 * apart.
	 */
	WRONG_LOGIN_OR_PASSWORD,

	/**
	 * Only in older rows: the whole login was locked after failures (the rule before
	 * per-address pauses).
	 */
	LOCKED;

	private static final Map<String, SignInFailure> CLASS_NAMES = Map.of("BadCredentialsException",
			WRONG_LOGIN_OR_PASSWORD, "UsernameNotFoundException", UNKNOWN_LOGIN, "LockedException", LOCKED,
			"SignInThrottled", THROTTLED, "DisabledException", DISABLED, "AccountExpiredException", ACCOUNT_EXPIRED,
			"CredentialsExpiredException", PASSWORD_EXPIRED);

	static SignInFailure of(AuthenticationException failure) {
		if (failure instanceof UsernameNotFoundException) {
			return UNKNOWN_LOGIN;
		}
		if (failure instanceof BadCredentialsException) {
			return WRONG_PASSWORD;
		}
		if (failure instanceof LockedException) {
			return THROTTLED; // the only lock left is the pause of an address after
								// failures
		}
		if (failure instanceof DisabledException) {
			return DISABLED;
		}
		if (failure instanceof AccountExpiredException) {
			return ACCOUNT_EXPIRED;
		}
		if (failure instanceof CredentialsExpiredException) {
			return PASSWORD_EXPIRED;
		}
		return OTHER;
	}

	/**
	 * The reason a stored text names: one of the codes, or the exception class name older
	 * rows hold.
	 */
	public static Optional<SignInFailure> fromStored(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String name = text.strip();
		for (SignInFailure reason : values()) {
			if (reason.name().equals(name)) {
				return Optional.of(reason);
			}
		}
		SignInFailure legacy = CLASS_NAMES.get(name);
		if (legacy != null) {
			return Optional.of(legacy);
		}
		return name.matches("[A-Z][A-Za-z0-9]*Exception") ? Optional.of(OTHER) : Optional.empty();
	}

}

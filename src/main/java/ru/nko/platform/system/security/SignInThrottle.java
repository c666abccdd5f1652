package ru.nko.platform.system.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without handing anyone a way to lock others out: failures
 * count per login and client address, and only that address is paused
 * ({@link FailedSignIns}); the owner elsewhere, or anyone who has not failed, signs in as
 * usual. A success from the address clears its count.
 */
@Component
class SignInThrottle {

	private final FailedSignInsRepository failures;

	private final Clock clock;

	SignInThrottle(FailedSignInsRepository failures, Clock clock) {
		this.failures = failures;
		this.clock = clock;
	}

	/**
	 * How the address stands under the login: whether it has failed before, and until
	 * when it is paused, if it is.
	 */
	record Standing(boolean failedBefore, Instant pausedUntil) {

		boolean paused() {
			return this.pausedUntil != null;
		}
	}

	@Transactional(readOnly = true)
	Standing check(String login, String address) {
		Instant now = this.clock.instant();
		return this.failures.find(key(login), key(address))
			.map(failed -> new Standing(true, failed.pausedAt(now) ? failed.pausedUntil() : null))
			.orElse(new Standing(false, null));
	}

	@Transactional
	void failed(String login, String address) {
		Instant now = this.clock.instant();
		this.failures.createIfMissing(key(login), key(address), now);
		this.failures.findForUpdate(key(login), key(address)).orElseThrow().failed(now);
		this.failures.forgetFailuresBefore(now.minus(FailedSignIns.FORGOTTEN_AFTER));
	}

	@Transactional
	void succeeded(String login, String address) {
		this.failures.forget(key(login), key(address));
	}

	/** Logins are matched regardless of case, as at sign-in; both fit their columns. */
	private static String key(String text) {
		String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return key.length() > 64 ? key.substring(0, 64) : key;
	}

}

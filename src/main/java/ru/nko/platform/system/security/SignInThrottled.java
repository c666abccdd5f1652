package ru.nko.platform.system.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in attempt refused because its address is paused under that login after too many
 * failures (see {@link SignInThrottle}).
 */
public class SignInThrottled extends LockedException {

	private static final long serialVersionUID = 1L;

	/**
	 * The session attribute that tells the login page until when the address is paused
	 * (an {@link Instant}).
	 */
	public static final String PAUSED_UNTIL = SignInThrottled.class.getName() + ".PAUSED_UNTIL";

	private final Instant pausedUntil;

	SignInThrottled(Instant pausedUntil) {
		super("Sign-in from this address is paused until " + pausedUntil);
		this.pausedUntil = pausedUntil;
	}

	public Instant pausedUntil() {
		return this.pausedUntil;
	}

}

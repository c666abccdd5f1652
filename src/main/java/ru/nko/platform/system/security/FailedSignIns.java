package ru.nko.platform.system.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins under one login from one client address, and the pause they have earned
 * that address: five failures in a row pause it for a minute, each later pause is twice
 * as long, up to fifteen minutes.
 */
@Entity
@Table(name = "sign_in_throttle")
class FailedSignIns {

	/** Failures in a row that pause the address. */
	static final int ALLOWED_FAILURES = 5;

	static final Duration FIRST_PAUSE = Duration.ofMinutes(1);

	static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

	/** A day without failures and the address starts afresh. */
	static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String login;

	private String remoteAddr;

	/** Failures since the last pause ended (or since the start). */
	private int failures;

	/** Pauses so far: each doubles the next. */
	private int pauses;

	private Instant pausedUntil;

	private Instant lastFailureAt;

	protected FailedSignIns() {
	}

	boolean pausedAt(Instant now) {
		return this.pausedUntil != null && now.isBefore(this.pausedUntil);
	}

	Instant pausedUntil() {
		return this.pausedUntil;
	}

	/**
	 * Counts a failed attempt; the fifth in a row pauses the address. Attempts during a
	 * pause are refused before the password is checked, so they never get here; should
	 * one race past, it neither counts nor extends the pause.
	 */
	void failed(Instant now) {
		if (pausedAt(now)) {
			return;
		}
		if (this.lastFailureAt != null && !now.isBefore(this.lastFailureAt.plus(FORGOTTEN_AFTER))) {
			this.failures = 0;
			this.pauses = 0;
		}
		this.lastFailureAt = now;
		this.failures++;
		if (this.failures >= ALLOWED_FAILURES) {
			this.failures = 0;
			this.pauses++;
			this.pausedUntil = now.plus(pause(this.pauses));
		}
	}

	/** The length of the n-th pause: 1, 2, 4, 8, then 15 minutes. */
	static Duration pause(int number) {
		Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(number, 1) - 1, 10));
		return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
	}

}

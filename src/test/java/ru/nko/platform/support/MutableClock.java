package ru.nko.platform.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests can set and move; starts at the real now. */
public class MutableClock extends Clock {

	private volatile Instant now = Instant.now();

	private final ZoneId zone;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	public void reset() {
		this.now = Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock clock = new MutableClock(zone);
		clock.set(this.now);
		return clock;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}

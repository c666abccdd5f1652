package ru.nko.platform.support;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import ru.nko.platform.shared.ids.Inn;

/** Organisation INNs for tests that add organisations. */
public final class TestInns {

	private static final AtomicLong SEQUENCE = new AtomicLong(new Random().nextInt(1_000_000) * 10L);

	private TestInns() {
	}

	/**
	 * A valid organisation INN, different each call; region 46 so that it never meets the
	 * demo data's 47.
	 */
	public static String inn() {
		while (true) {
			String candidate = "46" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
			for (int check = 0; check <= 9; check++) {
				if (Inn.problem(candidate + check).isEmpty()) {
					return candidate + check;
				}
			}
		}
	}

}

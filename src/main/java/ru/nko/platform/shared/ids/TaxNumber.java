package ru.nko.platform.shared.ids;

import java.util.Optional;

/**
 * What ИНН, ОГРН and КПП share: reading the text as people copy it from documents, the
 * digits-only shape and the weighted check sum; each identifier keeps only its own rule.
 */
final class TaxNumber {

	private TaxNumber() {
	}

	/**
	 * The text without blanks of any kind (NBSP, thin and zero-width spaces) and dashes;
	 * null stays null.
	 */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder value = new StringBuilder(text.length());
		text.codePoints().filter(c -> !separator(c)).forEach(value::appendCodePoint);
		return value.toString();
	}

	/**
	 * {@code empty} for nothing, {@code shape} unless the value is ASCII digits of one of
	 * the lengths, else nothing.
	 */
	static Optional<String> shape(String value, String empty, String shape, int... lengths) {
		if (missing(value)) {
			return Optional.of(empty);
		}
		// Only ASCII digits: Character.isDigit would let Arabic-Indic and other digits
		// through.
		boolean digits = value.chars().allMatch(c -> c >= '0' && c <= '9');
		for (int length : lengths) {
			if (digits && value.length() == length) {
				return Optional.empty();
			}
		}
		return Optional.of(shape);
	}

	static boolean missing(String value) {
		return value == null || value.isEmpty();
	}

	/**
	 * The FNS check digit: the digits weighted from the first one, summed, mod 11, mod
	 * 10.
	 */
	static int weightedCheckDigit(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * digit(digits, i);
		}
		return sum % 11 % 10;
	}

	static int digit(String digits, int index) {
		return digits.charAt(index) - '0';
	}

	/** The constructors' guard: a value with a problem is not an identifier. */
	static void require(Optional<String> problem) {
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
	}

	private static boolean separator(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || c == '-'
				|| (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
	}

}

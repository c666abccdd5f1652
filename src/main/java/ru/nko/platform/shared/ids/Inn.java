package ru.nko.platform.shared.ids;

import java.util.Optional;

/** ИНН организации (10 цифр) или индивидуального предпринимателя (12 цифр) с проверенными контрольными цифрами. */
public record Inn(String value) {

	static final String EMPTY = "Укажите ИНН";

	static final String SHAPE = "ИНН состоит из 10 цифр (у организации) или 12 цифр (у индивидуального предпринимателя)";

	static final String CHECK_DIGIT = "ИНН указан с ошибкой: не сходится контрольная цифра. Проверьте цифры по выписке из ЕГРЮЛ";

	// FNS weights; the 12-digit number carries two check digits, the second one also covering the first.
	private static final int[] WEIGHTS_10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private static final int[] WEIGHTS_11 = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private static final int[] WEIGHTS_12 = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	public Inn {
		// The constructor checks the exact value, without cleanup, so a stored Inn is always canonical.
		Optional<String> problem = reason(value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
	}

	/** Reads an ИНН as people type or copy it: surrounding blanks, spaces, NBSP and dashes are ignored. */
	public static Inn parse(String text) {
		return new Inn(clean(text));
	}

	/** The Russian reason the text is not a valid ИНН, or empty when {@link #parse} would accept it. */
	public static Optional<String> problem(String text) {
		return reason(clean(text));
	}

	/** True for an organisation's 10-digit number, false for an individual's 12-digit one. */
	public boolean organisation() {
		return this.value.length() == 10;
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		return text.strip().replaceAll("[\\s\\u00A0\\u2007\\u202F\\-\\u2010-\\u2015]", "");
	}

	private static Optional<String> reason(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of(EMPTY);
		}
		// Only ASCII digits: Character.isDigit would let Arabic-Indic and other digits through.
		if (!value.chars().allMatch(c -> c >= '0' && c <= '9')
				|| (value.length() != 10 && value.length() != 12)) {
			return Optional.of(SHAPE);
		}
		boolean valid = value.length() == 10
				? check(value, WEIGHTS_10) == digit(value, 9)
				: check(value, WEIGHTS_11) == digit(value, 10) && check(value, WEIGHTS_12) == digit(value, 11);
		return valid ? Optional.empty() : Optional.of(CHECK_DIGIT);
	}

	private static int check(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * digit(digits, i);
		}
		return sum % 11 % 10;
	}

	private static int digit(String digits, int index) {
		return digits.charAt(index) - '0';
	}
}

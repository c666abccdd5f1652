package ru.nko.platform.shared.ids;

import java.util.Optional;

/**
 * ИНН организации (10 цифр) или индивидуального предпринимателя (12 цифр) с проверенными
 * контрольными цифрами.
 */
public record Inn(String value) {

	static final String EMPTY = "Укажите ИНН";

	static final String SHAPE = "ИНН состоит из 10 цифр (у организации) или 12 цифр (у индивидуального предпринимателя)";

	static final String CHECK_DIGIT = "ИНН указан с ошибкой: не сходится контрольная цифра. Проверьте цифры по выписке из ЕГРЮЛ";

	// FNS weights; the 12-digit number carries two check digits, the second one also
	// covering the first.
	private static final int[] WEIGHTS_10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private static final int[] WEIGHTS_11 = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private static final int[] WEIGHTS_12 = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	public Inn {
		// The constructor checks the exact value, without cleanup, so a stored Inn is
		// always canonical.
		TaxNumber.require(reason(value));
	}

	/**
	 * Reads an ИНН as people type or copy it: surrounding blanks, spaces, NBSP and dashes
	 * are ignored.
	 */
	public static Inn parse(String text) {
		return new Inn(TaxNumber.clean(text));
	}

	/**
	 * The Russian reason the text is not a valid ИНН, or empty when {@link #parse} would
	 * accept it.
	 */
	public static Optional<String> problem(String text) {
		return reason(TaxNumber.clean(text));
	}

	/**
	 * True for an organisation's 10-digit number, false for an individual's 12-digit one.
	 */
	public boolean organisation() {
		return this.value.length() == 10;
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static Optional<String> reason(String value) {
		return TaxNumber.shape(value, EMPTY, SHAPE, 10, 12).or(() -> {
			boolean valid = value.length() == 10
					? TaxNumber.weightedCheckDigit(value, WEIGHTS_10) == TaxNumber.digit(value, 9)
					: TaxNumber.weightedCheckDigit(value, WEIGHTS_11) == TaxNumber.digit(value, 10)
							&& TaxNumber.weightedCheckDigit(value, WEIGHTS_12) == TaxNumber.digit(value, 11);
			return valid ? Optional.empty() : Optional.of(CHECK_DIGIT);
		});
	}
}

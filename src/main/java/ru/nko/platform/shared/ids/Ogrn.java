package ru.nko.platform.shared.ids;

import java.util.Optional;

/**
 * ОГРН организации (13 цифр) или ОГРНИП индивидуального предпринимателя (15 цифр) с
 * проверенной контрольной цифрой.
 */
public record Ogrn(String value) {

	static final String EMPTY = "Укажите ОГРН";

	static final String SHAPE = "ОГРН состоит из 13 цифр (у организации) или 15 цифр (у индивидуального предпринимателя)";

	static final String CHECK_DIGIT = "ОГРН указан с ошибкой: не сходится контрольная цифра. Проверьте цифры по выписке из ЕГРЮЛ";

	public Ogrn {
		// The constructor checks the exact value, without cleanup, so a stored Ogrn is
		// always canonical.
		TaxNumber.require(reason(value));
	}

	/**
	 * Reads an ОГРН as people type or copy it: surrounding blanks, spaces, NBSP and
	 * dashes are ignored.
	 */
	public static Ogrn parse(String text) {
		return new Ogrn(TaxNumber.clean(text));
	}

	/**
	 * The Russian reason the text is not a valid ОГРН, or empty when {@link #parse} would
	 * accept it.
	 */
	public static Optional<String> problem(String text) {
		return reason(TaxNumber.clean(text));
	}

	/**
	 * True for an organisation's 13-digit ОГРН, false for an individual entrepreneur's
	 * 15-digit ОГРНИП.
	 */
	public boolean organisation() {
		return this.value.length() == 13;
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static Optional<String> reason(String value) {
		return TaxNumber.shape(value, EMPTY, SHAPE, 13, 15).or(() -> {
			// The body is at most 14 digits, well inside a long, so no BigInteger is
			// needed.
			int last = value.length() - 1;
			long body = Long.parseLong(value.substring(0, last));
			long modulus = value.length() == 13 ? 11 : 13;
			return body % modulus % 10 == TaxNumber.digit(value, last) ? Optional.empty() : Optional.of(CHECK_DIGIT);
		});
	}
}

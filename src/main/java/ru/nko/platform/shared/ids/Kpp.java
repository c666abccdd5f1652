package ru.nko.platform.shared.ids;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * КПП организации: 4 цифры кода налогового органа, 2 знака причины постановки на учёт, 3
 * цифры номера.
 */
public record Kpp(String value) {

	static final String EMPTY = "Укажите КПП";

	static final String SHAPE = "КПП состоит из 9 знаков, например 470301001";

	// Positions 5-6 may hold capital Latin letters since 2013, so they are not limited to
	// digits.
	private static final Pattern FORMAT = Pattern.compile("[0-9]{4}[0-9A-Z]{2}[0-9]{3}");

	public Kpp {
		// The constructor checks the exact value, without cleanup, so a stored Kpp is
		// always canonical.
		TaxNumber.require(reason(value));
	}

	/**
	 * Reads a КПП as people type or copy it: blanks, NBSP and dashes are ignored, letters
	 * upper-cased.
	 */
	public static Kpp parse(String text) {
		return new Kpp(clean(text));
	}

	/**
	 * The Russian reason the text is not a valid КПП, or empty when {@link #parse} would
	 * accept it.
	 */
	public static Optional<String> problem(String text) {
		return reason(clean(text));
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static String clean(String text) {
		// ROOT locale: upper-casing must not depend on the server's language settings.
		String value = TaxNumber.clean(text);
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	private static Optional<String> reason(String value) {
		if (TaxNumber.missing(value)) {
			return Optional.of(EMPTY);
		}
		return FORMAT.matcher(value).matches() ? Optional.empty() : Optional.of(SHAPE);
	}
}

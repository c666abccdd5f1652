package ru.nko.platform.shared.imports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way to clean the text of a cell, for the readers and for every import's
 * interpreter: trimmed as read, on one line as stored, and as a key when headers or names
 * are compared.
 */
public final class CellText {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F\\u200B\\uFEFF]+");

	private static final Pattern QUOTES_AND_MARKS = Pattern.compile("[«»\"“”„*]");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:.]+$");

	private CellText() {
	}

	/**
	 * Ordinary and non-breaking spaces (and stray BOMs) trimmed around the text; inner
	 * whitespace stays; never null.
	 */
	public static String trim(String value) {
		if (value == null) {
			return "";
		}
		int start = 0;
		int end = value.length();
		while (start < end && isSpace(value.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(start, end);
	}

	/**
	 * Whitespace of any kind (line breaks, NBSP, zero-width spaces) as single spaces,
	 * trimmed; never null.
	 */
	public static String line(String value) {
		return value == null ? "" : SPACES.matcher(value).replaceAll(" ").strip();
	}

	/**
	 * How headers and names are compared: on one line, lower case, "ё" as "е", without
	 * quotes or bold marks and without a colon or full stop at the end ("Муниципальное
	 * образование:" is "муниципальное образование").
	 */
	public static String key(String value) {
		String text = line(QUOTES_AND_MARKS.matcher(value == null ? "" : value).replaceAll("")).toLowerCase(Locale.ROOT)
			.replace('ё', 'е');
		return TRAILING_PUNCTUATION.matcher(text).replaceAll("").strip();
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
	}

}

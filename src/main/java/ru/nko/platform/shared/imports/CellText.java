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
		if (value == null) {
			return "";
		}
		// most cells are on one line already: a registry has millions of them
		return onOneLine(value) ? value : SPACES.matcher(value).replaceAll(" ").strip();
	}

	/**
	 * Whether {@link #line} would give the text back as it is: no whitespace at either
	 * end, and none inside but single ordinary spaces.
	 */
	private static boolean onOneLine(String value) {
		int length = value.length();
		if (length > 0
				&& (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(length - 1)))) {
			return false;
		}
		char previous = 0;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c == ' ' ? previous == ' ' : c < ' ' || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F'
					|| c == '\u200B' || c == '\uFEFF') {
				return false;
			}
			previous = c;
		}
		return true;
	}

	/**
	 * How headers and names are compared: on one line, lower case, "ё" as "е", without
	 * quotes or bold marks and without a colon or full stop at the end ("Муниципальное
	 * образование:" is "муниципальное образование").
	 */
	public static String key(String value) {
		String text = value == null ? "" : value;
		if (hasMarks(text)) {
			text = QUOTES_AND_MARKS.matcher(text).replaceAll("");
		}
		text = line(text).toLowerCase(Locale.ROOT).replace('ё', 'е');
		int end = text.length();
		while (end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '.')) {
			end--;
		}
		return text.substring(0, end).strip();
	}

	private static boolean hasMarks(String text) {
		for (int i = 0; i < text.length(); i++) {
			if ("«»\"“”„*".indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
	}

}

package ru.nko.platform.shared.text;

import java.util.regex.Pattern;

/**
 * Telephone numbers as people write them: "+7 (812) 123-45-67", "+7 812 1234567",
 * "8-812-123-45-67", "… доб. 123", several separated by commas. A leading "+" makes them
 * look like formulas to a spreadsheet, so imports ask here before refusing such a cell.
 */
public final class PhoneNumbers {

	private static final Pattern NUMBER = Pattern.compile(
			"\\+?\\d[\\d\\s\\u00A0().\\-\\u2010-\\u2015]*\\d" + "(?:\\s*(?:доб|доп|ext)\\.?\\s*\\d{1,6})?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private PhoneNumbers() {
	}

	/**
	 * Whether the text is one or more telephone numbers (5 to 15 digits each, an
	 * extension aside) and nothing else.
	 */
	public static boolean looksLikePhone(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		for (String part : text.split("[,;]")) {
			String number = part.strip();
			if (!NUMBER.matcher(number).matches()) {
				return false;
			}
			long digits = number.replaceAll("(?i)(?:доб|доп|ext).*$", "").chars().filter(Character::isDigit).count();
			if (digits < 5 || digits > 15) {
				return false;
			}
		}
		return true;
	}

}

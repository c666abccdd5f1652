package ru.nko.platform.shared.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A web page address as people type it into a form or a table: only {@code http} and
 * {@code https}, a host with a dot (Cyrillic domains too), no blanks, quotes or angle
 * brackets; "vk.com/group" gets https:// in front.
 */
public final class WebAddress {

	/**
	 * Another scheme ("javascript:", "ftp:", "mailto:"), but not a port ("site.ru:8080").
	 */
	private static final Pattern OTHER_SCHEME = Pattern.compile("^(?://|[A-Za-z][A-Za-z0-9+.-]*:(?!\\d))");

	private static final Pattern WEB = Pattern.compile(
			"https?://(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_-]{0,61}[\\p{L}\\p{N}])?\\.)+"
					+ "(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59})(?::\\d{1,5})?(?:[/?#][^\\s\"'<>\\\\^`{|}]*)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private WebAddress() {
	}

	/**
	 * The address to store ({@code https://} added when no scheme was written), or empty
	 * when it is not a web page.
	 */
	public static Optional<String> parse(String text) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return Optional.empty();
		}
		boolean web = value.regionMatches(true, 0, "http://", 0, 7) || value.regionMatches(true, 0, "https://", 0, 8);
		if (!web && OTHER_SCHEME.matcher(value).find()) {
			return Optional.empty();
		}
		String url = web ? value : "https://" + value;
		return WEB.matcher(url).matches() ? Optional.of(url) : Optional.empty();
	}

}

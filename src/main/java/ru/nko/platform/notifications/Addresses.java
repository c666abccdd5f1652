package ru.nko.platform.notifications;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The simple rule for recipients' addresses: {@code local@domain}, trimmed and in lower
 * case, the local part in plain ASCII, the domain a host name (Cyrillic domains such as
 * {@code нко.рф} allowed; sent in their ASCII form). Display names ("Иван
 * &lt;ivan@example.ru&gt;") and lists are not addresses here.
 */
final class Addresses {

	static final int MAX_LENGTH = 254;

	private static final Pattern LOCAL = Pattern
		.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern DOMAIN = Pattern
		.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

	private Addresses() {
	}

	/** The address as stored, or empty when it is blank or malformed. */
	static Optional<String> normalize(String address) {
		if (address == null) {
			return Optional.empty();
		}
		String candidate = address.strip().toLowerCase(Locale.ROOT);
		int at = candidate.indexOf('@');
		if (candidate.isEmpty() || candidate.length() > MAX_LENGTH || at <= 0 || at != candidate.lastIndexOf('@')
				|| at > 64) {
			return Optional.empty();
		}
		String local = candidate.substring(0, at);
		return LOCAL.matcher(local).matches() ? asciiDomain(candidate.substring(at + 1)).map(ascii -> candidate)
				: Optional.empty();
	}

	/**
	 * The stored address as mail servers take it: the domain in its ASCII (punycode)
	 * form.
	 */
	static String forSending(String stored) {
		int at = stored.indexOf('@');
		return stored.substring(0, at + 1) + asciiDomain(stored.substring(at + 1))
			.orElseThrow(() -> new IllegalArgumentException("not a valid domain: " + stored.substring(at + 1)));
	}

	private static Optional<String> asciiDomain(String domain) {
		try {
			String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
			return ascii.length() <= 253 && DOMAIN.matcher(ascii).matches() ? Optional.of(ascii) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}

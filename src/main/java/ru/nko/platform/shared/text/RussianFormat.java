package ru.nko.platform.shared.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and plurals as Russian readers expect them: "12 марта 2025 г.", "1
 * 234,5", "3 встречи". Used from templates as {@code ${@ru.date(x)}}.
 */
@Component("ru")
public class RussianFormat {

	/** The one locale of the interface. */
	public static final Locale RU = Locale.forLanguageTag("ru-RU");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", RU);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.', HH:mm", RU);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", RU);

	private final MessageSource messages;

	private final ZoneId zone;

	/** Moments are written in the clock's time zone, the region's. */
	public RussianFormat(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.zone = clock.getZone();
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(this.zone));
	}

	/**
	 * "12 марта 2026 г., 15:00–17:00": a span of time, the end in full if it falls on
	 * another day.
	 */
	public String timeRange(Instant start, Instant end) {
		if (start == null || end == null) {
			return dateTime(start);
		}
		var from = start.atZone(this.zone);
		var to = end.atZone(this.zone);
		return DATE_TIME.format(from) + "–"
				+ (to.toLocalDate().equals(from.toLocalDate()) ? TIME.format(to) : DATE_TIME.format(to));
	}

	/** The time of day only, "14:35", for moments within the next hours. */
	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(this.zone));
	}

	/**
	 * A number with a thin space between thousands and a decimal comma; no trailing
	 * zeros.
	 */
	public String number(Number value) {
		if (value == null) {
			return "—";
		}
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(RU);
		symbols.setGroupingSeparator('\u202F');
		symbols.setDecimalSeparator(',');
		DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
	}

	/**
	 * A report period as people write it: "II квартал 2024 г." or "2024 г." (quarter
	 * null).
	 */
	public String period(int year, Integer quarter) {
		String[] roman = { "I", "II", "III", "IV" };
		return quarter == null ? this.messages.getMessage("period.year", new Object[] { String.valueOf(year) }, RU)
				: this.messages.getMessage("period.quarter", new Object[] { roman[quarter - 1], String.valueOf(year) },
						RU);
	}

	/**
	 * A period after "в": "в II квартале 2024 г.", or "в 2024 г." (quarter null).
	 */
	public String inPeriod(int year, Integer quarter) {
		String[] roman = { "I", "II", "III", "IV" };
		return quarter == null ? this.messages.getMessage("period.inYear", new Object[] { String.valueOf(year) }, RU)
				: this.messages.getMessage("period.inQuarter",
						new Object[] { roman[quarter - 1], String.valueOf(year) }, RU);
	}

	/** A yes/no value in words. */
	public String yesNo(boolean value) {
		return this.messages.getMessage(value ? "value.yes" : "value.no", null, RU);
	}

	/**
	 * The plural form key suffix for a count: "one" (1, 21), "few" (2–4, 22–24) or
	 * "many".
	 */
	public static String pluralForm(long count) {
		long n = Math.abs(count);
		long lastTwo = n % 100;
		long last = n % 10;
		if (last == 1 && lastTwo != 11) {
			return "one";
		}
		if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
			return "few";
		}
		return "many";
	}

	/**
	 * The plural form key suffix for any number: a whole number as
	 * {@link #pluralForm(long)}, a fraction "few" (Russian says "2,5 проблемы", "0,5
	 * встречи").
	 */
	public static String pluralForm(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		return plain.scale() > 0 ? "few" : pluralForm(plain.longValue());
	}

	/**
	 * A number with its unit in the right form: {@code unitKey.one|few|many} hold the
	 * unit's words ("проблема", "проблемы", "проблем"), so 1 → "1 проблема", 23 → "23
	 * проблемы", 2,5 → "2,5 проблемы".
	 */
	public String quantity(Number value, String unitKey) {
		if (value == null) {
			return "—";
		}
		BigDecimal decimal = value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
		// the form follows the number as written (two decimals at most), not the exact
		// value behind it
		BigDecimal shown = decimal.setScale(2, RoundingMode.HALF_UP);
		return number(decimal) + ' ' + this.messages.getMessage(unitKey + "." + pluralForm(shown), null, RU);
	}

	/**
	 * The message {@code key.one|few|many} with the count as its argument, e.g. "3
	 * встречи".
	 */
	public String plural(String key, long count) {
		return this.messages.getMessage(key + "." + pluralForm(count), new Object[] { number(count) }, RU);
	}

	/** The message {@code key} from the bundles, with its arguments. */
	public String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, RU);
	}

}

package ru.nko.platform.roadmapimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ru.nko.platform.roadmap.Deadline;
import ru.nko.platform.roadmap.Recurrence;

/**
 * Parses the free-text deadlines of a regional roadmap ("дорожная карта") into
 * {@link Deadline}s.
 */
final class DeadlineParser {

	private static final int MIN_YEAR = 1990;

	private static final int MAX_YEAR = 2100;

	/**
	 * Month names in nominative, genitive and prepositional case, to the month number.
	 */
	private static final Map<String, Integer> MONTHS = monthForms("январь января январе", "февраль февраля феврале",
			"март марта марте", "апрель апреля апреле", "май мая мае", "июнь июня июне", "июль июля июле",
			"август августа августе", "сентябрь сентября сентябре", "октябрь октября октябре", "ноябрь ноября ноябре",
			"декабрь декабря декабре");

	private static final Map<String, Recurrence> RECURRENCES = Map.of("ежеквартально", Recurrence.QUARTERLY, "ежегодно",
			Recurrence.YEARLY, "постоянно", Recurrence.CONTINUOUS, "на постоянной основе", Recurrence.CONTINUOUS,
			"в постоянном режиме", Recurrence.CONTINUOUS, "бессрочно", Recurrence.CONTINUOUS);

	// Building blocks of the patterns below. All patterns run on normalized text (see
	// normalize):
	// lower case, single spaces, "-" for every dash, no abbreviation dots.

	/**
	 * An optional word after a year: "г", "гг", "год", "года", "годы", "годов", "году",
	 * "годах".
	 */
	private static final String YEAR_WORD = "(?: ?(?:гг|г|годах|годов|годы|году|года|год))?";

	/** An optional "в течение" or "в" before a period. */
	private static final String DURING = "(?:в течение |в )?";

	/** Any form of a month name. */
	private static final String MONTH = "(?:" + alternation(MONTHS.keySet()) + ")";

	/** A date: "15.03.2025", "1 марта 2025 года". */
	private static final String DATE = "(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2} " + MONTH + " \\d{4})" + YEAR_WORD;

	/** The number of a quarter or a half-year, arabic or roman: "2", "iv". */
	private static final String PART_NUMBER = "[1-4]|iv|iii|ii|i";

	/** An optional ordinal ending after a part number: "2-й", "1-е". */
	private static final String ORDINAL_ENDING = "(?:-?(?:ый|ой|ий|й|ое|е))?";

	/** Any of the recurrence words. */
	private static final String RECURRENCE_WORD = "(?:" + alternation(RECURRENCES.keySet()) + ")";

	/**
	 * "2023 год", "в течение 2025 года", "2023-2024 гг", "с 2023 по 2024 годы", "начиная
	 * с 2024 года".
	 */
	private static final Pattern YEARS = Pattern.compile(DURING + "(?<since>(?:начиная )?с )?(?<from>\\d{4})"
			+ YEAR_WORD + "(?: ?(?:-|по) ?(?<to>\\d{4})" + YEAR_WORD + ")?");

	/**
	 * "2 - 3 квартал 2023 года", "IV квартал 2024", "III-IV кварталы 2024 г", "2-й кв
	 * 2024", "II полугодие 2024".
	 */
	private static final Pattern QUARTERS_OR_HALVES = Pattern
		.compile(DURING + "(?<from>" + PART_NUMBER + ")" + ORDINAL_ENDING + "(?: ?- ?(?<to>" + PART_NUMBER + ")"
				+ ORDINAL_ENDING + ")?" + " ?(?:(?<quarter>квартал(?:ами|ах|ов|ам|ы|а|е)?|кв)|полугоди(?:ях|я|е|и))"
				+ " ?(?<year>\\d{4})" + YEAR_WORD);

	/** "март 2024 г", "май - июнь 2024", "в марте 2024 года". */
	private static final Pattern MONTH_RANGE = Pattern
		.compile(DURING + "(?<from>" + MONTH + ")(?: ?- ?(?<to>" + MONTH + "))? (?<year>\\d{4})" + YEAR_WORD);

	/** "до 1 марта 2025 г", "не позднее 15.03.2025", "в срок до 1 декабря 2024 года". */
	private static final Pattern DUE_DATE = Pattern
		.compile("(?:в срок )?(?:до|не позднее|не позже) (?<date>" + DATE + ")");

	/** "до конца 2024 года". */
	private static final Pattern DUE_END_OF_YEAR = Pattern
		.compile("(?:до|не позднее) конца (?<year>\\d{4})" + YEAR_WORD);

	/** "с 1 марта 2024 г по 30 июня 2024 г", "01.03.2024 - 30.06.2024". */
	private static final Pattern DATE_RANGE = Pattern
		.compile("(?:с )?(?<from>" + DATE + ") ?(?:-|по) ?(?<to>" + DATE + ")");

	/** "01.03.2025", "1 марта 2025 года". */
	private static final Pattern SINGLE_DATE = Pattern.compile("(?<date>" + DATE + ")");

	/** The parts of a numeric DATE. */
	private static final Pattern NUMERIC_DATE = Pattern
		.compile("(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})" + YEAR_WORD);

	/** The parts of a DATE with a month name. */
	private static final Pattern WORDED_DATE = Pattern
		.compile("(?<day>\\d{1,2}) (?<month>" + MONTH + ") (?<year>\\d{4})" + YEAR_WORD);

	/**
	 * A recurrence word, then optionally a due clause and/or a period: "ежегодно до 1
	 * февраля", "ежегодно, 2023-2025 гг".
	 */
	private static final Pattern RECURRENCE_FIRST = Pattern
		.compile("(?<word>" + RECURRENCE_WORD + ")(?:[ ,;:-]+(?<rest>.+))?");

	/** A period of years, then a recurrence word: "2023-2025 гг, ежегодно". */
	private static final Pattern RECURRENCE_LAST = Pattern
		.compile("(?<period>.+?)[ ,;:-]+(?<word>" + RECURRENCE_WORD + ")");

	/**
	 * What may follow a due clause: nothing, or a period after a comma or starting with
	 * "в", "с", "начиная".
	 */
	private static final String THEN_PERIOD = "(?:(?: ?[,;] ?| (?=в |с |начиная ))(?<period>.+))?";

	/**
	 * "до 1 февраля", "до 1 февраля года, следующего за отчетным", then an optional
	 * period.
	 */
	private static final Pattern YEARLY_DUE = Pattern.compile(
			"до (?<day>\\d{1,2}) (?<month>" + MONTH + ")(?: года,? следующего за отчетным(?: годом)?)?" + THEN_PERIOD);

	/** "до 5 числа месяца, следующего за отчетным кварталом", then an optional period. */
	private static final Pattern QUARTERLY_DUE = Pattern
		.compile("до \\d{1,2}(?:-?го)? числа(?: месяца)?(?:,? следующего за отчетным(?: кварталом| периодом)?)?"
				+ THEN_PERIOD);

	/**
	 * The forms of a one-time deadline; the patterns do not overlap, so the first match
	 * decides.
	 */
	private static final List<Rule> ONE_TIME_RULES = List.of(new Rule(YEARS, m -> years(m, false)),
			new Rule(QUARTERS_OR_HALVES, DeadlineParser::quartersOrHalves),
			new Rule(MONTH_RANGE, DeadlineParser::months),
			new Rule(DUE_DATE, m -> new Span(null, date(m.group("date")))),
			new Rule(DUE_END_OF_YEAR, m -> new Span(null, LocalDate.of(year(m.group("year")), 12, 31))),
			new Rule(DATE_RANGE, m -> ordered(date(m.group("from")), date(m.group("to")))),
			new Rule(SINGLE_DATE, m -> new Span(date(m.group("date")), date(m.group("date")))));

	private DeadlineParser() {
	}

	/**
	 * Parses a roadmap deadline.
	 * @param text the deadline as written in the roadmap; null is treated as ""
	 * @param baseYear the year the roadmap starts: the start of recurrences that name no
	 * years
	 * @return the structured deadline, or {@link Deadline#unparsed} keeping the text when
	 * it is not understood
	 */
	public static Deadline parse(String text, int baseYear) {
		String original = Objects.requireNonNullElse(text, "");
		String normalized = normalize(original);
		try {
			Deadline recurring = parseRecurring(original, normalized, baseYear);
			if (recurring != null) {
				return recurring;
			}
			for (Rule rule : ONE_TIME_RULES) {
				Matcher m = rule.pattern().matcher(normalized);
				if (m.matches()) {
					Span span = rule.span().apply(m);
					return new Deadline(original, span.start(), span.end(), Recurrence.NONE, null, true);
				}
			}
		}
		catch (DateTimeException notUnderstood) {
			// an impossible date, a year out of range or a reversed period: fall through
			// to unparsed
		}
		return Deadline.unparsed(original);
	}

	/** Returns null when the text names no recurrence. */
	private static Deadline parseRecurring(String original, String normalized, int baseYear) {
		String period;
		Recurrence recurrence;
		MonthDay dueDay = null;
		Matcher first = RECURRENCE_FIRST.matcher(normalized);
		Matcher last = RECURRENCE_LAST.matcher(normalized);
		if (first.matches()) {
			recurrence = RECURRENCES.get(first.group("word"));
			period = Objects.requireNonNullElse(first.group("rest"), "");
			Matcher due = dueClause(recurrence, period);
			if (due != null) {
				period = Objects.requireNonNullElse(due.group("period"), "");
				if (recurrence == Recurrence.YEARLY) {
					dueDay = MonthDay.of(MONTHS.get(due.group("month")), Integer.parseInt(due.group("day")));
				}
			}
		}
		else if (last.matches()) {
			recurrence = RECURRENCES.get(last.group("word"));
			period = last.group("period");
		}
		else {
			return null;
		}
		Span span = period.isEmpty() ? new Span(LocalDate.of(baseYear, 1, 1), null) : yearsOf(period);
		return new Deadline(original, span.start(), span.end(), recurrence, dueDay, true);
	}

	/** The matched due clause at the start of what follows a recurrence word, or null. */
	private static Matcher dueClause(Recurrence recurrence, String rest) {
		Pattern pattern = switch (recurrence) {
			case YEARLY -> YEARLY_DUE;
			case QUARTERLY -> QUARTERLY_DUE;
			default -> null;
		};
		if (pattern == null) {
			return null;
		}
		Matcher m = pattern.matcher(rest);
		return m.matches() ? m : null;
	}

	/**
	 * The period of years of a recurrence; it may be open-ended ("начиная с 2024 года").
	 */
	private static Span yearsOf(String period) {
		Matcher m = YEARS.matcher(period);
		if (!m.matches()) {
			throw notUnderstood("not a period of years: " + period);
		}
		return years(m, true);
	}

	private static Span years(Matcher m, boolean openEndAllowed) {
		int from = year(m.group("from"));
		if (m.group("to") != null) {
			int to = year(m.group("to"));
			if (from > to) {
				throw notUnderstood("reversed years");
			}
			return new Span(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
		}
		if (m.group("since") != null) {
			if (!openEndAllowed) {
				throw notUnderstood("a one-time measure without an end");
			}
			return new Span(LocalDate.of(from, 1, 1), null);
		}
		return new Span(LocalDate.of(from, 1, 1), LocalDate.of(from, 12, 31));
	}

	private static Span quartersOrHalves(Matcher m) {
		int monthsPerPart = m.group("quarter") != null ? 3 : 6;
		int from = partNumber(m.group("from"));
		int to = m.group("to") == null ? from : partNumber(m.group("to"));
		if (from > to || to * monthsPerPart > 12) {
			throw notUnderstood("no such quarter or half-year");
		}
		int year = year(m.group("year"));
		return new Span(YearMonth.of(year, (from - 1) * monthsPerPart + 1).atDay(1),
				YearMonth.of(year, to * monthsPerPart).atEndOfMonth());
	}

	private static int partNumber(String number) {
		return switch (number) {
			case "i" -> 1;
			case "ii" -> 2;
			case "iii" -> 3;
			case "iv" -> 4;
			default -> Integer.parseInt(number);
		};
	}

	private static Span months(Matcher m) {
		int year = year(m.group("year"));
		int from = MONTHS.get(m.group("from"));
		int to = m.group("to") == null ? from : MONTHS.get(m.group("to"));
		if (from > to) {
			throw notUnderstood("reversed months");
		}
		return new Span(YearMonth.of(year, from).atDay(1), YearMonth.of(year, to).atEndOfMonth());
	}

	private static LocalDate date(String text) {
		Matcher numeric = NUMERIC_DATE.matcher(text);
		if (numeric.matches()) {
			return LocalDate.of(year(numeric.group("year")), Integer.parseInt(numeric.group("month")),
					Integer.parseInt(numeric.group("day")));
		}
		Matcher worded = WORDED_DATE.matcher(text);
		if (worded.matches()) {
			return LocalDate.of(year(worded.group("year")), MONTHS.get(worded.group("month")),
					Integer.parseInt(worded.group("day")));
		}
		throw notUnderstood("not a date: " + text);
	}

	private static Span ordered(LocalDate start, LocalDate end) {
		if (start.isAfter(end)) {
			throw notUnderstood("reversed dates");
		}
		return new Span(start, end);
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw notUnderstood("year out of range: " + year);
		}
		return year;
	}

	/**
	 * Signals text that looks like a deadline but is not a valid one; handled like
	 * impossible dates.
	 */
	private static DateTimeException notUnderstood(String reason) {
		return new DateTimeException(reason);
	}

	private static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace('ё', 'е')
			.replaceAll("[\\u2010-\\u2015\\u2212]", "-") // hyphens, en and em dashes,
															// minus sign
			.replaceAll("[«»\"„“”]", "")
			.replaceAll("(?<=\\p{IsCyrillic})\\.", "") // abbreviation dots: "г.", "гг.",
														// "кв."
			.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
			.replaceAll("^[ .,;]+|[ .,;]+$", "");
	}

	private static Map<String, Integer> monthForms(String... formsByMonth) {
		Map<String, Integer> months = new HashMap<>();
		for (int i = 0; i < formsByMonth.length; i++) {
			for (String form : formsByMonth[i].split(" ")) {
				months.put(form, i + 1);
			}
		}
		return Map.copyOf(months);
	}

	/** Longest words first, so that a word is never cut short by its own prefix. */
	private static String alternation(Collection<String> words) {
		return words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.collect(Collectors.joining("|"));
	}

	private record Span(LocalDate start, LocalDate end) {
	}

	private record Rule(Pattern pattern, Function<Matcher, Span> span) {
	}

}

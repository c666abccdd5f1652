package ru.nko.platform.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings a body's name, as a roadmap writes it, to one comparable form, so that the
 * roadmap import and the body directory match "Комитет … (по согласованию)" and "комитет
 * …" alike.
 */
public final class BodyNames {

	/**
	 * The "(по согласованию)" mark: the body takes part only if it agrees, so it is never
	 * the lead.
	 */
	private static final Pattern AGREEMENT = Pattern.compile("\\(\\s*по\\s+согласованию\\s*\\)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern QUOTES = Pattern.compile("[«»\"“”„'‘’]");

	// "/" stays because "районов/городского округа" is one name; "-" because
	// "IT-технологии" is one word
	private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}/\\-\\s]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

	/**
	 * Genitive head phrases (how "с привлечением …" and "при участии …" name a body) and
	 * their nominative form. Only the head of a name is declined, the genitive words
	 * after it stay as they are, so a replacement applies at the start of a name only.
	 * Longer phrases come first.
	 */
	private static final Map<String, String> GENITIVE_HEADS = orderedMap(
			"социально ориентированных некоммерческих организаций",
			"социально ориентированные некоммерческие организации", "некоммерческих организаций",
			"некоммерческие организации", "ресурсных центров", "ресурсные центры", "ресурсного центра",
			"ресурсный центр", "общественных палат", "общественные палаты", "общественной палаты",
			"общественная палата", "общественных советов", "общественные советы", "общественного совета",
			"общественный совет", "органов местного самоуправления", "органы местного самоуправления",
			"органов исполнительной власти", "органы исполнительной власти", "глав администраций",
			"главы администраций", "комитета", "комитет", "правительства", "правительство");

	private BodyNames() {
	}

	/**
	 * The comparable form of a body's name: lower case, "ё" as "е", no quotes, no "(по
	 * согласованию)", punctuation other than "/" and "-" as spaces, whitespace collapsed,
	 * a genitive head turned nominative ("ресурсных центров нко …" → "ресурсные центры
	 * нко …").
	 */
	public static String normalizeName(String name) {
		if (name == null) {
			return "";
		}
		String text = name.toLowerCase(Locale.ROOT).replace('ё', 'е');
		text = AGREEMENT.matcher(text).replaceAll(" ");
		text = QUOTES.matcher(text).replaceAll("");
		text = PUNCTUATION.matcher(text).replaceAll(" ");
		text = SPACES.matcher(text).replaceAll(" ").trim();
		return nominativeHead(text);
	}

	/** Whether the name carries the "(по согласованию)" mark. */
	public static boolean byAgreement(String name) {
		return AGREEMENT.matcher(name).find();
	}

	/** The name without the "(по согласованию)" mark, whitespace collapsed. */
	public static String withoutAgreement(String name) {
		return SPACES.matcher(AGREEMENT.matcher(name).replaceAll(" ")).replaceAll(" ").trim();
	}

	/**
	 * A name fit to show as a new body's name: no agreement mark, whitespace collapsed,
	 * first letter capital.
	 */
	public static String displayName(String writtenName) {
		String name = withoutAgreement(writtenName == null ? "" : writtenName).replaceAll("[;,.\\s]+$", "");
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String nominativeHead(String text) {
		for (Map.Entry<String, String> head : GENITIVE_HEADS.entrySet()) {
			String genitive = head.getKey();
			if (text.equals(genitive) || text.startsWith(genitive + " ")) {
				return head.getValue() + text.substring(genitive.length());
			}
		}
		return text;
	}

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}

}

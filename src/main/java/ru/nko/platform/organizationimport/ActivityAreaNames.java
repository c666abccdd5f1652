package ru.nko.platform.organizationimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ru.nko.platform.directory.ActivityArea;

/**
 * Finds an activity area by its Russian name as the bundle writes it ("Охрана здоровья
 * …"), by a prefix of it, or by its code.
 */
final class ActivityAreaNames {

	private static final Map<String, ActivityArea> BY_NAME = load();

	/**
	 * What the names people write were found to be: a registry repeats a few of them on
	 * every row (bounded, whatever a file holds).
	 */
	private static final Map<String, Optional<ActivityArea>> FOUND = new ConcurrentHashMap<>();

	private static final int FOUND_MAX = 10_000;

	private ActivityAreaNames() {
	}

	static Optional<ActivityArea> find(String normalized) {
		Optional<ActivityArea> found = FOUND.get(normalized);
		if (found == null) {
			found = lookUp(normalized);
			if (FOUND.size() < FOUND_MAX) {
				FOUND.put(normalized, found);
			}
		}
		return found;
	}

	private static Optional<ActivityArea> lookUp(String normalized) {
		ActivityArea exact = BY_NAME.get(normalized);
		if (exact != null) {
			return Optional.of(exact);
		}
		if (normalized.length() >= 5) {
			var prefixed = BY_NAME.entrySet()
				.stream()
				.filter(entry -> entry.getKey().startsWith(normalized))
				.map(Map.Entry::getValue)
				.distinct()
				.toList();
			if (prefixed.size() == 1) {
				return Optional.of(prefixed.get(0));
			}
		}
		return Optional.empty();
	}

	private static Map<String, ActivityArea> load() {
		Properties names = new Properties();
		try (InputStream in = ActivityAreaNames.class.getResourceAsStream("/messages/directory.properties")) {
			if (in != null) {
				names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Stream.of(ActivityArea.values())
			.flatMap(area -> Stream.of(Map.entry(OrganizationTableParser.normalize(area.name()), area),
					Map.entry(OrganizationTableParser
						.normalize(names.getProperty("activity." + area.name(), area.name())), area)))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
	}

}

package ru.nko.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text comes from the message bundles: no missing key, no Russian written
 * into a template.
 */
class TemplateMessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern LITERAL = Pattern.compile("<([a-zA-Z][^<>]*)>([^<>]*[А-Яа-яЁё][^<>]*)<");

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Properties messages = bundles();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateShowsRussianTextWrittenIntoIt() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			List<String> lines = Files.readAllLines(template);
			for (int i = 0; i < lines.size(); i++) {
				Matcher matcher = LITERAL.matcher(lines.get(i));
				while (matcher.find()) {
					if (!matcher.group(1).matches(".*th:(u?text|remove|replace|insert).*")) {
						literals.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + matcher.group(2).strip());
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	@Test
	void pluralKeysHaveAllThreeRussianForms() throws IOException {
		Properties messages = bundles();
		List<String> incomplete = messages.stringPropertyNames()
			.stream()
			.filter(key -> key.endsWith(".one") || key.endsWith(".few") || key.endsWith(".many"))
			.map(key -> key.substring(0, key.lastIndexOf('.')))
			.distinct()
			.filter(base -> !(messages.containsKey(base + ".one") && messages.containsKey(base + ".few")
					&& messages.containsKey(base + ".many")))
			.toList();
		assertThat(incomplete).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundles() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path bundle : files.filter(path -> path.toString().endsWith(".properties")).toList()) {
				try (InputStream in = Files.newInputStream(bundle)) {
					Properties properties = new Properties();
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
					all.putAll(properties);
				}
			}
		}
		return all;
	}

}

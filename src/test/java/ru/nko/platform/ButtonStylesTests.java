package ru.nko.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One style for each kind of button, on every page (docs/ways-of-working.md, «Кнопки»): a
 * form's main action is {@code btn-primary}; another action that moves the work on is
 * {@code btn-outline-primary}; cancel, back, filter and other secondary actions are
 * {@code btn-outline-secondary}; withdrawing, rejecting, cancelling and revoking are
 * {@code btn-outline-danger}; {@code btn-sm} only makes a button in a row or a list
 * smaller. Nothing else (no green "success", solid grey or solid red, no large buttons),
 * and the header's own tools keep {@code btn-outline-dark}.
 */
class ButtonStylesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> KINDS = Set.of("btn-primary", "btn-outline-primary", "btn-outline-secondary",
			"btn-outline-danger", "btn-sm");

	/** Styles allowed in one template only, for one purpose. */
	private static final Map<String, Set<String>> ONLY_IN = Map.of("btn-outline-dark", Set.of("fragments/layout.html"),
			"btn-link", Set.of("fragments/lists.html", "system/users.html"));

	private static final Pattern BUTTON_STYLE = Pattern.compile("\\bbtn-[a-z-]+");

	@Test
	void everyButtonIsOneOfTheFewKinds() throws IOException {
		List<String> odd = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
				Matcher matcher = BUTTON_STYLE.matcher(Files.readString(template));
				while (matcher.find()) {
					String style = matcher.group();
					if (!KINDS.contains(style) && !ONLY_IN.getOrDefault(style, Set.of()).contains(name)) {
						odd.add(name + ": " + style);
					}
				}
			}
		}
		assertThat(odd).as("button styles outside the kinds of docs/ways-of-working.md").isEmpty();
	}

	@Test
	void theRuleCatchesAGreenButton() {
		Matcher matcher = BUTTON_STYLE.matcher("<button class=\"btn btn-success btn-lg\">");
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group());
		}
		assertThat(found).containsExactly("btn-success", "btn-lg").doesNotContainAnyElementsOf(KINDS);
	}

}

package ru.nko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A guest opens the home page in a real browser: it loads, has a heading and passes WCAG
 * 2.1 AA checks.
 */
class BrowserSmokeTests extends BrowserTest {

	@Test
	void homePageIsAccessibleToGuests() {
		open("/");

		assertThat(page.locator("h1").count()).as("h1 headings on /").isPositive();
		checkAccessible("home-guest");
		checkAccessibleOnPhone("home-guest-phone");
	}

}

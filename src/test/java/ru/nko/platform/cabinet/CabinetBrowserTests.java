package ru.nko.platform.cabinet;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cabinet in a real browser: a person signs in, lands among their tasks from the demo
 * data, does one, and the task and the header's count go down; each page checked by
 * axe-core, on a phone, at 200 % and in the version for the visually impaired.
 */
class CabinetBrowserTests extends BrowserTest {

	private int headerCount() {
		Locator badge = page.locator("nav .navbar-nav a[href='/cabinet'] .badge");
		return badge.count() == 0 ? 0 : Integer.parseInt(badge.first().textContent().strip());
	}

	@Test
	void aMunicipalOfficerChecksANewProblemFromTheCabinet() {
		login("municipal", "demo");
		page.waitForURL(url -> url.endsWith("/cabinet"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Мой кабинет"))).isVisible();
		Locator moderate = page.locator("li.task[data-kind='problems.moderate'] a");
		assertThat(moderate.first()).isVisible();
		int tasks = headerCount();
		assertThat(tasks).isPositive();
		int toModerate = moderate.count();
		checkAccessible("cabinet-municipal");
		checkAccessibleOnPhone("cabinet-municipal-phone");
		checkZoom200("cabinet-municipal-zoom200");

		String title = moderate.first().textContent();
		moderate.first().click();
		page.waitForURL(url -> url.contains("/problems/"));
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Принять и опубликовать")));

		open("/cabinet");
		assertThat(page.locator("li.task[data-kind='problems.moderate'] a")).hasCount(toModerate - 1);
		assertThat(page.locator("main")).not().containsText(title);
		assertThat(headerCount()).isEqualTo(tasks - 1);
	}

	@Test
	void theCabinetWorksInTheVersionForTheVisuallyImpaired() {
		login("municipal", "demo");
		page.waitForURL(url -> url.endsWith("/cabinet"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Версия для слабовидящих")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Мой кабинет"))).isVisible();
		checkAccessible("cabinet-low-vision");
		checkAccessibleOnPhone("cabinet-low-vision-phone");
	}

	@Test
	void theHeaderFitsOneLineOnADesktopAndFoldsIntoAMenuBelowIt() {
		login("admin", "demo");
		page.setViewportSize(1366, 768);
		open("/cabinet");
		Locator items = page.locator("nav .navbar-nav > .nav-item");
		assertThat(items.count()).isBetween(1, 6);
		List<Object> tops = items.evaluateAll(
				"items => items.map(item => Math.round(item.getBoundingClientRect().top))") instanceof List<?> list
						? List.copyOf(list) : List.of();
		assertThat(tops).as("every entry on one line at 1366 px").hasSize(items.count()).containsOnly(tops.get(0));
		assertThat(page.locator("footer")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API для разработчиков"))).isVisible();

		page.setViewportSize(1024, 768);
		assertThat(page.locator("nav .navbar-nav")).isHidden();
		page.locator("details.nav-menu summary").click();
		assertThat(page.locator("details.nav-menu")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Администрирование"))).isVisible();
		checkAccessible("header-menu-open");
	}

	@Test
	void fieldBordersAndTheFocusRingStandOutFromWhite() {
		open("/login");
		String border = (String) page.locator("input[name=username]")
			.evaluate("field => { field.blur(); return getComputedStyle(field).borderTopColor; }");
		assertThat(contrastWithWhite(border)).as("field border %s", border).isGreaterThanOrEqualTo(3.0);
		page.locator("input[name=username]").focus();
		page.keyboard().press("Tab");
		String outline = (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineColor");
		assertThat(contrastWithWhite(outline)).as("focus outline %s", outline).isGreaterThanOrEqualTo(3.0);
	}

	/** WCAG contrast of an "rgb(r, g, b)" colour against white. */
	private static double contrastWithWhite(String rgb) {
		String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
		double luminance = 0.2126 * channel(parts[0]) + 0.7152 * channel(parts[1]) + 0.0722 * channel(parts[2]);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(String value) {
		double c = Integer.parseInt(value.strip()) / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}

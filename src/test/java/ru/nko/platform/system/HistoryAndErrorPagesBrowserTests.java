package ru.nko.platform.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nko.platform.BrowserTest;
import ru.nko.platform.directory.DirectoryManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The pages reached only now and then — histories and error pages — pass the same
 * accessibility checks.
 */
class HistoryAndErrorPagesBrowserTests extends BrowserTest {

	@Autowired
	DirectoryManagement directory;

	@Test
	void historiesAreAccessible() {
		long id = this.directory.organizations()
			.stream()
			.filter(o -> o.name().contains("Добрые соседи"))
			.findFirst()
			.orElseThrow()
			.id();
		login("admin", "demo");
		open("/organizations/" + id + "/history");
		assertThat(page.locator("h1")).containsText("История изменений");
		checkAccessible("organization-history");
		open("/admin/openness/criteria");
		open(page.locator("a[href$='/history']").first().getAttribute("href"));
		assertThat(page.locator("h1")).containsText("История изменений критерия");
		checkAccessible("criterion-history");
	}

	@Test
	void errorPagesAreAccessibleAndInRussian() {
		open("/measures/999999");
		assertThat(page.locator("h1")).hasText("Страница не найдена");
		checkAccessible("error-404");
		// an address no page answers is "not found" for a guest too, not "sign in"
		open("/no-such-page");
		assertThat(page.locator("h1")).hasText("Страница не найдена");
		login("expert", "demo");
		open("/admin");
		assertThat(page.locator("h1")).hasText("Доступ запрещён");
		checkAccessible("error-403");
	}

}

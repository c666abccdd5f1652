package ru.nko.platform.interaction;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The officer finds the quarterly report from the starting page, reads its numbers and
 * downloads it.
 */
class QuarterlyReportsBrowserTests extends BrowserTest {

	@Test
	void anOfficerOpensTheQuarterlyReportOfTheirMunicipalityAndDownloadsIt() {
		login("municipal", "demo");
		open("/interaction");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Всеволожский муниципальный район")).click();
		assertThat(page.locator("h1")).containsText("Отчёт о работе с НКО: Всеволожский муниципальный район");
		assertThat(page.locator("main")).containsText("Рабочая встреча квартала");
		checkAccessible("quarterly-report");
		checkAccessibleOnPhone("quarterly-report-phone");
		checkZoom200("quarterly-report-zoom");
		page.locator("nav[aria-label='Квартал'] a").first().click();
		assertThat(page.locator("h1")).containsText("квартал");
		var download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Скачать отчёт (PDF)"))
					.click());
		Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
	}

}

package ru.nko.platform.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The roadmap in a real browser: what guests, executors and the administrator do, each
 * page checked by axe-core.
 */
class RoadmapBrowserTests extends BrowserTest {

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	private void openMeasure(String code) {
		open("/");
		// sections are folded: open the measure's section, then the measure
		page.locator("details.roadmap-section:has(a[data-code='" + code + "']) > summary").click();
		page.locator("a[data-code='" + code + "']").click();
		page.waitForURL(url -> url.contains("/measures/"));
	}

	@Test
	void executorFilesAReportWithAFileAndSeesItInTheHistory() {
		login("executor", "demo");
		openMeasure("2.1");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Отчёт о ходе исполнения")))
			.isVisible();
		checkAccessible("report-form");

		String text = "Проведены два семинара по информационной открытости, " + UUID.randomUUID();
		page.getByLabel("Отчётный период").selectOption(new SelectOption().setIndex(0));
		page.getByLabel("Что сделано").fill(text);
		page.getByLabel("Выполнено полностью").check();
		page.getByLabel("Подтверждающие файлы")
			.setInputFiles(new FilePayload("протокол семинара.pdf", "application/pdf", PDF));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить отчёт")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Отчёт отправлен");
		assertThat(page.locator("#history ~ ol")).containsText(text);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Скачать протокол семинара.pdf")))
			.isVisible();
		assertThat(page.locator("main .badge").first()).hasText("Выполнено");
		checkAccessible("report-filed");
		checkAccessibleOnPhone("report-filed-phone");
		checkZoom200("report-filed-zoom200");
	}

	@Test
	void executorIsToldWhatIsWrongAndNothingIsSaved() {
		login("executor", "demo");
		openMeasure("2.2");
		int before = page.locator("#history ~ ol > li").count();
		page.getByLabel("Подтверждающие файлы")
			.setInputFiles(new FilePayload("отчёт.pdf", "application/pdf",
					"MZ\u0090 not really a pdf".getBytes(StandardCharsets.ISO_8859_1)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить отчёт")).click();

		assertThat(page.locator("#error-summary")).containsText("Опишите, что сделано за период");
		assertThat(page.locator("#error-summary")).containsText("не подходит");
		assertThat(page.locator("#e-text")).isVisible();
		checkAccessible("report-errors");
		openMeasure("2.2");
		assertThat(page.locator("#history ~ ol > li")).hasCount(before);
	}

	@Test
	void executorCannotReportOnAnotherBodysMeasure() {
		login("executor", "demo");
		openMeasure("4.1");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Отчёт о ходе исполнения")))
			.hasCount(0);
	}

	@Test
	void guestSeesTheRoadmapAndItsProgressOnAnyScreen() {
		open("/");
		assertThat(page.locator("h1")).containsText("дорожная карта");
		assertThat(page.locator(".measure-card")).hasCount(29);
		checkAccessible("roadmap-guest");
		checkAccessibleOnPhone("roadmap-guest-phone");
		checkZoom200("roadmap-guest-zoom200");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ход исполнения").setExact(true))
			.first()
			.click();
		assertThat(page.locator("h1")).hasText("Ход исполнения дорожной карты");
		checkAccessible("dashboard-guest");
		checkAccessibleOnPhone("dashboard-guest-phone");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Версия для слабовидящих")).click();
		assertThat(page.locator("body")).hasClass(Pattern.compile("low-vision"));
		checkAccessible("dashboard-low-vision");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Обычная версия")).click();

		openMeasure("1.5");
		checkAccessible("measure-guest");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("История изменений мероприятия")).click();
		assertThat(page.locator("table").first()).containsText("создано");
		assertThat(page.locator("main")).containsText("История показателя");
		checkAccessible("measure-changes");
	}

	@Test
	void administratorAttachesAProviderToAnIndicator() {
		login("admin", "demo");
		open("/admin/indicators");
		checkAccessible("indicators-admin");
		page.locator("select[name=providerKey]").first().selectOption("roadmap.measures.done-share");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Подключить")).first().click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Источник данных подключён");
	}

}

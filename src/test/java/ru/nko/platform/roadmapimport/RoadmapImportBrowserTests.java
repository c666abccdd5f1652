package ru.nko.platform.roadmapimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The roadmap import in a real browser: upload, preview, confirm, follow the background
 * job to the roadmap; a refused file with line and column; each page checked by axe-core.
 */
class RoadmapImportBrowserTests extends BrowserTest {

	@Test
	void administratorImportsARoadmapThroughAPreviewAndConfirms() throws IOException {
		login("admin", "demo");
		open("/admin");
		checkAccessible("admin-index");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Загрузить дорожную карту")).click();
		checkAccessible("import-form");

		Path seed = Path.of("src/test/resources/roadmap/lenobl-2023.txt");
		String region = "Браузерная область " + UUID.randomUUID().toString().substring(0, 8);
		page.getByLabel("Файл с таблицей")
			.setInputFiles(new FilePayload("дорожная карта.txt", "text/plain", Files.readAllBytes(seed)));
		page.getByLabel("Регион", new Page.GetByLabelOptions().setExact(true)).fill(region);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Проверить файл")).click();

		assertThat(page.locator("main")).containsText("8 разделов, 29 мероприятий");
		assertThat(page.locator("main")).containsText("Будет создана новая дорожная карта");
		checkAccessible("import-preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить дорожную карту")).click();

		// the import runs in the background; the page follows its progress to the end
		page.waitForURL(url -> url.contains("/admin/roadmaps/import/jobs/"));
		assertThat(page.locator("#progress")).containsText("Дорожная карта загружена: 29 мероприятий");
		checkAccessible("import-job-done");
		checkAccessibleOnPhone("import-job-done-phone");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Открыть дорожную карту")).click();
		assertThat(page.locator("main")).containsText(region);
		checkAccessible("imported-roadmap");
	}

	@Test
	void administratorSeesAnImportRefusedWithLineAndColumn() {
		login("admin", "demo");
		open("/admin/roadmaps/import");
		String broken = "№\tНаименование мероприятия\tОжидаемый результат\tСрок исполнения\tИсполнитель\n"
				+ "1.\tРаздел\t\t\t\n1.1\tМероприятие\tРезультат\t\tКомитет общественных коммуникаций Ленинградской области\n";
		page.getByLabel("Файл с таблицей")
			.setInputFiles(new FilePayload("ошибка.txt", "text/plain", broken.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Проверить файл")).click();

		assertThat(page.locator("#error-summary")).containsText("строка 3");
		assertThat(page.locator("#error-summary")).containsText("Не указан срок исполнения мероприятия 1.1");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить дорожную карту")))
			.hasCount(0);
		checkAccessible("import-refused");
	}

}

package ru.nko.platform.organizationimport;

import java.nio.charset.Charset;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;
import ru.nko.platform.support.TestInns;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administrator loads a registry of organisations: form, preview with problems, valid
 * rows only, progress, summary.
 */
class OrganizationImportBrowserTests extends BrowserTest {

	@Test
	void administratorLoadsTheValidRowsAndSeesTheSummary() {
		login("admin", "demo");
		open("/admin/organizations/import");
		checkAccessible("organization-import-form");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Проверить файл")).click();
		assertThat(page.locator("#error-summary")).containsText("Выберите файл");
		checkAccessible("organization-import-empty");

		String csv = "Полное наименование;ИНН;Муниципальное образование\r\n" + "АНО «Из браузера»;" + TestInns.inn()
				+ ";Лужский\r\n" + "АНО «С ошибкой»;4703050003;Лужский\r\n";
		page.locator("#f-file")
			.setInputFiles(new FilePayload("реестр.csv", "text/csv", csv.getBytes(Charset.forName("windows-1251"))));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Проверить файл")).click();
		assertThat(page.locator("main")).containsText("Будет добавлено: 1");
		assertThat(page.locator("main")).containsText("контрольная цифра");
		checkAccessible("organization-import-preview");
		checkAccessibleOnPhone("organization-import-preview-phone");

		page.getByLabel("Загрузить только строки без ошибок, остальные скачать и исправить").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить организации")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Загрузка завершена: добавлено 1");
		checkAccessible("organization-import-done");
	}

}

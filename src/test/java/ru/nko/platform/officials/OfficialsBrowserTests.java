package ru.nko.platform.officials;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The municipal officer appoints the responsible official; everyone sees who to contact.
 */
class OfficialsBrowserTests extends BrowserTest {

	@Test
	void aMunicipalOfficerAppointsAndTheListShowsIt() {
		open("/officials");
		checkAccessible("officials-guest");
		checkAccessibleOnPhone("officials-guest-phone");

		login("municipal", "demo");
		open("/officials");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Всеволожский муниципальный район")).click();
		checkAccessible("official-form");
		page.locator("#f-fullName").fill("Смирнова Елена Викторовна");
		page.locator("#f-position").fill("Начальник отдела по связям с общественностью");
		page.locator("#f-actNumber").fill("1432");
		page.locator("#f-actDate").fill(LocalDate.now().minusDays(3).toString());
		page.locator("#f-validFrom").fill(LocalDate.now().minusDays(2).toString());
		page.locator("#f-act")
			.setInputFiles(new FilePayload("распоряжение.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Назначить").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ответственный назначен");
		checkAccessible("official-appointed");
		open("/officials");
		assertThat(page.locator("main")).containsText("Смирнова Елена Викторовна");
	}

}

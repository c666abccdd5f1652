package ru.nko.platform.claims;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nko.platform.BrowserTest;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.support.TestInns;
import ru.nko.platform.system.SystemAuthentication;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 3's scenario: a new representative registers, claims an NGO by INN, is verified
 * by the administrator, opens the self-check, adds a social-network group and an annual
 * report and sees the level rise.
 */
class JoiningBrowserTests extends BrowserTest {

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	DirectoryManagement directory;

	private int score() {
		return Integer.parseInt(page.locator("#score").textContent().replaceAll("\\D*(\\d+) из 100.*", "$1").strip());
	}

	@Test
	void aNewRepresentativeJoinsAndRaisesTheirOrganisationsOpenness() {
		String inn = TestInns.inn();
		long municipality = this.directory.municipalities().get(0).id();
		long id = SystemAuthentication
			.call(() -> this.directory.saveOrganization(new OrganizationData("АНО «Вступление " + inn + "»", null, null,
					inn, null, null, null, null, municipality, true, null, false, null, false, true,
					"https://vstuplenie.ru", "info@vstuplenie.ru", null, "Орлова Ольга Олеговна", null, null, null,
					null, null, Set.of(), List.of())))
			.id();
		String login = "new" + UUID.randomUUID().toString().substring(0, 6);

		open("/register");
		checkAccessible("register");
		page.locator("#f-fullName").fill("Орлова Ольга Олеговна");
		page.locator("#f-email").fill(login + "@example.ru");
		page.locator("#f-username").fill(login);
		page.locator("#f-password").fill("joining-pass-1");
		page.locator("#f-repeatedPassword").fill("joining-pass-1");
		page.locator("#f-consent").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зарегистрироваться")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Вы зарегистрированы");

		login(login, "joining-pass-1");
		open("/organizations/claim");
		checkAccessible("claim-form");
		page.locator("#f-inn").fill(inn);
		page.locator("#f-position").fill("директор");
		page.locator("#f-document").setInputFiles(new FilePayload("протокол.pdf", "application/pdf", PDF));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить заявку")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Заявка отправлена");
		assertThat(page.locator("#mine ~ ul")).containsText("На проверке");
		checkAccessibleOnPhone("claim-sent-phone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();

		login("admin", "demo");
		open("/admin/claims");
		checkAccessible("claims-admin");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("АНО «Вступление " + inn + "» (ИНН " + inn + ")"))
			.click();
		checkAccessible("claim-admin");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Одобрить: сделать представителем"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Заявка одобрена");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();

		login(login, "joining-pass-1");
		open("/organizations/" + id + "/openness");
		int before = score();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Изменить карточку организации")).click();
		page.locator("#f-vk").fill("https://vk.com/vstuplenie_" + inn);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить карточку")).click();
		open("/organizations/" + id + "/openness");
		int withGroup = score();
		page.locator("#f-kind").selectOption(new SelectOption().setValue("ANNUAL_REPORT"));
		page.locator("#f-year").fill(String.valueOf(LocalDate.now().getYear() - 1));
		page.locator("#f-url").fill("https://vstuplenie.ru/otchet.pdf");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить документ")).click();
		int withReport = score();
		Assertions.assertThat(withGroup).isGreaterThan(before);
		Assertions.assertThat(withReport).isGreaterThan(withGroup);
		checkAccessible("joined-openness");
	}

	@Test
	void aClaimWithoutADocumentOrWithAWrongInnIsRefusedWithReasons() {
		login("expert", "demo");
		open("/organizations/claim");
		page.locator("#f-inn").fill("4703050003");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить заявку")).click();
		assertThat(page.locator("#error-summary")).containsText("контрольная цифра");
		assertThat(page.locator("#error-summary")).containsText("Укажите вашу должность");
		assertThat(page.locator("#error-summary")).containsText("Приложите документ");
		checkAccessible("claim-errors");
	}

}

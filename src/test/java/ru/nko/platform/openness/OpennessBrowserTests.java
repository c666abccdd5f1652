package ru.nko.platform.openness;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nko.platform.BrowserTest;
import ru.nko.platform.directory.DirectoryManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A representative checks their organisation's openness, adds a social-network group and
 * an annual report, and sees it rise.
 */
class OpennessBrowserTests extends BrowserTest {

	@Autowired
	DirectoryManagement directory;

	private int score() {
		return Integer.parseInt(page.locator("#score").textContent().replaceAll("\\D*(\\d+) из 100.*", "$1").strip());
	}

	@Test
	void aRepresentativeRaisesTheirOrganisationsOpenness() {
		long id = this.directory.organizations()
			.stream()
			.filter(o -> o.name().contains("Добрые соседи"))
			.findFirst()
			.orElseThrow()
			.id();
		login("ngo", "demo");
		open("/organizations/" + id + "/openness");
		checkAccessible("openness-self-check");
		int before = score();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Изменить карточку организации")).click();
		checkAccessible("organization-edit");
		page.locator("#f-vk").fill("vk.com/dobrye_sosedi_vsevolozhsk");
		page.locator("#f-publicEmail").fill("info@dobrye-sosedi.ru");
		page.locator("#f-headName").fill("Соколова Анна Дмитриевна");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить карточку")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Карточка организации сохранена");

		open("/organizations/" + id + "/openness");
		int withGroup = score();
		Assertions.assertThat(withGroup).isGreaterThan(before);

		page.locator("#f-kind").selectOption(new SelectOption().setValue("ANNUAL_REPORT"));
		page.locator("#f-year").fill(String.valueOf(LocalDate.now().getYear() - 1));
		page.locator("#f-title").fill("Отчёт о деятельности");
		page.locator("#f-url").fill("https://dobrye-sosedi.ru/otchet.pdf");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить документ")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("оценка открытости пересчитана");
		Assertions.assertThat(score()).isGreaterThan(withGroup);
		checkAccessible("openness-raised");
		checkAccessibleOnPhone("openness-raised-phone");
	}

	@Test
	void aRepresentativeIsToldWhatIsWrongWithADocumentAndNothingIsAdded() {
		long id = this.directory.organizations()
			.stream()
			.filter(o -> o.name().contains("Экология"))
			.findFirst()
			.orElseThrow()
			.id();
		login("ngo2", "demo");
		open("/organizations/" + id + "/openness");
		page.locator("#f-kind").selectOption(new SelectOption().setValue("ANNUAL_REPORT"));
		page.locator("#f-url").fill("не ссылка");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить документ")).click();
		assertThat(page.locator("#error-summary")).containsText("Укажите год");
		assertThat(page.locator("#error-summary")).containsText("Укажите ссылку на документ");
		checkAccessible("openness-errors");
	}

	@Test
	void theAdministratorSeesOpennessAcrossTheRegionAndKeepsTheChecklist() {
		login("admin", "demo");
		open("/admin/openness");
		checkAccessible("openness-overview");
		checkAccessibleOnPhone("openness-overview-phone");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Всеволожский муниципальный район")).click();
		assertThat(page.locator("h1")).containsText("Всеволожский");
		checkAccessible("openness-drill-down");
		open("/admin/openness/criteria");
		checkAccessible("openness-criteria");
	}

	@Test
	void anotherOrganisationsRepresentativeIsRefused() {
		long id = this.directory.organizations()
			.stream()
			.filter(o -> o.name().contains("Добрые соседи"))
			.findFirst()
			.orElseThrow()
			.id();
		login("ngo2", "demo");
		open("/organizations/" + id + "/openness");
		assertThat(page.locator("h1")).hasText("Доступ запрещён");
		open("/organizations/" + id + "/edit");
		assertThat(page.locator("h1")).hasText("Доступ запрещён");
	}

}

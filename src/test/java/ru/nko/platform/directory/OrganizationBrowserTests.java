package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The directory of organisations in a real browser: a guest searches, filters and opens a
 * card; axe checks each page.
 */
class OrganizationBrowserTests extends BrowserTest {

	@Autowired
	DirectoryManagement directory;

	@Test
	void guestSearchesFiltersAndOpensACard() {
		String w = OrganizationDirectoryTests.word();
		long municipality = this.directory.municipalities().get(0).id();
		this.directory
			.saveOrganization(OrganizationDirectoryTests.data("Фонд поддержки молодёжных инициатив «" + w + "»",
					municipality, Set.of(ActivityArea.YOUTH, ActivityArea.CULTURE), true, true, false,
					LocalDate.of(2016, 9, 1), "Фестивали, лагеря и волонтёрские проекты для молодёжи района"));
		this.directory.saveOrganization(OrganizationDirectoryTests.data("Клуб ветеранов «" + w + "»", municipality,
				Set.of(ActivityArea.VETERANS), false, false, false, LocalDate.of(2012, 2, 1), null));

		open("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("НКО").setExact(true)).first().click();
		assertThat(page.locator("h1")).hasText("Некоммерческие организации региона");
		page.getByLabel("Название или описание").fill(w);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Найти")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Найдено 2 организации");
		checkAccessible("organizations-search");
		checkAccessibleOnPhone("organizations-search-phone");
		checkZoom200("organizations-search-zoom200");

		page.getByLabel("Социально ориентированная НКО (СО НКО)").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Найти")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Найдена 1 организация");
		assertThat(page.getByLabel("Название или описание")).hasValue(w);
		assertThat(page.getByLabel("Социально ориентированная НКО (СО НКО)")).isChecked();

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Фонд поддержки молодёжных инициатив «" + w + "»"))
			.click();
		assertThat(page.locator("h1")).hasText("Фонд поддержки молодёжных инициатив «" + w + "»");
		assertThat(page.locator("main")).containsText("Поддержка молодёжи");
		assertThat(page.locator("main")).containsText("1 сентября 2016 г.");
		assertThat(page.locator("main")).not().containsText("Контакты для связи с платформой");
		checkAccessible("organization-card");
		checkAccessibleOnPhone("organization-card-phone");
		checkZoom200("organization-card-zoom200");
	}

	@Test
	void guestIsToldWhatToDoWhenNothingIsFound() {
		open("/organizations");
		checkAccessible("organizations-all");
		page.getByLabel("Название или описание").fill("Щъыщъыщъ " + OrganizationDirectoryTests.word());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Найти")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Найдено 0 организаций");
		assertThat(page.locator("main")).containsText("Ничего не нашлось");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Сбросить поиск и фильтры")))
			.isVisible();
		checkAccessible("organizations-empty");
		checkAccessibleOnPhone("organizations-empty-phone");
	}

}

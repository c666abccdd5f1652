package ru.nko.platform.problems;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nko.platform.BrowserTest;
import ru.nko.platform.directory.DirectoryManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An NGO representative starts describing a problem, is shown that another organisation
 * already reported it and joins it instead; then records a new one with a file; the
 * municipal officer accepts it; a guest sees it in the public list.
 */
class ProblemsBrowserTests extends BrowserTest {

	@Autowired
	ProblemQueries queries;

	@Autowired
	ProblemWork work;

	@Autowired
	DirectoryManagement directory;

	@Test
	void aRepresentativeJoinsASimilarProblemThenRecordsANewOneWhichTheOfficerPublishes() {
		long vsevolozhsky = this.directory.municipalityByName("Всеволожский муниципальный район").orElseThrow().id();
		long neighbour = this.directory
			.ensureOrganization("Всеволожский шахматный клуб «Гамбит»", null, "9899001122", null, vsevolozhsky)
			.id();
		String w = ProblemsTests.word();
		String existing = "Нет помещения для шахматного клуба " + w;
		long existingId = this.work.recordAsOf(vsevolozhsky, neighbour, "PREMISES", existing,
				"Клуб занимается в холле школы, зимой там холодно.", "Шахматист Тестовый", Instant.now());
		this.work.moveAsOf(existingId, ProblemStatus.ACCEPTED, "Иванова Мария Сергеевна", null, Instant.now());

		login("ngo", "demo");
		open("/problems/new");
		checkAccessible("problem-form");
		checkAccessibleOnPhone("problem-form-phone");
		checkZoom200("problem-form-zoom200");

		// typing the title brings the similar problem into the live region
		page.locator("#f-title")
			.pressSequentially("помещение для шахматного клуба " + w,
					new Locator.PressSequentiallyOptions().setDelay(20));
		Locator suggestion = page.locator("#similar li.suggestion", new Page.LocatorOptions().setHasText(existing));
		assertThat(suggestion).isVisible();
		assertThat(page.locator("#similar")).hasAttribute("aria-live", "polite");
		checkAccessible("problem-form-suggestions");
		suggestion.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Нас это тоже касается")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("присоединилась");
		assertThat(page.locator("h1")).hasText(existing);
		assertThat(page.locator("main")).containsText("1 организация поддержала");
		checkAccessible("problem-joined");

		// a problem of its own, with a file
		String title = "Некуда поставить стеллажи с книгами " + w;
		open("/problems/new");
		page.locator("#f-title").fill(title);
		page.locator("#f-description")
			.fill("Библиотека передала нам 300 книг для пожилых жителей, но хранить их негде.");
		page.getByLabel("Помещения", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#f-files")
			.setInputFiles(new FilePayload("смета.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		// Enter in a field sends the form by its main action, not «Найти похожие»
		page.locator("#f-title").press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Проблема зарегистрирована");
		assertThat(page.locator("main")).containsText("смета.pdf");
		assertThat(page.locator("main")).containsText("Новая");
		String card = page.url().substring(page.url().indexOf("/problems/"));
		checkAccessible("problem-recorded");

		// the municipal officer of Всеволожский accepts it
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();
		login("municipal", "demo");
		open(card);
		checkAccessible("problem-moderation");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Принять и опубликовать")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Проблема принята");
		assertThat(page.locator("main")).containsText("Принята к рассмотрению");
		checkAccessible("problem-accepted");

		// a guest sees it in the municipality's list, without people's names
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();
		open("/problems?municipality=" + vsevolozhsky);
		assertThat(page.locator("main")).containsText(title);
		checkAccessible("problems-guest");
		checkAccessibleOnPhone("problems-guest-phone");
		checkZoom200("problems-guest-zoom200");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.locator("main")).containsText("Принята к рассмотрению");
		assertThat(page.locator("main")).not().containsText("Соколова");
		assertThat(page.locator("main")).not().containsText("смета.pdf");
		checkAccessible("problem-guest");
	}

	@Test
	void anAdministratorKeepsTheCategories() {
		login("admin", "demo");
		open("/admin/problem-categories");
		checkAccessible("problem-categories");
		checkAccessibleOnPhone("problem-categories-phone");
		page.locator("a[href*='/admin/problem-categories/'][href$='/history']").first().click();
		assertThat(page.locator("h1")).containsText("История категории");
		checkAccessible("problem-category-history");
		open("/problems");
		checkAccessible("problems-admin");
	}

}

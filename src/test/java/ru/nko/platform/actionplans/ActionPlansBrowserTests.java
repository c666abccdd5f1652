package ru.nko.platform.actionplans;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A municipal officer keeps the action plan: starts it, adds a measure for a problem,
 * approves it and marks it done.
 */
class ActionPlansBrowserTests extends BrowserTest {

	@Test
	void anOfficerBuildsApprovesAndCompletesThePlanAndThePublicSeesIt() {
		int year = LocalDate.now().getYear() + 1;
		open("/interaction");
		checkAccessible("interaction-hub");
		checkAccessibleOnPhone("interaction-hub-phone");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Планы мероприятий муниципальных образований"))
			.click();
		assertThat(page.locator("h1")).containsText("Планы мероприятий");
		checkAccessible("plans-overview");
		checkAccessibleOnPhone("plans-overview-phone");
		checkZoom200("plans-overview-zoom");

		login("municipal", "demo");
		open("/plans?year=" + year);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Всеволожский муниципальный район")).click();
		assertThat(page.locator("main")).containsText("Плана на " + year + " год ещё нет");
		checkAccessible("plan-empty");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Создать план")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("План создан");

		// a measure without a responsible person is refused with the one error pattern
		page.locator("#f-title").fill("Передать НКО помещение бывшей библиотеки в пос. Токсово");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить в план")).click();
		assertThat(page.locator("#error-summary")).containsText("Укажите ответственного");
		checkAccessible("plan-item-error");
		page.locator("#f-responsible").fill("Комитет по управлению муниципальным имуществом");
		page.locator("#f-dueDate").fill(year + "-06-30");
		page.locator("input[name=problemIds]").first().check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить в план")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Мероприятие добавлено");

		page.locator("#f-approvedOn").fill(LocalDate.now().minusDays(1).toString());
		page.locator("#f-number").fill("1205-п");
		page.locator("#f-file")
			.setInputFiles(new FilePayload("постановление.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Утвердить").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("План утверждён");
		assertThat(page.locator("main")).containsText("1205-п");
		checkAccessible("plan-approved");
		checkAccessibleOnPhone("plan-approved-phone");
		checkZoom200("plan-approved-zoom");

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Передать НКО помещение бывшей библиотеки в пос. Токсово"))
			.click();
		checkAccessible("plan-item");
		page.locator("#f-note").fill("Проведено обследование помещения, готовится договор");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить отметку")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Отметка добавлена");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Мероприятие выполнено")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("отмечено выполненным");
		assertThat(page.locator("main")).containsText("Выполнено");
		checkAccessible("plan-item-done");

		open("/plans?year=" + year);
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Всеволожский муниципальный район")))
			.containsText("Утверждён");
	}

}

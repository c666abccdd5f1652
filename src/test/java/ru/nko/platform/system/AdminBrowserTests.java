package ru.nko.platform.system;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administrator's pages in a real browser, each checked by axe-core, on a desktop and
 * a phone.
 */
class AdminBrowserTests extends BrowserTest {

	@Test
	void signInPageIsAccessibleAndSaysWhatWentWrong() {
		open("/login");
		checkAccessible("login");
		login("admin", "wrong-password");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Неверный логин или пароль");
		checkAccessible("login-error");
	}

	@Test
	void administratorCreatesAUserAndGrantsAScopedRole() {
		login("admin", "demo");
		open("/admin/users");
		checkAccessible("users");
		checkAccessibleOnPhone("users-phone");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Создать пользователя")).click();
		checkAccessible("user-new");

		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		checkAccessible("user-new-errors");

		String login = "officer" + UUID.randomUUID().toString().substring(0, 6);
		page.locator("#f-username").fill(login);
		page.locator("#f-fullName").fill("Новикова Татьяна Петровна");
		page.locator("#f-password").fill("temporary-1");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Новикова Татьяна Петровна");
		checkAccessible("user");

		page.locator("select[name=role]").selectOption("MUNICIPAL_OFFICER");
		page.locator("select[name=scopeMunicipality]")
			.selectOption(new SelectOption().setLabel("Лужский муниципальный район"));
		page.locator("form:has(select[name=role]) button[type=submit]").click();
		assertThat(page.locator("main")).containsText("Лужский муниципальный район");
		checkAccessibleOnPhone("user-phone");

		open("/admin/security-log");
		assertThat(page.locator("main")).containsText(login);
		checkAccessible("security-log");
	}

	@Autowired
	UserManagement users;

	@Test
	void aSignedInUserChangesTheirPassword() {
		String login = "self" + UUID.randomUUID().toString().substring(0, 6);
		SystemAuthentication.run(() -> this.users.ensureUser(login, "first-pass", "Самостоятельная Пользовательница",
				Set.of(Grant.of(Role.EXPERT))));
		login(login, "first-pass");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Самостоятельная Пользовательница")).click();
		checkAccessible("account");
		page.locator("#f-currentPassword").fill("first-pass");
		page.locator("#f-newPassword").fill("second-pass-1");
		page.locator("#f-repeatedPassword").fill("other-pass-1");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#error-summary")).containsText("Пароли не совпадают");
		checkAccessible("account-errors");
		page.locator("#f-currentPassword").fill("first-pass");
		page.locator("#f-newPassword").fill("second-pass-1");
		page.locator("#f-repeatedPassword").fill("second-pass-1");
		page.locator("main form button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Пароль изменён");
	}

	@Test
	void administratorEditsReferenceDataAndSeesItsHistory() {
		login("admin", "demo");
		open("/admin/municipalities");
		// 18 from the reference data; other tests may have added more
		Assertions.assertThat(page.locator("tbody tr").count()).isGreaterThanOrEqualTo(18);
		checkAccessible("municipalities");
		checkAccessibleOnPhone("municipalities-phone");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Сланцевский муниципальный район")).click();
		checkAccessible("municipality");

		open("/admin/bodies");
		checkAccessible("bodies");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Комитет по печати Ленинградской области"))
			.click();
		checkAccessible("body");
		checkZoom200("body-zoom200");
	}

}

package ru.nko.platform.cabinet;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cabinet in a real browser: a person signs in, lands among their tasks from the demo
 * data, does one, and the task and the header's count go down; each page checked by
 * axe-core, on a phone, at 200 % and in the version for the visually impaired.
 */
class CabinetBrowserTests extends BrowserTest {

	private int headerCount() {
		Locator badge = page.locator("nav .navbar-nav a[href='/cabinet'] .badge");
		return badge.count() == 0 ? 0 : Integer.parseInt(badge.first().textContent().strip());
	}

	@Test
	void aMunicipalOfficerChecksANewProblemFromTheCabinet() {
		login("municipal", "demo");
		page.waitForURL(url -> url.endsWith("/cabinet"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Мой кабинет"))).isVisible();
		Locator moderate = page.locator("li.task[data-kind='problems.moderate'] a");
		assertThat(moderate.first()).isVisible();
		int tasks = headerCount();
		assertThat(tasks).isPositive();
		int toModerate = moderate.count();
		checkAccessible("cabinet-municipal");
		checkAccessibleOnPhone("cabinet-municipal-phone");
		checkZoom200("cabinet-municipal-zoom200");

		String title = moderate.first().textContent();
		moderate.first().click();
		page.waitForURL(url -> url.contains("/problems/"));
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Принять и опубликовать")));

		open("/cabinet");
		assertThat(page.locator("li.task[data-kind='problems.moderate'] a")).hasCount(toModerate - 1);
		assertThat(page.locator("main")).not().containsText(title);
		assertThat(headerCount()).isEqualTo(tasks - 1);
	}

	@Test
	void anExecutorFilesAReportFromTheCabinet() {
		login("executor", "demo");
		page.waitForURL(url -> url.endsWith("/cabinet"));
		Locator reports = page.locator("li.task[data-kind='roadmap.report'] a");
		assertThat(reports.first()).isVisible();
		int tasks = headerCount();
		int due = reports.count();
		checkAccessible("cabinet-executor");
		checkAccessibleOnPhone("cabinet-executor-phone");

		String href = reports.first().getAttribute("href");
		reports.first().click();
		page.waitForURL(url -> url.contains("/measures/"));
		page.getByLabel("Отчётный период").selectOption(new SelectOption().setIndex(0));
		page.getByLabel("Что сделано").fill("Мероприятие выполнено, документы размещены на портале.");
		page.getByLabel("Выполнено полностью").check();
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить отчёт")));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Отчёт отправлен");

		open("/cabinet");
		assertThat(page.locator("li.task[data-kind='roadmap.report'] a[href='" + href + "']")).hasCount(0);
		assertThat(page.locator("li.task[data-kind='roadmap.report'] a")).hasCount(due - 1);
		assertThat(headerCount()).isLessThan(tasks);

		// the demo roadmap as it was for the other scenarios: the report withdrawn, the
		// task back
		open(href.replace("#report", ""));
		page.locator("details:has(summary:text('Отозвать отчёт')) summary").first().click();
		page.getByLabel("Причина отзыва").first().fill("Отправлен по ошибке в проверке");
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отозвать")).first());
		open("/cabinet");
		assertThat(page.locator("li.task[data-kind='roadmap.report'] a[href='" + href + "']")).hasCount(1);
	}

	@Test
	void aRepresentativeAddsASocialNetworkPageFromTheCabinet() {
		login("ngo", "demo");
		page.waitForURL(url -> url.endsWith("/cabinet"));
		Locator website = page.locator("li.task[data-kind='directory.field'] a[href$='#f-website']");
		assertThat(website).hasCount(1);
		int tasks = headerCount();
		checkAccessible("cabinet-ngo");
		checkAccessibleOnPhone("cabinet-ngo-phone");
		checkZoom200("cabinet-ngo-zoom200");

		website.click();
		page.waitForURL(url -> url.contains("/edit"));
		String edit = page.url().substring(page.url().indexOf("/organizations/")).replaceAll("#.*", "");
		page.getByLabel("Группа ВКонтакте").fill("vk.com/dobrye_sosedi_lo");
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить карточку")));
		assertThat(page.getByRole(AriaRole.STATUS)).isVisible();

		open("/cabinet");
		assertThat(page.locator("li.task[data-kind='directory.field'] a[href$='#f-website']")).hasCount(0);
		assertThat(headerCount()).isLessThan(tasks);

		// the demo card as it was for the other scenarios
		open(edit);
		page.getByLabel("Группа ВКонтакте").fill("");
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить карточку")));
		open("/cabinet");
		assertThat(page.locator("li.task[data-kind='directory.field'] a[href$='#f-website']")).hasCount(1);
	}

	@Test
	void theAdministratorMovesAnOverdueMeasuresDeadlineFromTheCabinet() {
		login("admin", "demo");
		page.waitForURL(url -> url.endsWith("/cabinet"));
		Locator overdue = page.locator("li.task[data-kind='roadmap.overdue'] a");
		assertThat(overdue.first()).isVisible();
		int tasks = headerCount();
		int measures = overdue.count();
		String href = overdue.first().getAttribute("href");

		overdue.first().click();
		page.waitForURL(url -> url.contains("/measures/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Изменить срок и исполнителей")).click();
		page.waitForURL(url -> url.contains("/admin/measures/"));
		Locator deadline = page.getByLabel("Срок исполнения");
		String was = deadline.inputValue();
		checkAccessible("measure-amend");
		checkAccessibleOnPhone("measure-amend-phone");
		checkZoom200("measure-amend-zoom200");

		// an empty basis is refused first, with the message linked to its field
		deadline.fill("IV квартал 2099 г.");
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить изменения")));
		assertThat(page.locator(".error-summary")).containsText("Укажите основание изменения");
		checkAccessible("measure-amend-errors");
		page.getByLabel("Основание изменения").fill("Распоряжение комитета от 01.12.2026 № 45");
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить изменения")));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Срок и исполнители мероприятия изменены");
		assertThat(page.locator("main")).containsText("IV квартал 2099 г.");

		open("/cabinet");
		assertThat(page.locator("li.task[data-kind='roadmap.overdue'] a[href='" + href + "']")).hasCount(0);
		assertThat(page.locator("li.task[data-kind='roadmap.overdue'] a")).hasCount(measures - 1);
		assertThat(headerCount()).isEqualTo(tasks - 1);

		// the demo roadmap as it was for the other scenarios
		open(href.replaceAll("^/measures/", "/admin/measures/"));
		page.getByLabel("Срок исполнения").fill(was);
		page.getByLabel("Основание изменения").fill("Возврат срока после проверки");
		submit(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить изменения")));
		open("/cabinet");
		assertThat(page.locator("li.task[data-kind='roadmap.overdue'] a[href='" + href + "']")).hasCount(1);
	}

	@Test
	void theCabinetWorksInTheVersionForTheVisuallyImpaired() {
		login("municipal", "demo");
		page.waitForURL(url -> url.endsWith("/cabinet"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Версия для слабовидящих")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Мой кабинет"))).isVisible();
		checkAccessible("cabinet-low-vision");
		checkAccessibleOnPhone("cabinet-low-vision-phone");

		// white on black, very large, wide spacing, no images: kept across pages
		choose("Белым по чёрному", "Очень крупный", "Увеличенный", "Не показывать");
		assertThat(page.locator("body"))
			.hasClass(Pattern.compile("low-vision.*lv-size-xlarge.*lv-scheme-wb.*lv-spacing-wide.*lv-images-off"));
		assertThat(page.locator("body")).hasAttribute("data-bs-theme", "dark");
		double h1 = fontSize("h1");
		double body = fontSize("body");
		assertThat(h1).as("headings grow with the text").isGreaterThan(body * 1.5);
		assertThat(body).isGreaterThanOrEqualTo(31);
		checkAccessible("cabinet-white-on-black");
		checkZoom200("cabinet-white-on-black-zoom200");
		open("/organizations");
		assertThat(page.locator("body")).hasClass(Pattern.compile("lv-scheme-wb"));
		checkAccessible("organizations-white-on-black");

		choose("Тёмно-синим по голубому", "Крупный", "Обычный", "Показывать");
		assertThat(page.locator("body")).hasClass(Pattern.compile("lv-scheme-blue"));
		checkAccessible("organizations-blue");
		open("/cabinet");
		checkAccessible("cabinet-blue");
		checkAccessibleOnPhone("cabinet-blue-phone");
		// the home page in each scheme, at 1366 px, on a phone and at 200 %
		page.setViewportSize(1366, 768);
		open("/");
		checkAccessible("home-blue");
		checkAccessibleOnPhone("home-blue-phone");
		checkZoom200("home-blue-zoom200");
		choose("Белым по чёрному", "Крупный", "Обычный", "Показывать");
		checkAccessible("home-white-on-black");
		checkAccessibleOnPhone("home-white-on-black-phone");
		checkZoom200("home-white-on-black-zoom200");
		choose("Чёрным по белому", "Очень крупный", "Увеличенный", "Показывать");
		checkAccessible("home-black-on-white");
		checkAccessibleOnPhone("home-black-on-white-phone");
		checkZoom200("home-black-on-white-zoom200");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Обычная версия")).click();
		assertThat(page.locator("body")).not().hasClass(Pattern.compile("low-vision"));
	}

	private void choose(String scheme, String size, String spacing, String images) {
		page.locator("details.vision-settings summary").click();
		Locator settings = page.locator("details.vision-settings");
		settings.getByLabel(scheme, new Locator.GetByLabelOptions().setExact(true)).check();
		settings.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Размер шрифта"))
			.getByLabel(size, new Locator.GetByLabelOptions().setExact(true))
			.check();
		settings.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Интервал между буквами"))
			.getByLabel(spacing, new Locator.GetByLabelOptions().setExact(true))
			.check();
		settings.getByLabel(images, new Locator.GetByLabelOptions().setExact(true)).check();
		submit(settings.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Применить")));
	}

	private double fontSize(String selector) {
		return Double.parseDouble(
				((String) page.locator(selector).first().evaluate("element => getComputedStyle(element).fontSize"))
					.replace("px", ""));
	}

	@Test
	void theHeaderFitsOneLineOnADesktopAndFoldsIntoAMenuBelowIt() {
		login("admin", "demo");
		page.setViewportSize(1366, 768);
		open("/cabinet");
		Locator items = page.locator("nav .navbar-nav > .nav-item");
		assertThat(items.count()).isBetween(1, 6);
		List<Object> tops = items.evaluateAll(
				"items => items.map(item => Math.round(item.getBoundingClientRect().top))") instanceof List<?> list
						? List.copyOf(list) : List.of();
		assertThat(tops).as("every entry on one line at 1366 px").hasSize(items.count()).containsOnly(tops.get(0));
		assertThat(page.locator("footer")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API для разработчиков"))).isVisible();

		page.setViewportSize(1024, 768);
		assertThat(page.locator("nav .navbar-nav")).isHidden();
		page.locator("details.nav-menu summary").click();
		assertThat(page.locator("details.nav-menu")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Администрирование"))).isVisible();
		checkAccessible("header-menu-open");
	}

	@Test
	void theAdministratorsStartPageShowsWorkAndEveryAdminPageLeadsBack() {
		login("admin", "demo");
		page.waitForURL(url -> url.endsWith("/cabinet"));
		open("/admin");
		Locator attention = page.locator("section[aria-labelledby=attention]");
		assertThat(attention.locator("li[data-kind='claims.decide'] a")).isVisible();
		assertThat(attention.locator("li[data-kind='notifications.failed'] a")).isVisible();
		page.setViewportSize(1366, 768);
		checkAccessible("admin-start");
		checkAccessibleOnPhone("admin-start-phone");
		checkZoom200("admin-start-zoom200");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Версия для слабовидящих")).click();
		checkAccessible("admin-start-low-vision");
		checkAccessibleOnPhone("admin-start-low-vision-phone");
		checkZoom200("admin-start-low-vision-zoom200");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Обычная версия")).click();
		open("/");
		checkAccessible("home-admin");
		checkAccessibleOnPhone("home-admin-phone");
		checkZoom200("home-admin-zoom200");

		for (String path : List.of("/admin/claims", "/admin/roadmaps/import", "/admin/organizations/import",
				"/admin/indicators", "/admin/problem-categories", "/admin/openness/criteria", "/admin/users",
				"/admin/outbox")) {
			open(path);
			assertThat(page.locator("ol.breadcrumb a[href='/admin']").count()).as(path).isEqualTo(1);
		}
	}

	@Test
	void fieldBordersAndTheFocusRingStandOutFromWhite() {
		open("/login");
		String border = (String) page.locator("input[name=username]")
			.evaluate("field => { field.blur(); return getComputedStyle(field).borderTopColor; }");
		assertThat(contrastWithWhite(border)).as("field border %s", border).isGreaterThanOrEqualTo(3.0);
		page.locator("input[name=username]").focus();
		page.keyboard().press("Tab");
		String outline = (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineColor");
		assertThat(contrastWithWhite(outline)).as("focus outline %s", outline).isGreaterThanOrEqualTo(3.0);
	}

	/** WCAG contrast of an "rgb(r, g, b)" colour against white. */
	private static double contrastWithWhite(String rgb) {
		String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
		double luminance = 0.2126 * channel(parts[0]) + 0.7152 * channel(parts[1]) + 0.0722 * channel(parts[2]);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(String value) {
		double c = Integer.parseInt(value.strip()) / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}

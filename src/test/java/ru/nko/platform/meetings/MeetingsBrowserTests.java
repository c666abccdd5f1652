package ru.nko.platform.meetings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nko.platform.BrowserTest;
import ru.nko.platform.compliance.ComplianceManagement;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.roadmap.RoadmapManagement;
import ru.nko.platform.support.MutableClock;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's scenario for meetings: an officer plans the quarter's meeting, two NGOs
 * register, the officer records attendance, minutes and two decisions, and closes the
 * meeting, which cannot be closed without minutes.
 */
class MeetingsBrowserTests extends BrowserTest {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@Autowired
	DirectoryManagement directory;

	@Autowired
	UserManagement users;

	@Autowired
	MutableClock clock;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ComplianceManagement compliance;

	@Autowired
	RoadmapManagement roadmap;

	/** Measure 1.5 of the demo roadmap (the first imported; other tests import more). */
	private long measure15() {
		List<Integer> ids = JsonPath.read(page.request().get(url("/api/v1/roadmaps")).text(), "$[*].id");
		long roadmapId = ids.stream().mapToLong(Integer::longValue).min().orElseThrow();
		return this.roadmap.measureId(roadmapId, "1.5").orElseThrow();
	}

	/**
	 * The actual value of 1.5's quarterly indicator as its measure page shows it, e.g.
	 * "72,2".
	 */
	private String indicator15() {
		String text = page
			.locator("#indicators ~ .card", new Page.LocatorOptions().setHasText("не реже раза в квартал"))
			.first()
			.innerText();
		Matcher value = Pattern.compile("Факт: ([\\d\\s\u202F,]+) %").matcher(text);
		assertThat(value.find()).as("the indicator's actual value on the measure page: " + text).isTrue();
		return value.group(1).strip();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	private void signOut() {
		this.context.clearCookies();
	}

	@Test
	void anOfficerPlansTheQuartersMeetingNgosRegisterAndTheOfficerClosesItWithMinutesAndDecisions() {
		// Выборгский (officer "municipal2") held its working meetings in the demo's
		// earlier quarters, not yet in this one
		long vyborg = this.directory.municipalityByName("Выборгский район").orElseThrow().id();
		List<OrganizationRef> organizations = this.directory.organizationsIn(vyborg, 40)
			.stream()
			.filter(o -> !o.name().contains("Экология"))
			.limit(2)
			.toList();
		OrganizationRef first = organizations.get(0);
		OrganizationRef second = organizations.get(1);
		SystemAuthentication.run(() -> {
			this.users.ensureUser("meeting-ngo-a", "secret-a", "Петрова Анна Сергеевна",
					Set.of(Grant.of(Role.NGO_REPRESENTATIVE, first.id())));
			this.users.ensureUser("meeting-ngo-b", "secret-b", "Сидоров Олег Иванович",
					Set.of(Grant.of(Role.NGO_REPRESENTATIVE, second.id())));
		});
		LocalDate today = LocalDate.now(this.clock.withZone(MOSCOW));
		LocalDate day = today.plusDays(2);
		int quarterNumber = (day.getMonthValue() - 1) / 3 + 1;
		String quarter = day.getYear() + "-" + quarterNumber;
		// attendance, minutes and closing come once the quarter is over, so that it
		// counts for 1.5 (its period: the quarter's year)
		LocalDate afterQuarter = LocalDate.of(day.getYear(), quarterNumber * 3, 1).plusMonths(1).plusDays(14);
		this.clock.set(afterQuarter.atTime(12, 0).atZone(MOSCOW).toInstant());
		for (int q = 1; q <= quarterNumber; q++) {
			assertThat(this.compliance.quarterStatus(vyborg, day.getYear(), q))
				.as("demo precondition: Выборгский held every earlier quarter, not this one")
				.isEqualTo(q < quarterNumber ? "HELD" : "MISSED");
		}
		this.clock.reset();

		// the guest sees the list and the municipality's year
		open("/meetings");
		checkAccessible("meetings-guest");
		checkAccessibleOnPhone("meetings-guest-phone");

		// the officer plans the quarter's meeting from the municipality's year
		login("municipal2", "demo");
		open("/municipalities/" + vyborg + "/meetings?year=" + day.getYear());
		checkAccessible("meeting-year-officer");
		page.locator("a[href*='quarter=" + quarter + "']").click();
		checkAccessible("meeting-new");
		page.locator("#f-title").fill("Рабочая встреча НКО и администрации: итоги года");
		page.locator("#f-date").fill(day.toString());
		page.locator("#f-startTime").fill("15:00");
		page.locator("#f-endTime").fill("17:00");
		page.locator("#f-place").fill("г. Выборг, ул. Советская, 12, зал заседаний");
		page.locator("#f-agenda").fill("Итоги работы с НКО в году — Иванова М. С.\nПлан встреч на следующий год");
		page.getByRole(AriaRole.BUTTON, named("Запланировать")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Встреча запланирована");
		String card = page.url().replace(url(""), "");
		long meetingId = Long.parseLong(card.replaceAll("\\D", ""));
		assertThat(page.locator("main")).containsText("Итоги работы с НКО в году");

		// and invites the two organisations from the directory
		page.getByLabel(first.name(), new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel(second.name(), new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, named("Пригласить отмеченные")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Приглашения сохранены");
		checkAccessible("meeting-planned-officer");

		// two NGOs register
		signOut();
		login("meeting-ngo-a", "secret-a");
		open(card);
		assertThat(page.locator("#registration")).containsText("Вас пригласили");
		page.locator("#f-participants").fill("2");
		page.locator("#f-participantNames").fill("Петрова Анна, Кузьмин Илья");
		page.getByRole(AriaRole.BUTTON, named("Зарегистрироваться")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Организация зарегистрирована");
		checkAccessible("meeting-registered-ngo");
		signOut();
		login("meeting-ngo-b", "secret-b");
		open(card);
		page.locator("#f-participants").fill("1");
		page.getByRole(AriaRole.BUTTON, named("Зарегистрироваться")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Организация зарегистрирована");
		assertThat(page.locator("main")).containsText("2 организации зарегистрировались");
		assertThat(page.locator("main")).not().containsText("Петрова Анна, Кузьмин Илья");

		// the meeting took place; after the quarter the officer records who came
		signOut();
		assertThat(this.meetings.findById(meetingId).orElseThrow().getStartsAt())
			.isBefore(afterQuarter.atStartOfDay(MOSCOW).toInstant());
		this.clock.set(afterQuarter.atTime(12, 0).atZone(MOSCOW).toInstant());
		login("municipal2", "demo");
		open(card);
		page.locator("#f-came-" + first.id()).check();
		page.locator("#f-count-" + first.id()).fill("2");
		page.locator("#f-came-" + second.id()).check();
		page.locator("#f-count-" + second.id()).fill("1");
		page.locator("#f-otherParticipants").fill("4");
		page.getByRole(AriaRole.BUTTON, named("Сохранить посещаемость")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Посещаемость сохранена");
		assertThat(page.locator("main")).containsText("Состоялась, нет протокола");

		// closing without minutes is refused with the reason, in Russian
		assertThat(page.locator("#h-close")).containsText("после того, как внесён протокол");
		// the button only looks disabled (aria-disabled, still focusable and explained);
		// pressing it asks the server, which refuses
		submit(page.getByRole(AriaRole.BUTTON, named("Закрыть встречу")));
		assertThat(page.locator("#error-summary")).containsText("Встречу нельзя закрыть без протокола");
		checkAccessible("meeting-close-refused");

		// minutes and two decisions
		page.locator("#f-minutes")
			.fill("Присутствовали представители администрации и двух НКО. Обсудили итоги года и план встреч; приняли два решения.");
		page.getByRole(AriaRole.BUTTON, named("Сохранить протокол")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Протокол сохранён");
		String due = afterQuarter.plusDays(40).toString();
		page.locator("#f-decisionText")
			.fill("Опубликовать перечень свободных помещений для НКО на сайте администрации");
		page.locator("#f-decisionOwner").fill("Комитет по управлению муниципальным имуществом");
		page.locator("#f-decisionDue").fill(due);
		page.getByRole(AriaRole.BUTTON, named("Добавить решение")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Решение добавлено");
		page.locator("#f-decisionText").fill("Провести консультацию для НКО по грантам Губернатора");
		page.locator("#f-decisionOwner").fill("Ресурсный центр поддержки НКО");
		page.locator("#f-decisionDue").fill(due);
		page.getByRole(AriaRole.BUTTON, named("Добавить решение")).click();
		assertThat(page.locator("#decisions .decision")).hasCount(2);

		// before closing: the quarter is missed in the compliance matrix (the meeting
		// noted, not counted), and 1.5 stands where it was
		open("/meetings/compliance?year=" + day.getYear());
		Locator cell = page.locator("#m-" + vyborg + " td.q-" + quarterNumber);
		assertThat(cell).containsText("Пропущена");
		assertThat(cell).containsText("состоялась, нет протокола");
		checkAccessible("meeting-compliance-before");
		this.roadmap.refreshIndicators(); // the scheduled run, at the moved clock
		String measure = "/measures/" + measure15();
		open(measure);
		String indicatorBefore = indicator15();
		open(card);

		page.getByRole(AriaRole.BUTTON, named("Закрыть встречу")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Встреча закрыта");
		assertThat(page.locator("main")).containsText("Проведена, протокол есть");
		assertThat(this.meetings.findById(meetingId).orElseThrow().getStatus()).isEqualTo(MeetingStatus.CLOSED);
		checkAccessible("meeting-closed-officer");
		checkAccessibleOnPhone("meeting-closed-officer-phone");
		checkZoom200("meeting-closed-officer-zoom");

		// after closing: the quarter is held in the matrix and the 1.5 indicator has
		// moved
		open("/meetings/compliance?year=" + day.getYear());
		assertThat(page.locator("#m-" + vyborg + " td.q-" + quarterNumber)).containsText("Проведена");
		assertThat(page.locator("#m-" + vyborg + " td.q-" + quarterNumber)).not().containsText("нет протокола");
		checkAccessible("meeting-compliance-after");
		checkAccessibleOnPhone("meeting-compliance-phone");
		checkZoom200("meeting-compliance-zoom");
		open(measure);
		String indicatorAfter = indicator15();
		assertThat(indicatorAfter).isNotEqualTo(indicatorBefore);
		assertThat(new BigDecimal(indicatorAfter.replace(',', '.')))
			.isGreaterThan(new BigDecimal(indicatorBefore.replace(',', '.')));

		open("/municipalities/" + vyborg + "/meetings?year=" + day.getYear());
		assertThat(page.locator("main")).containsText("Рабочая встреча НКО и администрации: итоги года");
		checkAccessible("meeting-year-after");
		checkAccessibleOnPhone("meeting-year-phone");
		checkZoom200("meeting-year-zoom");

		// the public sees the minutes and the decisions, not the people
		signOut();
		open(card);
		assertThat(page.locator("main")).containsText("Провести консультацию для НКО по грантам Губернатора");
		assertThat(page.locator("main")).not().containsText("Петрова Анна, Кузьмин Илья");
		checkAccessible("meeting-closed-guest");
		checkAccessibleOnPhone("meeting-closed-guest-phone");
	}

	@Test
	void anOfficerPlansAQuarterlySeriesAndSeesErrorsBesideTheFields() {
		long vsevolozhsk = this.directory.municipalityByName("Всеволожский муниципальный район").orElseThrow().id();
		login("municipal", "demo");
		open("/meetings/new?municipality=" + vsevolozhsk);
		page.locator("#f-title").fill("");
		page.locator("#f-date").fill("");
		page.getByRole(AriaRole.BUTTON, named("Запланировать")).click();
		assertThat(page.locator("#error-summary")).containsText("Укажите название встречи");
		assertThat(page.locator("#e-title")).containsText("Укажите название встречи");
		checkAccessible("meeting-new-errors");
		page.locator("#f-title").fill("Ежеквартальная рабочая встреча");
		page.locator("#f-date").fill(LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(20).toString());
		page.locator("#f-onlineLink").fill("https://vk.com/call/join/quarterly");
		page.locator("#f-repeat-QUARTERLY").check();
		page.locator("#f-repeatCount").fill("4");
		page.getByRole(AriaRole.BUTTON, named("Запланировать")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Серия встреч запланирована");
		checkAccessible("meeting-series-first");
		checkAccessibleOnPhone("meeting-series-first-phone");
		checkZoom200("meeting-series-first-zoom");
		page.locator("summary", new Page.LocatorOptions().setHasText("Отменить встречу")).click();
		assertThat(page.locator("#f-scope-following")).isVisible();

		// the edit page of a planned meeting
		page.locator("a[href$='/edit']").first().click();
		assertThat(page.locator("#f-title")).hasValue("Ежеквартальная рабочая встреча");
		checkAccessible("meeting-edit");
		checkAccessibleOnPhone("meeting-edit-phone");
	}

}

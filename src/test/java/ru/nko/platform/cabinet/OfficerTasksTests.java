package ru.nko.platform.cabinet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.actionplans.ActionPlanManagement;
import ru.nko.platform.actionplans.PlanItemRef;
import ru.nko.platform.decisions.DecisionManagement;
import ru.nko.platform.decisions.DecisionView;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.support.MutableClock;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The municipal officer's tasks (and the representatives' meetings) in «Мой кабинет»,
 * through {@code GET /api/v1/me/tasks}: each kind appears for the municipality's officer,
 * not for another municipality's, and goes when the work is done; the demo officer has
 * one of each; the list costs a fixed number of queries. Each test works in a year of its
 * own in the future (the clock moved there), so that the tests and the demo data do not
 * meet.
 */
@PlatformTest
class OfficerTasksTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private static final String MINUTES = "Присутствовали представители администрации и двух НКО; обсудили помещения и гранты.";

	/** The kinds of tasks a municipal officer gets from the modules. */
	private static final Set<String> OFFICER_KINDS = Set.of("meetings.quarter", "meetings.minutes", "meetings.close",
			"decisions.execute", "meetingplans.agree", "officials.appoint", "actionplans.overdue");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	DecisionManagement decisions;

	@Autowired
	ActionPlanManagement actionPlans;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private long municipality(String name) {
		return this.directory.municipalityByName(name).orElseThrow().id();
	}

	private static RequestPostProcessor officer(long municipality) {
		return TestUsers.municipalOfficerOf(municipality);
	}

	private void at(LocalDateTime moment) {
		this.clock.set(moment.atZone(this.clock.getZone()).toInstant());
	}

	private List<Map<String, Object>> tasks(RequestPostProcessor who) throws Exception {
		String body = this.mvc.perform(get("/api/v1/me/tasks").with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$");
	}

	/** The user's tasks of a kind whose link is this one. */
	private List<Map<String, Object>> tasks(RequestPostProcessor who, String kind, String url) throws Exception {
		return tasks(who).stream().filter(t -> kind.equals(t.get("kind")) && url.equals(t.get("url"))).toList();
	}

	private Map<String, Object> task(RequestPostProcessor who, String kind, String url) throws Exception {
		List<Map<String, Object>> found = tasks(who, kind, url);
		assertThat(found).as(kind + " " + url).hasSize(1);
		return found.get(0);
	}

	private void noTask(RequestPostProcessor who, String kind, String url) throws Exception {
		assertThat(tasks(who, kind, url)).as(kind + " " + url).isEmpty();
	}

	/** Plans a meeting of the type on the day at 15:00 as the user; returns its id. */
	private long plan(long municipality, String type, LocalDate day, RequestPostProcessor who) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/meetings").with(who)
				.with(csrf())
				.param("municipalityId", String.valueOf(municipality))
				.param("type", type)
				.param("title", "Встреча для проверки кабинета")
				.param("date", day.toString())
				.param("startTime", "15:00")
				.param("endTime", "17:00")
				.param("place", "Зал заседаний администрации")
				.param("repeat", "NONE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).matches("/meetings/\\d+");
		return Long.parseLong(url.substring("/meetings/".length()));
	}

	/** Sends a form that succeeds (and redirects). */
	private void send(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(csrf())).andExpect(status().is3xxRedirection());
	}

	// ---------------------------------------------------------------- meetings

	@Test
	void aQuarterWithoutAWorkingMeetingIsToPlanUntilOneIsPlanned() throws Exception {
		long volkhov = municipality("Волховский муниципальный район");
		long kirovsk = municipality("Кировский муниципальный район");
		at(LocalDateTime.of(2031, 5, 10, 10, 0));
		String second = "/meetings/new?municipality=" + volkhov + "&type=WORKING&quarter=2031-2";
		Map<String, Object> task = task(officer(volkhov), "meetings.quarter", second);
		assertThat(task).containsEntry("title", "Запланируйте встречу с НКО на II квартал 2031 г.")
			.containsEntry("dueDate", "2031-06-30")
			.containsEntry("overdue", false);
		// the next quarter is more than 30 days away; another municipality's officer has
		// only their own
		noTask(officer(volkhov), "meetings.quarter", second.replace("2031-2", "2031-3"));
		noTask(officer(kirovsk), "meetings.quarter", second);
		task(officer(kirovsk), "meetings.quarter",
				second.replace("municipality=" + volkhov, "municipality=" + kirovsk));

		// a meeting of another kind does not do; a working meeting does
		plan(volkhov, "LEADERS_LOCAL", LocalDate.of(2031, 5, 20), officer(volkhov));
		task(officer(volkhov), "meetings.quarter", second);
		plan(volkhov, "WORKING", LocalDate.of(2031, 6, 2), officer(volkhov));
		noTask(officer(volkhov), "meetings.quarter", second);

		// within 30 days of the next quarter, its meeting is to plan too
		at(LocalDateTime.of(2031, 6, 10, 10, 0));
		assertThat(task(officer(volkhov), "meetings.quarter", second.replace("2031-2", "2031-3")))
			.containsEntry("title", "Запланируйте встречу с НКО на III квартал 2031 г.")
			.containsEntry("dueDate", "2031-09-30");
		noTask(officer(volkhov), "meetings.quarter", second);
	}

	@Test
	void aHeldMeetingWantsItsMinutesThenClosingAndItsDecisionsTheirExecution() throws Exception {
		long volkhov = municipality("Волховский муниципальный район");
		long kirovsk = municipality("Кировский муниципальный район");
		at(LocalDateTime.of(2032, 3, 1, 10, 0));
		long id = plan(volkhov, "WORKING", LocalDate.of(2032, 3, 3), officer(volkhov));
		String minutes = "/meetings/" + id + "#minutes";
		noTask(officer(volkhov), "meetings.minutes", minutes);

		at(LocalDateTime.of(2032, 3, 3, 16, 0));
		send(post("/meetings/{id}/attendance", id).with(officer(volkhov)).param("otherParticipants", "3"));
		assertThat(task(officer(volkhov), "meetings.minutes", minutes))
			.containsEntry("title", "Внесите протокол встречи «Встреча для проверки кабинета» от 3 марта 2032 г.")
			.containsEntry("dueDate", "2032-03-08")
			.containsEntry("overdue", false);
		noTask(officer(kirovsk), "meetings.minutes", minutes);

		// decisions: one due within the week is a task, one due later is not yet
		for (String[] decision : new String[][] { { "Опубликовать перечень свободных помещений", "2032-03-07" },
				{ "Провести консультацию по грантам", "2032-04-30" } }) {
			send(post("/meetings/{id}/decisions", id).with(officer(volkhov))
				.param("decisionText", decision[0])
				.param("decisionOwner", "Отдел по связям с общественностью")
				.param("decisionDue", decision[1]));
		}
		List<DecisionView> taken = this.decisions.ofMeeting(id, true);
		String soon = "/meetings/" + id + "#decision-" + taken.get(0).id();
		String later = "/meetings/" + id + "#decision-" + taken.get(1).id();
		assertThat(task(officer(volkhov), "decisions.execute", soon))
			.containsEntry("title",
					"Исполните решение встречи от 3 марта 2032 г.: «Опубликовать перечень свободных помещений»")
			.containsEntry("dueDate", "2032-03-07")
			.containsEntry("overdue", false);
		noTask(officer(volkhov), "decisions.execute", later);
		noTask(officer(kirovsk), "decisions.execute", soon);

		at(LocalDateTime.of(2032, 3, 9, 10, 0));
		assertThat(task(officer(volkhov), "meetings.minutes", minutes)).containsEntry("overdue", true);
		assertThat(task(officer(volkhov), "decisions.execute", soon)).containsEntry("overdue", true);

		// the minutes in, the meeting is to close; closed, nothing is left of it
		this.mvc
			.perform(multipart("/meetings/{id}/minutes", id)
				.file(new MockMultipartFile("minutesFile", "протокол.pdf", "application/pdf", PDF))
				.param("minutes", MINUTES)
				.with(officer(volkhov))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		noTask(officer(volkhov), "meetings.minutes", minutes);
		String close = "/meetings/" + id + "#status";
		assertThat(task(officer(volkhov), "meetings.close", close)).containsEntry("title",
				"Закройте встречу «Встреча для проверки кабинета» от 3 марта 2032 г.: протокол внесён");
		send(post("/meetings/{id}/close", id).with(officer(volkhov)));
		noTask(officer(volkhov), "meetings.close", close);

		// a decision done is no task; the later one becomes one in its last week
		send(post("/meetings/{id}/decisions/{d}/done", id, taken.get(0).id()).with(officer(volkhov))
			.param("doneAt", "2032-03-09")
			.param("note", "Опубликован"));
		noTask(officer(volkhov), "decisions.execute", soon);
		at(LocalDateTime.of(2032, 4, 24, 10, 0));
		assertThat(task(officer(volkhov), "decisions.execute", later)).containsEntry("overdue", false);
		send(post("/meetings/{id}/decisions/{d}/cancel", id, taken.get(1).id()).with(officer(volkhov))
			.param("note", "Консультацию провёл ресурсный центр"));
		noTask(officer(volkhov), "decisions.execute", later);
	}

	@Test
	void theRegionsMeetingsGiveTheMunicipalityNoTasks() throws Exception {
		long volkhov = municipality("Волховский муниципальный район");
		at(LocalDateTime.of(2032, 9, 1, 10, 0));
		long id = plan(volkhov, "LEADERS_REGIONAL", LocalDate.of(2032, 9, 3), TestUsers.admin());
		at(LocalDateTime.of(2032, 9, 3, 16, 0));
		send(post("/meetings/{id}/attendance", id).with(TestUsers.admin()).param("otherParticipants", "3"));
		send(post("/meetings/{id}/decisions", id).with(TestUsers.admin())
			.param("decisionText", "Провести семинар для руководителей НКО")
			.param("decisionOwner", "Комитет общественных коммуникаций")
			.param("decisionDue", "2032-09-05"));
		assertThat(this.decisions.ofMeeting(id, true)).hasSize(1);
		assertThat(tasks(officer(volkhov))).noneMatch(t -> String.valueOf(t.get("url")).startsWith("/meetings/" + id));
		// nor does an administrator get officers' tasks
		assertThat(tasks(TestUsers.admin())).noneMatch(t -> OFFICER_KINDS.contains(t.get("kind")));
	}

	@Test
	void representativesAreRemindedOfTheirMeetingsAndAskedToAnswerInvitations() throws Exception {
		long volkhov = municipality("Волховский муниципальный район");
		long kirovsk = municipality("Кировский муниципальный район");
		List<OrganizationRef> organizations = this.directory.organizationsIn(volkhov, 5);
		long registered = organizations.get(0).id();
		long invited = organizations.get(1).id();
		long stranger = this.directory.organizationsIn(kirovsk, 1).get(0).id();
		at(LocalDateTime.of(2035, 3, 1, 10, 0));
		long id = plan(volkhov, "WORKING", LocalDate.of(2035, 3, 10), officer(volkhov));
		send(post("/meetings/{id}/invitations", id).with(officer(volkhov))
			.param("invite", String.valueOf(registered))
			.param("invite", String.valueOf(invited)));
		send(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(registered))
			.param("organizationId", String.valueOf(registered))
			.param("participants", "2"));

		String card = "/meetings/" + id;
		assertThat(task(TestUsers.representativeOf(registered), "meetings.attend", card))
			.containsEntry("title",
					"Примите участие во встрече «Встреча для проверки кабинета»: 10 марта 2035 г., 15:00")
			.containsEntry("dueDate", "2035-03-10");
		noTask(TestUsers.representativeOf(registered), "meetings.invitation", card + "#registration");
		assertThat(task(TestUsers.representativeOf(invited), "meetings.invitation", card + "#registration"))
			.containsEntry("dueDate", "2035-03-10");
		assertThat(tasks(TestUsers.representativeOf(stranger)))
			.noneMatch(t -> String.valueOf(t.get("url")).startsWith(card));
		// representatives are no officers
		assertThat(tasks(TestUsers.representativeOf(registered))).noneMatch(t -> OFFICER_KINDS.contains(t.get("kind")));

		// the invited one registers: the invitation is answered
		send(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(invited))
			.param("organizationId", String.valueOf(invited))
			.param("participants", "1"));
		noTask(TestUsers.representativeOf(invited), "meetings.invitation", card + "#registration");
		task(TestUsers.representativeOf(invited), "meetings.attend", card);

		// once the meeting has started, nothing is left to do for it
		at(LocalDateTime.of(2035, 3, 10, 15, 30));
		assertThat(tasks(TestUsers.representativeOf(registered)))
			.noneMatch(t -> String.valueOf(t.get("url")).startsWith(card));
	}

	// ---------------------------------------------------------------- the year's plan,
	// the official, the action plan

	@Test
	void aYearWithoutAnAgreedPlanOfMeetingsIsToAgreeOne() throws Exception {
		long volkhov = municipality("Волховский муниципальный район");
		long kirovsk = municipality("Кировский муниципальный район");
		at(LocalDateTime.of(2033, 2, 1, 10, 0));
		String url = "/municipalities/" + volkhov + "/meetings";
		assertThat(task(officer(volkhov), "meetingplans.agree", url))
			.containsEntry("title", "Согласуйте план встреч на 2033 год")
			.containsEntry("dueDate", "2033-03-31")
			.containsEntry("overdue", false);
		noTask(officer(kirovsk), "meetingplans.agree", url);

		// a draft (started by planning a meeting) is not agreed
		plan(volkhov, "WORKING", LocalDate.of(2033, 2, 20), officer(volkhov));
		task(officer(volkhov), "meetingplans.agree", url);
		send(post("/municipalities/{id}/meetings/plan", volkhov).with(officer(volkhov))
			.param("year", "2033")
			.param("agreedOn", "2033-01-30")
			.param("agreedWith", "Совет НКО района, 9 организаций"));
		noTask(officer(volkhov), "meetingplans.agree", url);
		at(LocalDateTime.of(2033, 4, 2, 10, 0));
		assertThat(task(officer(kirovsk), "meetingplans.agree", "/municipalities/" + kirovsk + "/meetings"))
			.containsEntry("overdue", true);
	}

	@Test
	void aMunicipalityWithoutACurrentOfficialIsToAppointOne() throws Exception {
		// neither has an official in the demo, and no other test appoints one there
		long tosno = municipality("Тосненский муниципальный район");
		long vyborg = municipality("Выборгский район");
		String url = "/municipalities/" + tosno + "/official";
		assertThat(task(officer(tosno), "officials.appoint", url))
			.containsEntry("title", "Назначьте ответственного за взаимодействие с НКО и приложите акт о назначении")
			.containsEntry("dueDate", null)
			.containsEntry("overdue", false);
		noTask(officer(vyborg), "officials.appoint", url);

		// an appointment from tomorrow does not answer for today
		LocalDate today = LocalDate.now(this.clock);
		this.mvc
			.perform(multipart("/municipalities/{id}/official", tosno)
				.file(new MockMultipartFile("act", "распоряжение.pdf", "application/pdf", PDF))
				.param("fullName", "Ответственный Кабинетов Сергеевич")
				.param("position", "Заместитель главы администрации")
				.param("actNumber", "7-р")
				.param("actDate", today.toString())
				.param("validFrom", today.plusDays(1).toString())
				.with(officer(tosno))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		task(officer(tosno), "officials.appoint", url);
		this.clock.set(this.clock.instant().plus(Duration.ofDays(1)));
		noTask(officer(tosno), "officials.appoint", url);
		task(officer(vyborg), "officials.appoint", "/municipalities/" + vyborg + "/official");
	}

	@Test
	void anActionPlanItemPastItsDateIsToCompleteOrCancel() throws Exception {
		long volkhov = municipality("Волховский муниципальный район");
		long kirovsk = municipality("Кировский муниципальный район");
		at(LocalDateTime.of(2034, 2, 1, 10, 0));
		send(post("/municipalities/{id}/plan", volkhov).with(officer(volkhov)).param("year", "2034"));
		String page = this.mvc
			.perform(get("/municipalities/{id}/plan", volkhov).param("year", "2034").with(officer(volkhov)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher form = Pattern.compile("/plans/(\\d+)/items").matcher(page);
		assertThat(form.find()).isTrue();
		for (String[] item : new String[][] { { "Издать памятку для НКО о муниципальной поддержке", "2034-03-01" },
				{ "Провести форум НКО района", "2034-03-20" } }) {
			send(post("/plans/{id}/items", form.group(1)).with(officer(volkhov))
				.param("title", item[0])
				.param("responsible", "Отдел по связям с общественностью")
				.param("dueDate", item[1]));
		}
		List<PlanItemRef> items = this.actionPlans.openItems(volkhov, List.of(2034));
		long memo = items.stream().filter(i -> i.title().startsWith("Издать памятку")).findFirst().orElseThrow().id();
		long forum = items.stream().filter(i -> i.title().startsWith("Провести форум")).findFirst().orElseThrow().id();
		noTask(officer(volkhov), "actionplans.overdue", "/plan-items/" + memo);

		at(LocalDateTime.of(2034, 3, 5, 10, 0));
		assertThat(task(officer(volkhov), "actionplans.overdue", "/plan-items/" + memo))
			.containsEntry("title",
					"Выполните просроченное мероприятие плана «Издать памятку для НКО о муниципальной поддержке»")
			.containsEntry("dueDate", "2034-03-01")
			.containsEntry("overdue", true);
		noTask(officer(volkhov), "actionplans.overdue", "/plan-items/" + forum);
		noTask(officer(kirovsk), "actionplans.overdue", "/plan-items/" + memo);

		// under way is still open; completed, it is done
		send(post("/plan-items/{id}/start", memo).with(officer(volkhov)));
		task(officer(volkhov), "actionplans.overdue", "/plan-items/" + memo);
		send(post("/plan-items/{id}/complete", memo).with(officer(volkhov)).param("note", "Памятка издана"));
		noTask(officer(volkhov), "actionplans.overdue", "/plan-items/" + memo);
	}

	// ---------------------------------------------------------------- the demo and the
	// cost

	@Test
	void theDemoOfficerHasATaskOfEveryKind() throws Exception {
		// the demo account "municipal" acts for Всеволожский
		long vsevolozhsk = municipality("Всеволожский муниципальный район");
		RequestPostProcessor municipal = TestUsers
			.as(TestUsers.user(900_020, "test-demo-municipal", Grant.of(Role.MUNICIPAL_OFFICER, vsevolozhsk)));
		assertThat(tasks(municipal)).extracting(t -> (String) t.get("kind"))
			.contains("meetings.quarter", "meetings.minutes", "decisions.execute", "meetingplans.agree",
					"officials.appoint", "actionplans.overdue");
	}

	private long queries(RequestPostProcessor who) throws Exception {
		tasks(who);
		QueryCounting.reset();
		tasks(who);
		return QueryCounting.count();
	}

	@Test
	void theTasksCostAFixedNumberOfQueriesWhateverTheScopeAndItsItems() throws Exception {
		List<MunicipalityRef> all = this.directory.municipalities();
		RequestPostProcessor everywhere = TestUsers.as(TestUsers.user(900_021, "test-officer-everywhere",
				all.stream().map(m -> Grant.of(Role.MUNICIPAL_OFFICER, m.id())).toArray(Grant[]::new)));
		long one = queries(officer(municipality("Сланцевский муниципальный район")));
		long many = queries(everywhere);
		assertThat(tasks(everywhere))
			.hasSizeGreaterThan(tasks(officer(municipality("Сланцевский муниципальный район"))).size());
		assertThat(many).isPositive().isEqualTo(one).isLessThanOrEqualTo(12);
	}

}

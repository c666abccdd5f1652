package ru.nko.platform.cabinet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.notifications.Mail;
import ru.nko.platform.notifications.Notifications;
import ru.nko.platform.roadmap.RoadmapTaskFixtures;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.TestInns;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.nko.platform.support.TestUsers.admin;
import static ru.nko.platform.support.TestUsers.executorOf;
import static ru.nko.platform.support.TestUsers.representativeOf;

/**
 * The cabinet's tasks of executors, administrators and representatives, through
 * {@code GET /api/v1/me/tasks}: each kind appears for the person it concerns, not for
 * someone out of scope, and goes once the work is done; the lists run a fixed number of
 * queries whatever the scope.
 */
@PlatformTest
class ExecutorAdminNgoTasksTests {

	static final String KOK = "Комитет общественных коммуникаций Ленинградской области";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	UserManagement users;

	@Autowired
	Notifications notifications;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	private List<Map<String, Object>> tasks(RequestPostProcessor who) throws Exception {
		String json = this.mvc.perform(get("/api/v1/me/tasks").with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(json, "$");
	}

	private static List<Map<String, Object>> ofKind(List<Map<String, Object>> tasks, String kind) {
		return tasks.stream().filter(task -> kind.equals(task.get("kind"))).toList();
	}

	private static List<Object> urls(List<Map<String, Object>> tasks, String kind) {
		return ofKind(tasks, kind).stream().map(task -> task.get("url")).toList();
	}

	private long committee() {
		return this.directory.matchBody(KOK).orElseThrow().id();
	}

	/** A body that executes no measure of the roadmap. */
	private long idleBody() {
		return this.directory.bodies().stream().mapToLong(body -> body.id()).max().orElseThrow() + 1000;
	}

	private long organization() {
		String inn = TestInns.inn();
		return this.directory
			.ensureOrganization("Общественная организация «Кабинет " + inn + "»", "ОО «Кабинет " + inn + "»", inn, null,
					this.directory.municipalities().get(0).id())
			.id();
	}

	// the roadmap

	@Test
	void theExecutorReportsOnTheMeasureItLeadsAndTheAdministratorSeesItOverdueUntilThen() throws Exception {
		RoadmapTaskFixtures fixtures = new RoadmapTaskFixtures(this.context);
		long body = committee();
		long measure = fixtures.overdueOneOffLedBy(body);
		String report = "/measures/" + measure + "#report";
		List<Map<String, Object>> executor = tasks(executorOf(body));
		assertThat(urls(executor, "roadmap.report")).contains(report);
		Map<String, Object> task = ofKind(executor, "roadmap.report").stream()
			.filter(t -> report.equals(t.get("url")))
			.findFirst()
			.orElseThrow();
		assertThat(task.get("overdue")).isEqualTo(true);
		assertThat(LocalDate.parse((String) task.get("dueDate"))).isBefore(LocalDate.now());
		assertThat((String) task.get("title")).startsWith("Отчитайтесь о выполнении мероприятия ");
		assertThat(urls(tasks(admin()), "roadmap.overdue")).contains("/measures/" + measure);
		assertThat(urls(tasks(executorOf(idleBody())), "roadmap.report")).isEmpty();
		assertThat(ofKind(executor, "roadmap.overdue")).as("only administrators see overdue measures").isEmpty();

		try {
			this.mvc
				.perform(multipart("/measures/{id}/reports", measure).param("period", fixtures.period(measure))
					.param("text", "Выполнено полностью")
					.param("status", "DONE")
					.with(executorOf(body))
					.with(csrf()))
				.andExpect(status().isFound());

			assertThat(urls(tasks(executorOf(body)), "roadmap.report")).doesNotContain(report);
			assertThat(urls(tasks(admin()), "roadmap.overdue")).doesNotContain("/measures/" + measure);
		}
		finally {
			fixtures.forgetReports(measure, 900_002);
		}
		assertThat(urls(tasks(executorOf(body)), "roadmap.report")).as("the demo roadmap as it was").contains(report);
	}

	@Test
	void theExecutorEntersAnIndicatorNothingComputes() throws Exception {
		RoadmapTaskFixtures fixtures = new RoadmapTaskFixtures(this.context);
		long body = committee();
		Map<String, Object> task = ofKind(tasks(executorOf(body)), "roadmap.indicator").get(0);
		String url = (String) task.get("url");
		assertThat(url).matches("/measures/\\d+#indicators");
		long measure = Long.parseLong(url.substring("/measures/".length(), url.indexOf('#')));
		List<Long> empty = fixtures.emptyManualIndicators(measure);
		assertThat(empty).isNotEmpty();
		assertThat(urls(tasks(executorOf(idleBody())), "roadmap.indicator")).isEmpty();
		assertThat(urls(tasks(admin()), "roadmap.indicator")).as("the administrator executes nothing").isEmpty();

		try {
			for (long id : empty) {
				this.mvc
					.perform(post("/indicators/{id}/value", id).param("measureId", String.valueOf(measure))
						.param("value", "1")
						.param("evidence", "Приказ № 1")
						.with(executorOf(body))
						.with(csrf()))
					.andExpect(status().isFound());
			}

			assertThat(urls(tasks(executorOf(body)), "roadmap.indicator")).doesNotContain(url);
		}
		finally {
			empty.forEach(fixtures::clearIndicator);
		}
		assertThat(urls(tasks(executorOf(body)), "roadmap.indicator")).as("the demo roadmap as it was").contains(url);
	}

	// claims

	private String person() {
		String login = "cab" + UUID.randomUUID().toString().substring(0, 6);
		SystemAuthentication.run(() -> this.users.ensureUser(login, "cabinet-pass-1", "Заявитель " + login, Set.of()));
		return login;
	}

	private MockMultipartHttpServletRequestBuilder claim(String inn) {
		return multipart("/organizations/claim")
			.file(new MockMultipartFile("document", "протокол.pdf", "application/pdf", PDF))
			.param("inn", inn)
			.param("position", "председатель")
			.param("name", "АНО «Заявка " + inn + "»")
			.param("municipalityId", String.valueOf(this.directory.municipalities().get(0).id()));
	}

	@Test
	void theAdministratorDecidesClaimsAndTheClaimantFollowsThem() throws Exception {
		String login = person();
		String other = person();
		String inn = TestInns.inn();
		this.mvc.perform(claim(inn).with(httpBasic(login, "cabinet-pass-1")).with(csrf()))
			.andExpect(status().isFound());
		long claim = this.jdbc.queryForObject("select max(id) from representation_claim where username = ?", Long.class,
				login);

		assertThat(urls(tasks(admin()), "claims.decide")).contains("/admin/claims/" + claim);
		List<Map<String, Object>> mine = ofKind(tasks(httpBasic(login, "cabinet-pass-1")), "claims.mine");
		assertThat(mine).singleElement()
			.satisfies(task -> assertThat((String) task.get("title")).contains("на проверке"))
			.satisfies(task -> assertThat(task.get("url")).isEqualTo("/organizations/claim#mine"));
		assertThat(ofKind(tasks(httpBasic(other, "cabinet-pass-1")), "claims.mine")).isEmpty();
		assertThat(ofKind(tasks(httpBasic(login, "cabinet-pass-1")), "claims.decide")).isEmpty();

		this.mvc
			.perform(post("/admin/claims/{id}/reject", claim).param("reason", "Документ не подписан")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound());

		assertThat(urls(tasks(admin()), "claims.decide")).doesNotContain("/admin/claims/" + claim);
		assertThat(ofKind(tasks(httpBasic(login, "cabinet-pass-1")), "claims.mine")).singleElement()
			.satisfies(task -> assertThat((String) task.get("title")).contains("отклонена: Документ не подписан"));

		this.mvc.perform(claim(inn).with(httpBasic(login, "cabinet-pass-1")).with(csrf()))
			.andExpect(status().isFound());
		long again = this.jdbc.queryForObject("select max(id) from representation_claim where username = ?", Long.class,
				login);
		assertThat(ofKind(tasks(httpBasic(login, "cabinet-pass-1")), "claims.mine"))
			.as("a refusal followed by a new claim is old news")
			.singleElement()
			.satisfies(task -> assertThat((String) task.get("title")).contains("на проверке"));

		this.mvc.perform(post("/admin/claims/{id}/approve", again).with(admin()).with(csrf()))
			.andExpect(status().isFound());

		assertThat(ofKind(tasks(httpBasic(login, "cabinet-pass-1")), "claims.mine")).isEmpty();
		assertThat(urls(tasks(admin()), "claims.decide")).doesNotContain("/admin/claims/" + again);
	}

	// the outbox

	@Test
	void theAdministratorSeesFailedLettersCountedUntilTheyAreSentAgain() throws Exception {
		String topic = "cabinet-" + UUID.randomUUID();
		SystemAuthentication.run(() -> this.notifications
			.queue(new Mail(List.of("a-" + topic + "@example.ru", "b-" + topic + "@example.ru"), "Тема", "Текст",
					List.of(), topic)));
		this.jdbc.update("update outbox_message set status = 'FAILED', attempts = 6, next_attempt_at = null,"
				+ " last_error = '550 no such user' where topic = ?", topic);
		long failed = this.jdbc.queryForObject("select count(*) from outbox_message where status = 'FAILED'",
				Long.class);

		List<Map<String, Object>> admin = ofKind(tasks(admin()), "notifications.failed");
		assertThat(admin).singleElement().satisfies(task -> {
			assertThat(task.get("url")).isEqualTo("/admin/outbox?status=FAILED");
			assertThat((String) task.get("title")).startsWith(
					failed + " " + (failed % 10 >= 2 && failed % 10 <= 4 && (failed % 100 < 12 || failed % 100 > 14)
							? "письма не отправлены" : "пис"));
		});
		this.mvc.perform(get("/admin/outbox?status=FAILED").with(admin())).andExpect(status().isOk());
		assertThat(ofKind(tasks(executorOf(committee())), "notifications.failed")).isEmpty();
		assertThat(ofKind(tasks(representativeOf(organization())), "notifications.failed")).isEmpty();

		for (Long id : this.jdbc.queryForList("select id from outbox_message where status = 'FAILED'", Long.class)) {
			this.mvc.perform(post("/admin/outbox/{id}/resend", id).with(admin()).with(csrf()))
				.andExpect(status().isFound());
		}

		assertThat(ofKind(tasks(admin()), "notifications.failed")).isEmpty();
	}

	// failed imports

	@Test
	void whoeverRanAFailedImportSeesItUntilTheyOpenIt() throws Exception {
		String id = SystemAuthentication
			.call(() -> this.jobs.start("test-admin", "карта.xlsx", "/admin/roadmaps/import/jobs/", progress -> {
				throw new IllegalStateException("файл повреждён");
			}));
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (ofKind(tasks(admin()), "imports.failed").stream().noneMatch(t -> t.get("url").toString().endsWith(id))
				&& Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		String url = "/admin/roadmaps/import/jobs/" + id;
		assertThat(ofKind(tasks(admin()), "imports.failed")).filteredOn(task -> url.equals(task.get("url")))
			.singleElement()
			.satisfies(task -> assertThat(task.get("title"))
				.isEqualTo("Загрузка файла «карта.xlsx» не выполнена: откройте её, чтобы узнать причину"));
		assertThat(urls(tasks(TestUsers.as(TestUsers.user(900_011, "other-admin", Grant.of(Role.REGIONAL_ADMIN)))),
				"imports.failed"))
			.as("another administrator did not run it")
			.doesNotContain(url);

		this.mvc.perform(get(url).with(admin())).andExpect(status().isOk());

		assertThat(urls(tasks(admin()), "imports.failed")).doesNotContain(url);
	}

	// the organisation's card and its openness

	private MockHttpServletRequestBuilder edit(long organization, String... fields) {
		MockHttpServletRequestBuilder request = post("/organizations/{id}/edit", organization)
			.param("name", "Общественная организация «Кабинет " + organization + "»")
			.param("municipalityId", String.valueOf(this.directory.municipalities().get(0).id()));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request.with(representativeOf(organization)).with(csrf());
	}

	@Test
	void theRepresentativeFillsTheCardFieldByField() throws Exception {
		long organization = organization();
		String edit = "/organizations/" + organization + "/edit#f-";
		List<Map<String, Object>> tasks = tasks(representativeOf(organization));
		assertThat(urls(tasks, "directory.field")).containsExactlyInAnyOrder(edit + "address", edit + "website",
				edit + "publicEmail", edit + "headName", edit + "description", edit + "areas");
		assertThat(ofKind(tasks, "directory.card")).singleElement().satisfies(task -> {
			assertThat(task.get("url")).isEqualTo("/organizations/" + organization);
			assertThat((String) task.get("title")).endsWith("осталось заполнить 6 важных полей");
		});
		assertThat(urls(tasks(representativeOf(organization())), "directory.field"))
			.noneMatch(url -> url.toString().startsWith("/organizations/" + organization + "/"));
		assertThat(ofKind(tasks(admin()), "directory.field")).isEmpty();
		this.mvc.perform(get("/organizations/{id}/edit", organization).with(representativeOf(organization)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
					"id=\"f-areas\"", "id=\"f-address\"", "id=\"f-website\"", "id=\"f-publicEmail\"",
					"id=\"f-headName\"", "id=\"f-description\""));

		this.mvc
			.perform(edit(organization, "address", "г. Всеволожск, ул. Ленина, 1", "telegram", "https://t.me/kabinet",
					"publicPhone", "+7 921 000-00-00", "headName", "Иванов Иван Иванович"))
			.andExpect(status().isFound());

		tasks = tasks(representativeOf(organization));
		assertThat(urls(tasks, "directory.field")).containsExactlyInAnyOrder(edit + "description", edit + "areas");
		assertThat(ofKind(tasks, "directory.card")).singleElement()
			.satisfies(task -> assertThat((String) task.get("title")).endsWith("осталось заполнить 2 важных поля"));

		this.mvc
			.perform(edit(organization, "address", "г. Всеволожск, ул. Ленина, 1", "telegram", "https://t.me/kabinet",
					"publicPhone", "+7 921 000-00-00", "headName", "Иванов Иван Иванович", "description",
					"Помогаем пожилым жителям района: кружки, прогулки, юридические консультации.", "areas", "SENIORS"))
			.andExpect(status().isFound());

		tasks = tasks(representativeOf(organization));
		assertThat(ofKind(tasks, "directory.field")).isEmpty();
		assertThat(ofKind(tasks, "directory.card")).isEmpty();
	}

	@Test
	void theRepresentativeTakesTheNextStepToBasicOpenness() throws Exception {
		long organization = organization();
		String selfCheck = "/organizations/" + organization + "/openness";
		assertThat(ofKind(tasks(representativeOf(organization)), "openness.basic")).singleElement().satisfies(task -> {
			assertThat(task.get("url")).isEqualTo(selfCheck);
			assertThat((String) task.get("title")).contains("ниже базового уровня", "электронную почту или телефон");
		});
		assertThat(urls(tasks(representativeOf(organization())), "openness.basic")).doesNotContain(selfCheck);
		assertThat(ofKind(tasks(executorOf(committee())), "openness.basic")).isEmpty();

		this.mvc.perform(edit(organization, "publicEmail", "info@kabinet.example.ru")).andExpect(status().isFound());

		assertThat(ofKind(tasks(representativeOf(organization)), "openness.basic")).singleElement()
			.satisfies(task -> assertThat((String) task.get("title")).contains("ниже базового уровня")
				.doesNotContain("электронную почту или телефон"));

		this.mvc
			.perform(edit(organization, "publicEmail", "info@kabinet.example.ru", "headName", "Иванов Иван Иванович",
					"website", "https://kabinet.example.ru"))
			.andExpect(status().isFound());
		int year = LocalDate.now().getYear() - 1;
		for (String[] document : new String[][] { { "CHARTER", "" }, { "ANNUAL_REPORT", String.valueOf(year) } }) {
			this.mvc
				.perform(post("/organizations/{id}/openness/documents", organization).param("kind", document[0])
					.param("year", document[1])
					.param("url", "https://kabinet.example.ru/" + document[0].toLowerCase() + ".pdf")
					.with(representativeOf(organization))
					.with(csrf()))
				.andExpect(status().isFound());
		}

		assertThat(ofKind(tasks(representativeOf(organization)), "openness.basic")).isEmpty();
	}

	// queries

	private long queries(RequestPostProcessor who) throws Exception {
		tasks(who);
		QueryCounting.reset();
		tasks(who);
		return QueryCounting.count();
	}

	@Test
	void theListsRunAFixedNumberOfQueriesWhateverTheScope() throws Exception {
		long one = organization();
		Grant[] many = new Grant[5];
		for (int i = 0; i < many.length; i++) {
			many[i] = Grant.of(Role.NGO_REPRESENTATIVE, organization());
		}
		long forOne = queries(
				TestUsers.as(TestUsers.user(900_021, "q-ngo-one", Grant.of(Role.NGO_REPRESENTATIVE, one))));
		long forMany = queries(TestUsers.as(TestUsers.user(900_022, "q-ngo-many", many)));
		assertThat(forMany).as("a representative of five organisations")
			.isPositive()
			.isEqualTo(forOne)
			.isLessThanOrEqualTo(12);

		long committee = committee();
		long forCommittee = queries(
				TestUsers.as(TestUsers.user(900_023, "q-exec-one", Grant.of(Role.EXECUTOR, committee))));
		Grant[] bodies = this.directory.bodies()
			.stream()
			.map(body -> Grant.of(Role.EXECUTOR, body.id()))
			.toArray(Grant[]::new);
		long forAll = queries(TestUsers.as(TestUsers.user(900_024, "q-exec-all", bodies)));
		assertThat(forAll).as("an executor of every body").isPositive().isEqualTo(forCommittee).isLessThanOrEqualTo(12);
		assertThat(ofKind(tasks(TestUsers.as(TestUsers.user(900_024, "q-exec-all", bodies))), "roadmap.report"))
			.hasSizeGreaterThan(ofKind(
					tasks(TestUsers.as(TestUsers.user(900_023, "q-exec-one", Grant.of(Role.EXECUTOR, committee)))),
					"roadmap.report")
				.size());
	}

	// the demo accounts

	@Test
	void theDemoAccountsHaveTasksOfEveryKindTheDemoDataGivesThem() throws Exception {
		assertThat(kinds("executor")).contains("roadmap.report", "roadmap.indicator");
		assertThat(kinds("admin")).contains("roadmap.overdue", "claims.decide", "notifications.failed");
		assertThat(kinds("ngo")).contains("directory.card", "directory.field", "openness.basic");
		assertThat(kinds("initiative")).contains("claims.mine");
	}

	private List<Object> kinds(String login) throws Exception {
		return tasks(httpBasic(login, "demo")).stream().map(task -> task.get("kind")).distinct().toList();
	}

}

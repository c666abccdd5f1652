package ru.nko.platform.problems;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmap.IndicatorContext;
import ru.nko.platform.roadmap.IndicatorProvider;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.StoredIndicators;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measure 1.1: problems recorded, moderated within the municipality, joined, public once
 * accepted; API, scope and indicators.
 */
@PlatformTest
class ProblemsTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	ProblemQueries queries;

	@Autowired
	ProblemWork work;

	@Autowired
	ProblemRepository repository;

	@Autowired
	ProblemCategoryRepository categories;

	@Autowired
	ProblemSupporterRepository supporters;

	@Autowired
	ProblemAttachmentRepository attachments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<IndicatorProvider> providers;

	StoredIndicators stored;

	@BeforeEach
	void storedIndicators() {
		this.stored = new StoredIndicators(this.mvc);
	}

	// ---- helpers ----

	/** A made-up word no other problem has. */
	static String word() {
		String consonants = "бвгдзклмнпрстфх";
		String vowels = "аеиоу";
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			word.append(consonants.charAt(random.nextInt(consonants.length())))
				.append(vowels.charAt(random.nextInt(vowels.length())));
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	long municipality(String name) {
		return this.directory.municipalityByName(name).orElseThrow().id();
	}

	long organization(long municipalityId) {
		String inn = "98" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		return this.directory.ensureOrganization("Тестовая организация " + word(), null, inn, null, municipalityId)
			.id();
	}

	/** A problem in a status, as if it went the way (steps by "Специалист Тестовый"). */
	long problem(long municipalityId, Long organizationId, String title, ProblemStatus status) {
		return problem(municipalityId, organizationId, "PREMISES", title, status);
	}

	long problem(long municipalityId, Long organizationId, String category, String title, ProblemStatus status) {
		Instant at = Instant.now();
		long id = this.work.recordAsOf(municipalityId, organizationId, category, title, "Описание: " + title,
				"Автор Тестовый", at);
		if (status == ProblemStatus.REJECTED) {
			this.work.moveAsOf(id, ProblemStatus.REJECTED, "Специалист Тестовый", "Не относится к НКО", at);
			return id;
		}
		if (status != ProblemStatus.NEW) {
			this.work.moveAsOf(id, ProblemStatus.ACCEPTED, "Специалист Тестовый", null, at);
		}
		if (status == ProblemStatus.IN_PLAN || status == ProblemStatus.RESOLVED) {
			this.work.moveAsOf(id, ProblemStatus.IN_PLAN, "Специалист Тестовый", null, at);
		}
		if (status == ProblemStatus.RESOLVED) {
			this.work.moveAsOf(id, ProblemStatus.RESOLVED, "Специалист Тестовый", "Решено", at);
		}
		return id;
	}

	MockMultipartHttpServletRequestBuilder form(String title, long municipalityId, Long organizationId,
			MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart("/problems");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.param("title", title)
			.param("description", "Подробное описание: " + title)
			.param("category", "PREMISES")
			.param("municipalityId", String.valueOf(municipalityId));
		if (organizationId != null) {
			request.param("organizationId", String.valueOf(organizationId));
		}
		request.with(csrf());
		return request;
	}

	static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("files", name, "application/pdf", PDF);
	}

	static long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/problems/");
		return Long.parseLong(location.substring("/problems/".length()));
	}

	String html(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	ProblemStatus statusOf(long id) {
		return this.repository.findById(id).orElseThrow().getStatus();
	}

	long indicator(String key) {
		return this.providers.stream()
			.filter(p -> p.key().equals(key))
			.findFirst()
			.orElseThrow()
			.compute(new IndicatorContext(0, 0, "1.1"))
			.longValue();
	}

	static RequestPostProcessor representativeOf(long... organizations) {
		Grant[] grants = new Grant[organizations.length];
		for (int i = 0; i < organizations.length; i++) {
			grants[i] = Grant.of(Role.NGO_REPRESENTATIVE, organizations[i]);
		}
		return TestUsers
			.as(TestUsers.user(900_100 + organizations[0], "Представитель Тестовый " + organizations[0], grants));
	}

	// ---- recording and moderation ----

	@Test
	void aRepresentativeRecordsAProblemWithAFileAndTheOfficerOfThatMunicipalityAcceptsIt() throws Exception {
		long kirovsky = municipality("Кировский муниципальный район");
		long tosno = municipality("Тосненский муниципальный район");
		long org = organization(kirovsky);
		String title = "Нет зала для занятий " + word();

		long id = idFrom(
				this.mvc.perform(form(title, kirovsky, org, pdf("смета аренды.pdf")).with(representativeOf(org)))
					.andExpect(status().is3xxRedirection())
					.andReturn());
		Problem recorded = this.repository.findById(id).orElseThrow();
		assertThat(recorded.getStatus()).isEqualTo(ProblemStatus.NEW);
		assertThat(recorded.getAuthorOrganizationId()).isEqualTo(org);
		assertThat(recorded.getRecordedBy()).isEqualTo("Представитель Тестовый " + org);
		assertThat(this.attachments.findByProblemIdOrderByIdAsc(id)).extracting(ProblemAttachment::getFileName)
			.containsExactly("смета аренды.pdf");

		// before moderation: the guest is asked to sign in, the list does not show it
		this.mvc.perform(get("/problems/{id}", id)).andExpect(redirectedUrl("/login"));
		assertThat(html(get("/problems?municipality=" + kirovsky))).doesNotContain(title);

		// the officer of another municipality can neither accept nor see it
		this.mvc.perform(post("/problems/{id}/accept", id).with(TestUsers.municipalOfficerOf(tosno)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/{id}", id).with(TestUsers.municipalOfficerOf(tosno)))
			.andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo(ProblemStatus.NEW);

		// the officer of the municipality sees the author and the file, and accepts it in
		// another category
		String forOfficer = html(get("/problems/{id}", id).with(TestUsers.municipalOfficerOf(kirovsky)));
		assertThat(forOfficer).contains("Представитель Тестовый " + org, "смета аренды.pdf", "Принять и опубликовать");
		this.mvc
			.perform(post("/problems/{id}/accept", id).param("category", "FINANCE")
				.with(TestUsers.municipalOfficerOf(kirovsky))
				.with(csrf()))
			.andExpect(redirectedUrl("/problems/" + id));
		Problem accepted = this.repository.findCard(id).orElseThrow();
		assertThat(accepted.getStatus()).isEqualTo(ProblemStatus.ACCEPTED);
		assertThat(accepted.getCategory().getCode()).isEqualTo("FINANCE");
		assertThat(accepted.getSteps()).extracting(ProblemStep::getByName)
			.containsExactly("Представитель Тестовый " + org, "test-municipal-" + kirovsky);
		// the history names the status in Russian
		assertThat(html(get("/problems/{id}", id).with(TestUsers.municipalOfficerOf(kirovsky)))).contains("→ Принята")
			.doesNotContain("→ ACCEPTED");

		// now public, without people's names and files
		String guest = html(get("/problems/{id}", id));
		assertThat(guest).contains(title, "Принята к рассмотрению", "Финансирование")
			.doesNotContain("Представитель Тестовый", "test-municipal-", "смета аренды.pdf", "Принять и опубликовать");
		assertThat(html(get("/problems?municipality=" + kirovsky))).contains(title);
		this.mvc.perform(get("/municipalities/{id}/problems", kirovsky))
			.andExpect(redirectedUrl("/problems?municipality=" + kirovsky));

		// the history of changes is there for those allowed, the category in words
		assertThat(html(get("/problems/{id}", id).with(representativeOf(org)))).contains("История изменений",
				"Помещения", "Финансирование");
	}

	@Test
	void attachmentsAreForTheAuthorsOrganisationTheMunicipalitysOfficersAndAdministratorsOnly() throws Exception {
		long kirovsky = municipality("Кировский муниципальный район");
		long tosno = municipality("Тосненский муниципальный район");
		long org = organization(kirovsky);
		long other = organization(kirovsky);
		long id = idFrom(this.mvc
			.perform(form("Файлы проблемы " + word(), kirovsky, org, pdf("паспорт.pdf")).with(representativeOf(org)))
			.andReturn());
		this.mvc.perform(post("/problems/{id}/accept", id).with(TestUsers.municipalOfficerOf(kirovsky)).with(csrf()));
		long file = this.attachments.findByProblemIdOrderByIdAsc(id).get(0).getId();
		String path = "/problems/" + id + "/attachments/" + file;

		this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(path).with(representativeOf(other))).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(TestUsers.municipalOfficerOf(tosno))).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(TestUsers.expert())).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(representativeOf(org)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "no-store, private"))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")));
		this.mvc.perform(get(path).with(TestUsers.municipalOfficerOf(kirovsky))).andExpect(status().isOk());
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		// a file of one problem is not given out under another's address
		long another = problem(kirovsky, org, "Другая " + word(), ProblemStatus.ACCEPTED);
		this.mvc.perform(get("/problems/" + another + "/attachments/" + file).with(representativeOf(org)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOfficerRecordsOnlyInTheirOwnMunicipalityAndOthersOnlyForTheirOwnOrganisation() throws Exception {
		long luga = municipality("Лужский муниципальный район");
		long kirishi = municipality("Киришский муниципальный район");
		long org = organization(luga);
		long someoneElses = organization(luga);

		String own = "Проблема специалиста " + word();
		long id = idFrom(this.mvc.perform(form(own, luga, null).with(TestUsers.municipalOfficerOf(luga)))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		assertThat(this.repository.findById(id).orElseThrow().getAuthorOrganizationId()).isNull();

		String foreign = "Чужое МО " + word();
		this.mvc.perform(form(foreign, kirishi, null).with(TestUsers.municipalOfficerOf(luga)))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(foreign, luga, someoneElses).with(representativeOf(org)))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(foreign, luga, null).with(TestUsers.expert())).andExpect(status().isForbidden());
		this.mvc.perform(form(foreign, luga, null)).andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("select count(*) from problem where title = ?", Long.class, foreign))
			.isZero();

		// a representative may report where their organisation works, in any municipality
		this.mvc.perform(form("Работаем и в Киришах " + word(), kirishi, org).with(representativeOf(org)))
			.andExpect(status().is3xxRedirection());
		String page = html(get("/problems/new").with(representativeOf(org)));
		assertThat(page).contains("Киришский муниципальный район", "Коротко о проблеме")
			.doesNotContain("Без организации");
		this.mvc.perform(get("/problems/new").with(TestUsers.expert())).andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/new")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anOfficerSpeaksOnlyForOrganisationsOfTheProblemsOwnMunicipalityButTheAdministratorForAny() throws Exception {
		long luga = municipality("Лужский муниципальный район");
		long kirishi = municipality("Киришский муниципальный район");
		long local = organization(luga);
		long elsewhere = organization(kirishi);

		String title = "От имени организации другого района " + word();
		String refused = html(form(title, luga, elsewhere).with(TestUsers.municipalOfficerOf(luga)));
		assertThat(refused).contains("Выберите организацию этого муниципального образования",
				"href=\"#f-organizationId\"");
		assertThat(this.jdbc.queryForObject("select count(*) from problem where title = ?", Long.class, title))
			.isZero();

		long own = idFrom(this.mvc
			.perform(form("От имени своей организации " + word(), luga, local).with(TestUsers.municipalOfficerOf(luga)))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		assertThat(this.repository.findById(own).orElseThrow().getAuthorOrganizationId()).isEqualTo(local);
		long byAdmin = idFrom(this.mvc
			.perform(form("Администратор за организацию другого района " + word(), luga, elsewhere)
				.with(TestUsers.admin()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		assertThat(this.repository.findById(byAdmin).orElseThrow().getAuthorOrganizationId()).isEqualTo(elsewhere);
	}

	@Test
	void badInputIsRefusedInRussianAndAFileIsCheckedByItsContent() throws Exception {
		long luga = municipality("Лужский муниципальный район");
		long org = organization(luga);
		String title = "Файл-обманка " + word();
		MockMultipartFile fake = new MockMultipartFile("files", "протокол.pdf", "application/pdf",
				"это просто текст, а не PDF".getBytes(StandardCharsets.UTF_8));
		String page = html(form(title, luga, org, pdf("настоящий.pdf"), fake).with(representativeOf(org)));
		assertThat(page).contains("Исправьте ошибки", "«протокол.pdf» не подходит", "по содержимому это не");
		assertThat(this.jdbc.queryForObject("select count(*) from problem where title = ?", Long.class, title))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from problem_attachment where file_name = 'настоящий.pdf'",
				Long.class))
			.isZero();

		String empty = html(multipart("/problems").param("municipalityId", String.valueOf(luga))
			.param("organizationId", String.valueOf(org))
			.with(representativeOf(org))
			.with(csrf()));
		assertThat(empty).contains("Назовите проблему коротко", "Опишите проблему", "Выберите категорию",
				"href=\"#f-title\"");

		MockMultipartFile[] six = new MockMultipartFile[6];
		for (int i = 0; i < 6; i++) {
			six[i] = pdf("файл" + i + ".pdf");
		}
		assertThat(html(form("Шесть файлов " + word(), luga, org, six).with(representativeOf(org))))
			.contains("не больше 5 файлов");
	}

	@Test
	void overLongTextsAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		long luga = municipality("Лужский муниципальный район");
		long org = organization(luga);
		String title = "Длинная " + word() + " " + "очень ".repeat(40);
		assertThat(title.strip().length()).isGreaterThan(Problem.MAX_TITLE);
		String page = html(form(title, luga, org).with(representativeOf(org)));
		assertThat(page).contains("«Коротко о проблеме»: не длиннее 200 знаков", "href=\"#f-title\"");
		assertThat(this.jdbc.queryForObject("select count(*) from problem where title like ?", Long.class,
				title.substring(0, 20) + "%"))
			.isZero();

		String word = word();
		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.with(representativeOf(org))
				.with(csrf())
				.content("{\"title\":\"Нет помещения " + word + "\",\"description\":\"" + "Описание. ".repeat(501)
						+ "\",\"category\":\"PREMISES\",\"municipalityId\":" + luga + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("description"))
			.andExpect(
					jsonPath("$.errors[0].message").value(Matchers.startsWith("«Описание»: не длиннее 5000 знаков")));
		assertThat(this.jdbc.queryForObject("select count(*) from problem where title = ?", Long.class,
				"Нет помещения " + word))
			.isZero();

		long id = problem(luga, org, "Отклоняемая " + word(), ProblemStatus.NEW);
		String refused = html(post("/problems/{id}/reject", id).param("reason", "Не по теме. ".repeat(200))
			.with(TestUsers.municipalOfficerOf(luga))
			.with(csrf()));
		assertThat(refused).contains("«Причина отклонения»: не длиннее 2000 знаков", "href=\"#f-reason\"");
		assertThat(statusOf(id)).isEqualTo(ProblemStatus.NEW);

		String code = "LONG_" + ThreadLocalRandom.current().nextInt(1_000_000);
		String category = html(post("/admin/problem-categories").param("code", code)
			.param("name", "Название ".repeat(30))
			.param("position", "80")
			.with(TestUsers.admin())
			.with(csrf()));
		assertThat(category).contains("«Название»: не длиннее 200 знаков");
		assertThat(this.categories.existsByCode(code)).isFalse();
	}

	@Test
	void rejectionNeedsAReasonWhichOnlyTheAuthorAndOfficersSee() throws Exception {
		long slantsy = municipality("Сланцевский муниципальный район");
		long org = organization(slantsy);
		String title = "Отклоняемая " + word();
		long id = problem(slantsy, org, title, ProblemStatus.NEW);

		String refused = html(post("/problems/{id}/reject", id).param("reason", " ")
			.with(TestUsers.municipalOfficerOf(slantsy))
			.with(csrf()));
		assertThat(refused).contains("Укажите причину отклонения", "href=\"#f-reason\"");
		assertThat(statusOf(id)).isEqualTo(ProblemStatus.NEW);
		this.mvc
			.perform(
					post("/problems/{id}/reject", id).param("reason", "Чужая").with(representativeOf(org)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/problems/{id}/reject", id).param("reason", "Повтор проблемы № 12")
				.with(TestUsers.municipalOfficerOf(slantsy))
				.with(csrf()))
			.andExpect(redirectedUrl("/problems/" + id));
		assertThat(statusOf(id)).isEqualTo(ProblemStatus.REJECTED);

		assertThat(html(get("/problems/{id}", id).with(representativeOf(org)))).contains("Повтор проблемы № 12",
				"Отклонена");
		this.mvc.perform(get("/problems/{id}", id).with(representativeOf(organization(slantsy))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/{id}", id)).andExpect(redirectedUrl("/login"));
		// a rejected problem goes nowhere else
		String again = html(post("/problems/{id}/accept", id).with(TestUsers.municipalOfficerOf(slantsy)).with(csrf()));
		assertThat(again).contains("Принять можно только новую проблему");
	}

	@Test
	void theOfficerResolvesAnAcceptedProblemWithANoteThatIsPublic() throws Exception {
		long slantsy = municipality("Сланцевский муниципальный район");
		long kirishi = municipality("Киришский муниципальный район");
		long id = problem(slantsy, null, "Решаемая " + word(), ProblemStatus.ACCEPTED);
		this.mvc
			.perform(post("/problems/{id}/resolve", id).param("note", "x")
				.with(TestUsers.municipalOfficerOf(kirishi))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/problems/{id}/resolve", id)).andExpect(status().isForbidden());
		this.mvc.perform(post("/problems/{id}/resolve", id).with(csrf())).andExpect(redirectedUrl("/login"));
		assertThat(statusOf(id)).isEqualTo(ProblemStatus.ACCEPTED);
		this.mvc
			.perform(post("/problems/{id}/resolve", id).param("note", "Помещение передано в безвозмездное пользование")
				.with(TestUsers.municipalOfficerOf(slantsy))
				.with(csrf()))
			.andExpect(redirectedUrl("/problems/" + id));
		assertThat(html(get("/problems/{id}", id))).contains("Помещение передано в безвозмездное пользование",
				"Решена");
	}

	// ---- joining ----

	@Test
	void organisationsJoinWithdrawAndJoinAgainAndTheCountReadsRight() throws Exception {
		long priozersk = municipality("Приозерский муниципальный район");
		long author = organization(priozersk);
		long id = problem(priozersk, author, "Поддерживаемая " + word(), ProblemStatus.ACCEPTED);
		long[] others = new long[5];
		for (int i = 0; i < others.length; i++) {
			others[i] = organization(priozersk);
		}

		this.mvc
			.perform(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(others[0]))
				.with(representativeOf(others[0]))
				.with(csrf()))
			.andExpect(redirectedUrl("/problems/" + id));
		assertThat(html(get("/problems/{id}", id))).contains("1 организация поддержала");
		assertThat(html(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(others[0]))
			.with(representativeOf(others[0]))
			.with(csrf()))).contains("уже поддержала");
		assertThat(html(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(author))
			.with(representativeOf(author))
			.with(csrf()))).contains("Это проблема вашей организации");
		// on behalf of someone else's organisation: refused
		this.mvc
			.perform(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(others[1]))
				.with(representativeOf(others[0]))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(others[1]))
				.with(TestUsers.municipalOfficerOf(priozersk))
				.with(csrf()))
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(others[1]))
			.with(representativeOf(others[1]))
			.with(csrf()));
		assertThat(html(get("/problems/{id}", id))).contains("2 организации поддержали");
		for (int i = 2; i < 5; i++) {
			this.mvc.perform(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(others[i]))
				.with(representativeOf(others[i]))
				.with(csrf()));
		}
		assertThat(html(get("/problems/{id}", id))).contains("5 организаций поддержали");
		assertThat(html(get("/problems?municipality=" + priozersk))).contains("5 организаций поддержали");

		this.mvc
			.perform(post("/problems/{id}/supporters/withdraw", id).param("organizationId", String.valueOf(others[0]))
				.with(representativeOf(others[0]))
				.with(csrf()))
			.andExpect(redirectedUrl("/problems/" + id));
		ProblemSupporter withdrawn = this.supporters.findByProblemIdAndOrganizationId(id, others[0]).orElseThrow();
		assertThat(withdrawn.getWithdrawnAt()).isNotNull();
		assertThat(html(get("/problems/{id}", id))).contains("4 организации поддержали");
		// the author's organisation sees who joined and who withdrew
		assertThat(html(get("/problems/{id}", id).with(representativeOf(author)))).contains("Отозвала поддержку",
				"Представитель Тестовый " + others[0]);
		this.mvc
			.perform(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(others[0]))
				.with(representativeOf(others[0]))
				.with(csrf()))
			.andExpect(redirectedUrl("/problems/" + id));
		assertThat(this.supporters.findByProblemIdAndOrganizationId(id, others[0]).orElseThrow().isActive()).isTrue();
		assertThat(html(get("/problems/{id}", id))).contains("5 организаций поддержали");
	}

	@Test
	void aProblemNotYetPublishedCannotBeJoinedByOutsiders() throws Exception {
		long priozersk = municipality("Приозерский муниципальный район");
		long author = organization(priozersk);
		long outsider = organization(priozersk);
		long id = problem(priozersk, author, "Неопубликованная " + word(), ProblemStatus.NEW);
		this.mvc
			.perform(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(outsider))
				.with(representativeOf(outsider))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.supporters.findByProblemIdAndOrganizationId(id, outsider)).isEmpty();
		// a representative of two organisations may join the problem of one on behalf of
		// the other
		this.mvc
			.perform(post("/problems/{id}/supporters", id).param("organizationId", String.valueOf(outsider))
				.with(representativeOf(author, outsider))
				.with(csrf()))
			.andExpect(redirectedUrl("/problems/" + id));
	}

	// ---- visibility of lists ----

	@Test
	void guestsSeeOnlyPublishedProblemsAndEachUserTheirScopeAsWell() throws Exception {
		long podporozhye = municipality("Подпорожский муниципальный район");
		long org = organization(podporozhye);
		String w = word();
		long fresh = problem(podporozhye, org, "Новая " + w, ProblemStatus.NEW);
		problem(podporozhye, org, "Принятая " + w, ProblemStatus.ACCEPTED);
		problem(podporozhye, org, "Отклонённая " + w, ProblemStatus.REJECTED);
		problem(podporozhye, null, "В плане " + w, ProblemStatus.IN_PLAN);
		String list = "/problems?municipality=" + podporozhye;

		assertThat(html(get(list))).contains("Принятая " + w, "В плане " + w)
			.doesNotContain("Новая " + w, "Отклонённая " + w, "Скачать в Excel");
		assertThat(html(get(list).with(TestUsers.municipalOfficerOf(podporozhye)))).contains("Новая " + w,
				"Принятая " + w, "Отклонённая " + w, "Скачать в Excel");
		assertThat(html(get(list).with(representativeOf(org)))).contains("Новая " + w, "Отклонённая " + w)
			.doesNotContain("Скачать в Excel");
		assertThat(html(get(list).with(representativeOf(organization(podporozhye))))).doesNotContain("Новая " + w,
				"Отклонённая " + w);
		assertThat(html(get(list).with(TestUsers.municipalOfficerOf(municipality("Тосненский муниципальный район")))))
			.doesNotContain("Новая " + w);
		assertThat(html(get(list + "&status=IN_PLAN"))).contains("В плане " + w).doesNotContain("Принятая " + w);
		assertThat(html(get(list + "&status=NEW"))).doesNotContain("Новая " + w).contains("Найдено 0 проблем");
		assertThat(html(get(list + "&category=FINANCE"))).doesNotContain(w);
		// a guest opening a new problem is asked to sign in
		this.mvc.perform(get("/problems/{id}", fresh)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void officersAndAdministratorsExportTheFilteredListToExcel() throws Exception {
		long podporozhye = municipality("Подпорожский муниципальный район");
		String title = "Для выгрузки " + word();
		problem(podporozhye, null, title, ProblemStatus.NEW);
		String path = "/problems/export.xlsx?municipality=" + podporozhye;
		this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(path).with(representativeOf(organization(podporozhye)))).andExpect(status().isForbidden());
		for (RequestPostProcessor allowed : List.of(TestUsers.municipalOfficerOf(podporozhye), TestUsers.admin())) {
			// it holds problems not yet public: a download kept out of shared caches
			byte[] xlsx = this.mvc.perform(get(path).with(allowed))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "no-store, private"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				var sheet = book.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Проблема");
				boolean found = false;
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					found |= title.equals(sheet.getRow(r).getCell(1).getStringCellValue());
				}
				assertThat(found).isTrue();
			}
		}
		// another municipality's officer exports only what is public there
		byte[] foreign = this.mvc
			.perform(get(path).with(TestUsers.municipalOfficerOf(municipality("Тосненский муниципальный район"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(foreign))) {
			var sheet = book.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isNotEqualTo(title);
			}
		}
	}

	// ---- similar problems ----

	@Test
	void similarProblemsOfTheMunicipalityComeMostSimilarFirstAndOnlyIfVisible() throws Exception {
		long lodeynoye = municipality("Лодейнопольский муниципальный район");
		long volosovo = municipality("Волосовский муниципальный район");
		long author = organization(lodeynoye);
		long visitor = organization(lodeynoye);
		String w = word();
		long premises = problem(lodeynoye, author, "Нет помещения для репетиций ансамбля " + w, ProblemStatus.ACCEPTED);
		long money = problem(lodeynoye, author, "Нет денег на костюмы ансамбля " + w, ProblemStatus.IN_PLAN);
		long hidden = problem(lodeynoye, author, "Помещение для репетиций ансамбля " + w + " закрыто",
				ProblemStatus.NEW);
		long rejected = problem(lodeynoye, author, "Помещения для репетиций ансамбля " + w + " нет",
				ProblemStatus.REJECTED);
		long elsewhere = problem(volosovo, author, "Нет помещения для репетиций ансамбля " + w, ProblemStatus.ACCEPTED);

		String fragment = html(get("/problems/similar").param("municipality", String.valueOf(lodeynoye))
			.param("title", "помещение для репетиций ансамбль " + w)
			.with(representativeOf(visitor)));
		assertThat(fragment).contains("/problems/" + premises, "/problems/" + money, "Нас это тоже касается")
			.doesNotContain("/problems/" + hidden + "\"", "/problems/" + rejected + "\"",
					"/problems/" + elsewhere + "\"")
			.doesNotContain("<html");
		assertThat(fragment.indexOf("/problems/" + premises + "\""))
			.isLessThan(fragment.indexOf("/problems/" + money + "\""));
		assertThat(fragment).contains("action=\"/problems/" + premises + "/supporters\"");

		// a typo and another word form still find it; the author's organisation sees its
		// own new one, but cannot join its own
		String forAuthor = html(get("/problems/similar").param("municipalityId", String.valueOf(lodeynoye))
			.param("title", "помещенее репетиции " + w)
			.with(representativeOf(author)));
		assertThat(forAuthor).contains("/problems/" + hidden + "\"", "/problems/" + premises + "\"")
			.doesNotContain("/problems/" + hidden + "/supporters", "/problems/" + premises + "/supporters");
		// guests get the public ones, without buttons; too short a title gives nothing
		assertThat(html(get("/problems/similar").param("municipality", String.valueOf(lodeynoye))
			.param("title", "ансамбль " + w))).contains("/problems/" + premises + "\"").doesNotContain("/supporters\"");
		assertThat(html(get("/problems/similar").param("municipality", String.valueOf(lodeynoye)).param("title", "ан")))
			.doesNotContain("/problems/");

		// without JavaScript: "find similar" re-renders the form with the suggestions and
		// saves nothing
		String form = html(multipart("/problems").param("action", "similar")
			.param("title", "репетиций ансамбля " + w)
			.param("municipalityId", String.valueOf(lodeynoye))
			.param("organizationId", String.valueOf(visitor))
			.with(representativeOf(visitor))
			.with(csrf()));
		assertThat(form).contains("Похожие проблемы уже есть", "/problems/" + premises + "\"",
				"value=\"репетиций ансамбля " + w + "\"");
		assertThat(this.jdbc.queryForObject("select count(*) from problem where title = ?", Long.class,
				"репетиций ансамбля " + w))
			.isZero();
	}

	// ---- categories ----

	@Test
	void onlyAdministratorsKeepTheCategoriesWhichAreRenamedReorderedAddedAndDeactivatedButNeverDeleted()
			throws Exception {
		this.mvc.perform(get("/admin/problem-categories")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/problem-categories").with(TestUsers.municipalOfficerOf(1)))
			.andExpect(status().isForbidden());
		assertThat(html(get("/admin/problem-categories").with(TestUsers.admin()))).contains("PREMISES", "Помещения",
				"Отношения с органами власти");

		String code = "TEST_" + ThreadLocalRandom.current().nextInt(1_000_000);
		this.mvc
			.perform(post("/admin/problem-categories").param("code", code)
				.param("name", "Жильё для сотрудников")
				.param("position", "75")
				.param("active", "true")
				.with(TestUsers.municipalOfficerOf(1))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.categories.existsByCode(code)).isFalse();
		this.mvc
			.perform(post("/admin/problem-categories").param("code", code.toLowerCase())
				.param("name", "Жильё для сотрудников")
				.param("position", "75")
				.param("active", "true")
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/problem-categories"));
		ProblemCategory created = this.categories.findByCode(code).orElseThrow();
		assertThat(html(post("/admin/problem-categories").param("code", code)
			.param("name", "Дубль")
			.param("position", "1")
			.with(TestUsers.admin())
			.with(csrf()))).contains("уже есть");

		long org = organization(municipality("Волосовский муниципальный район"));
		assertThat(html(get("/problems/new").with(representativeOf(org)))).contains("Жильё для сотрудников");
		this.mvc
			.perform(post("/admin/problem-categories").param("id", String.valueOf(created.getId()))
				.param("name", "Жильё для специалистов")
				.param("position", "5")
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/problem-categories"));
		ProblemCategory changed = this.categories.findById(created.getId()).orElseThrow();
		assertThat(changed.getName()).isEqualTo("Жильё для специалистов");
		assertThat(changed.getPosition()).isEqualTo(5);
		assertThat(changed.isActive()).isFalse();
		assertThat(html(get("/problems/new").with(representativeOf(org)))).doesNotContain("Жильё для");
		assertThat(html(get("/admin/problem-categories/{id}/history", created.getId()).with(TestUsers.admin())))
			.contains("Жильё для сотрудников", "Жильё для специалистов");
		// an inactive category is refused for new problems
		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.with(representativeOf(org))
				.with(csrf())
				.content("{\"title\":\"Нет жилья " + word() + "\",\"description\":\"Описание\",\"category\":\"" + code
						+ "\",\"municipalityId\":" + municipality("Волосовский муниципальный район") + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	// ---- the API ----

	@Test
	void theApiListsWhatTheCallerMaySeeFilteredByMunicipalityAndStatus() throws Exception {
		long boksitogorsk = municipality("Бокситогорский муниципальный район");
		long org = organization(boksitogorsk);
		String w = word();
		long fresh = problem(boksitogorsk, org, "API новая " + w, ProblemStatus.NEW);
		long accepted = problem(boksitogorsk, org, "API принятая " + w, ProblemStatus.ACCEPTED);

		String guest = html(
				get("/api/v1/problems").param("municipality", String.valueOf(boksitogorsk)).param("size", "100"));
		assertThat((List<Integer>) JsonPath.read(guest, "$.items[*].id")).contains((int) accepted)
			.doesNotContain((int) fresh);
		assertThat((List<String>) JsonPath.read(guest, "$.items[*].status")).doesNotContain("NEW", "REJECTED");
		assertThat(guest).doesNotContain("Автор Тестовый");
		assertThat((Integer) JsonPath.read(html(get("/api/v1/problems?status=NEW&municipality=" + boksitogorsk)),
				"$.total"))
			.isZero();
		String officer = html(get("/api/v1/problems?status=NEW&municipality=" + boksitogorsk)
			.with(TestUsers.municipalOfficerOf(boksitogorsk)));
		assertThat((List<Integer>) JsonPath.read(officer, "$.items[*].id")).contains((int) fresh)
			.doesNotContain((int) accepted);
		this.mvc.perform(get("/api/v1/problems?status=ЧТО-ТО"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Параметр «status» имеет неверное значение."));

		this.mvc.perform(get("/api/v1/problems/{id}", accepted))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.category").value("PREMISES"));
		this.mvc.perform(get("/api/v1/problems/{id}", fresh)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/problems/{id}", fresh).with(representativeOf(organization(boksitogorsk))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/problems/{id}", fresh).with(representativeOf(org)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NEW"));
	}

	@Test
	void theApiRecordsAProblemWithinTheCallersScopeOnly() throws Exception {
		long vsevolozhsky = municipality("Всеволожский муниципальный район");
		long volkhov = municipality("Волховский муниципальный район");
		String body = "{\"title\":\"%s\",\"description\":\"Подробности\",\"category\":\"PREMISES\",\"municipalityId\":%d}";

		String title = "Через API " + word();
		MvcResult created = this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(title, vsevolozhsky))
				.with(httpBasic("municipal", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.title").value(title))
			.andReturn();
		int id = JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/problems/" + id);
		assertThat(this.repository.findById((long) id).orElseThrow().getMunicipalityId()).isEqualTo(vsevolozhsky);

		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("Чужое " + word(), volkhov))
				.with(httpBasic("municipal", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").exists());
		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("Без входа " + word(), volkhov)))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("Эксперт " + word(), volkhov))
				.with(TestUsers.expert())
				.with(csrf()))
			.andExpect(status().isForbidden());

		// a representative: in the municipality of their organisation, which becomes the
		// author; elsewhere 403
		long org = organization(volkhov);
		MvcResult byRepresentative = this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("От НКО " + word(), volkhov))
				.with(representativeOf(org))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn();
		int byRepresentativeId = JsonPath
			.read(byRepresentative.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		assertThat(this.repository.findById((long) byRepresentativeId).orElseThrow().getAuthorOrganizationId())
			.isEqualTo(org);
		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("Не там " + word(), vsevolozhsky))
				.with(representativeOf(org))
				.with(csrf()))
			.andExpect(status().isForbidden());

		// bad input: 422 with the fields
		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"\",\"description\":\"\",\"category\":\"HOUSING\",\"municipalityId\":" + volkhov
						+ "}")
				.with(representativeOf(org))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field")
				.value(Matchers.containsInAnyOrder("title", "description", "category")))
			.andExpect(jsonPath("$.title").value("Данные не приняты"));
		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"x\",\"municipalityId\":999999}")
				.with(representativeOf(org))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("municipalityId"));
		this.mvc
			.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON)
				.content("не JSON")
				.with(representativeOf(org))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	// ---- the roadmap's indicators and the plans' facade ----

	@Test
	void theIndicatorsOf11And12FollowTheProblemsWay() throws Exception {
		long kingisepp = municipality("Кингисеппский муниципальный район");
		long registered = indicator("interaction.problems.registered");
		long inPlan = indicator("interaction.problems.in-plan");
		long resolved = indicator("interaction.problems.resolved");
		ProblemCounts before = this.queries.countsByMunicipality().getOrDefault(kingisepp, ProblemCounts.NONE);

		long id = idFrom(this.mvc
			.perform(form("Для показателей " + word(), kingisepp, null).with(TestUsers.municipalOfficerOf(kingisepp)))
			.andReturn());
		// recording it told the roadmap: the stored indicator of 1.1 moved at once,
		// without waiting for the scheduled run
		assertThat(this.stored.actual("1.1", "Проблемы НКО, зарегистрированные в муниципальных образованиях"))
			.isEqualByComparingTo(BigDecimal.valueOf(registered + 1));
		long other = problem(kingisepp, null, "Вторая для показателей " + word(), ProblemStatus.NEW);
		assertThat(indicator("interaction.problems.registered")).isEqualTo(registered + 2);

		this.mvc.perform(post("/problems/{id}/accept", id).with(TestUsers.municipalOfficerOf(kingisepp)).with(csrf()));
		assertThat(indicator("interaction.problems.in-plan")).isEqualTo(inPlan);
		assertThat(this.queries.plannable(kingisepp)).extracting(ProblemRef::id).contains(id).doesNotContain(other);

		this.work.includeInPlan(id, "Составитель плана");
		this.work.includeInPlan(id, "Составитель плана");
		assertThat(indicator("interaction.problems.in-plan")).isEqualTo(inPlan + 1);
		assertThat(this.stored.actual("1.2", "Проблемы НКО, включённые в планы мероприятий"))
			.isEqualByComparingTo(BigDecimal.valueOf(inPlan + 1));
		assertThat(this.repository.findCard(id).orElseThrow().getSteps()).hasSize(3);
		Assertions.assertThatThrownBy(() -> this.work.includeInPlan(other, "Составитель плана"))
			.isInstanceOf(IllegalStateException.class);

		this.work.resolveByPlan(id, "Составитель плана", "Пункт плана выполнен");
		assertThat(indicator("interaction.problems.resolved")).isEqualTo(resolved + 1);
		assertThat(this.stored.actual("1.2", "Решённые проблемы НКО"))
			.isEqualByComparingTo(BigDecimal.valueOf(resolved + 1));
		assertThat(indicator("interaction.problems.in-plan")).isEqualTo(inPlan + 1);
		assertThat(this.queries.refs(List.of(id, other, -1L))).extracting(ProblemRef::status)
			.containsExactly(ProblemStatus.RESOLVED, ProblemStatus.NEW);

		this.mvc.perform(post("/problems/{id}/reject", other).param("reason", "Дубль")
			.with(TestUsers.municipalOfficerOf(kingisepp))
			.with(csrf()));
		assertThat(indicator("interaction.problems.registered")).isEqualTo(registered + 1);
		assertThat(this.stored.actual("1.1", "Проблемы НКО, зарегистрированные в муниципальных образованиях"))
			.isEqualByComparingTo(BigDecimal.valueOf(registered + 1));
		assertThat(this.queries.countsByMunicipality().get(kingisepp))
			.isEqualTo(new ProblemCounts(before.registered() + 1, before.inPlan() + 1, before.resolved() + 1));
	}

	// ---- every endpoint, every kind of caller ----

	@Test
	void everyEndpointAnswersGuestsWrongRolesOtherScopesAndTheRightScope() throws Exception {
		long tikhvin = municipality("Тихвинский муниципальный район");
		long kirishi = municipality("Киришский муниципальный район");
		long org = organization(tikhvin);
		long otherOrg = organization(kirishi);
		long fresh = problem(tikhvin, org, "Матрица " + word(), ProblemStatus.NEW);
		RequestPostProcessor right = TestUsers.municipalOfficerOf(tikhvin);
		RequestPostProcessor otherScope = TestUsers.municipalOfficerOf(kirishi);
		RequestPostProcessor wrongRole = TestUsers.expert();
		RequestPostProcessor author = representativeOf(org);
		RequestPostProcessor otherRepresentative = representativeOf(otherOrg);

		// public pages
		for (String page : List.of("/problems",
				"/problems?municipality=" + tikhvin + "&status=ACCEPTED&category=PREMISES&page=2",
				"/problems/similar?municipality=" + tikhvin + "&title=Матрица", "/api/v1/problems")) {
			this.mvc.perform(get(page)).andExpect(status().isOk());
			this.mvc.perform(get(page).with(wrongRole)).andExpect(status().isOk());
		}
		// the card of a new problem
		this.mvc.perform(get("/problems/{id}", fresh)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/problems/{id}", fresh).with(wrongRole)).andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/{id}", fresh).with(otherScope)).andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/{id}", fresh).with(otherRepresentative)).andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/{id}", fresh).with(author)).andExpect(status().isOk());
		this.mvc.perform(get("/problems/{id}", fresh).with(right)).andExpect(status().isOk());
		this.mvc.perform(get("/problems/{id}", 987_654_321L)).andExpect(status().isNotFound());
		// the form
		this.mvc.perform(get("/problems/new")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/problems/new").with(wrongRole)).andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/new").with(author)).andExpect(status().isOk());
		this.mvc.perform(get("/problems/new").with(right)).andExpect(status().isOk());
		// moderation: accept, reject, resolve
		for (String action : List.of("accept", "reject", "resolve")) {
			String path = "/problems/" + fresh + "/" + action;
			this.mvc.perform(post(path).param("reason", "Причина").with(csrf())).andExpect(redirectedUrl("/login"));
			this.mvc.perform(post(path).param("reason", "Причина").with(wrongRole).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(path).param("reason", "Причина").with(author).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(path).param("reason", "Причина").with(otherScope).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(statusOf(fresh)).isEqualTo(ProblemStatus.NEW);
		this.mvc.perform(post("/problems/{id}/accept", fresh).with(right).with(csrf()))
			.andExpect(redirectedUrl("/problems/" + fresh));
		// joining and withdrawing
		for (String action : List.of("supporters", "supporters/withdraw")) {
			String path = "/problems/" + fresh + "/" + action;
			this.mvc.perform(post(path).param("organizationId", String.valueOf(otherOrg)).with(csrf()))
				.andExpect(redirectedUrl("/login"));
			this.mvc.perform(post(path).param("organizationId", String.valueOf(otherOrg)).with(wrongRole).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(path).param("organizationId", String.valueOf(otherOrg)).with(author).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(
					post(path).param("organizationId", String.valueOf(otherOrg)).with(otherRepresentative).with(csrf()))
				.andExpect(redirectedUrl("/problems/" + fresh));
		}
		// recording
		this.mvc.perform(form("Матрица запись " + word(), tikhvin, null)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("Матрица запись " + word(), tikhvin, null).with(wrongRole))
			.andExpect(status().isForbidden());
		this.mvc.perform(form("Матрица запись " + word(), tikhvin, null).with(otherScope))
			.andExpect(status().isForbidden());
		this.mvc.perform(form("Матрица запись " + word(), tikhvin, null).with(right))
			.andExpect(status().is3xxRedirection());
		// export and categories
		this.mvc.perform(get("/problems/export.xlsx")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/problems/export.xlsx").with(wrongRole)).andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/export.xlsx").with(author)).andExpect(status().isForbidden());
		this.mvc.perform(get("/problems/export.xlsx").with(otherScope)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/problem-categories").with(right)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/problem-categories").with(TestUsers.admin())).andExpect(status().isOk());
		this.mvc.perform(get("/municipalities/{id}/problems", tikhvin)).andExpect(status().is3xxRedirection());
	}

	// ---- no N+1 ----

	@Test
	void theListRunsAsManyQueriesForOneProblemAsForAPageOfTwenty() throws Exception {
		long volkhov = municipality("Волховский муниципальный район");
		ProblemCategory one = this.categories
			.save(new ProblemCategory("QC1_" + ThreadLocalRandom.current().nextInt(1_000_000), "Одна", 900));
		ProblemCategory many = this.categories
			.save(new ProblemCategory("QC2_" + ThreadLocalRandom.current().nextInt(1_000_000), "Много", 901));
		long org = organization(volkhov);
		long supporter = organization(volkhov);
		problem(volkhov, org, one.getCode(), "Единственная " + word(), ProblemStatus.ACCEPTED);
		for (int i = 0; i < 22; i++) {
			long id = problem(volkhov, org, many.getCode(), "Многие " + word(),
					i % 2 == 0 ? ProblemStatus.ACCEPTED : ProblemStatus.NEW);
			if (i % 3 == 0) {
				this.work.supportAsOf(id, supporter, "Тест", Instant.now());
			}
		}
		for (RequestPostProcessor who : List.of(TestUsers.admin(), TestUsers.municipalOfficerOf(volkhov),
				representativeOf(org))) {
			long forOne = queries("/problems?category=" + one.getCode(), who);
			long forMany = queries("/problems?category=" + many.getCode(), who);
			// two of them store the signed-in test user's session
			assertThat(forMany).isPositive().isEqualTo(forOne).isLessThanOrEqualTo(8);
		}
		long guestOne = queries("/problems?category=" + one.getCode(), null);
		assertThat(queries("/problems?category=" + many.getCode(), null)).isEqualTo(guestOne).isLessThanOrEqualTo(6);
		assertThat(queries("/api/v1/problems?size=100&category=" + many.getCode(), null)).isLessThanOrEqualTo(4);
	}

	private long queries(String path, RequestPostProcessor who) throws Exception {
		var request = who == null ? get(path) : get(path).with(who);
		this.mvc.perform(request).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(who == null ? get(path) : get(path).with(who)).andExpect(status().isOk());
		return QueryCounting.count();
	}

}

package ru.nko.platform.actionplans;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.problems.ProblemFixtures;
import ru.nko.platform.problems.ProblemManagement;
import ru.nko.platform.problems.ProblemStatus;
import ru.nko.platform.roadmap.IndicatorContext;
import ru.nko.platform.roadmap.IndicatorProvider;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.StoredIndicators;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measure 1.2: a municipality's plan resolves its accepted problems, is approved, printed
 * and exported; only its officers keep it.
 */
@PlatformTest
class ActionPlansTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	ProblemFixtures problems;

	@Autowired
	ProblemManagement problemManagement;

	@Autowired
	ActionPlanRepository plans;

	@Autowired
	ActionPlanItemRepository items;

	@Autowired
	ActionPlanProgressRepository progress;

	@Autowired
	List<IndicatorProvider> providers;

	StoredIndicators stored;

	@BeforeEach
	void storedIndicators() {
		this.stored = new StoredIndicators(this.mvc);
	}

	private long municipality(String name) {
		return this.directory.municipalityByName(name).orElseThrow().id();
	}

	private long acceptedProblem(long municipalityId, String title) {
		return SystemAuthentication.call(() -> {
			long id = this.problems.recordAsOf(municipalityId, null, "PREMISES", title,
					"Описание проблемы для проверки плана мероприятий", "Тест", Instant.now().minusSeconds(3600));
			this.problems.moveAsOf(id, ProblemStatus.ACCEPTED, "Тест", null, Instant.now().minusSeconds(1800));
			return id;
		});
	}

	private int year() {
		// next year: the demo keeps plans for this one
		return LocalDate.now().getYear() + 1;
	}

	private String html(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(who == null ? get(path) : get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long createPlan(long municipalityId, RequestPostProcessor officer) throws Exception {
		this.mvc
			.perform(post("/municipalities/{id}/plan", municipalityId).param("year", String.valueOf(year()))
				.with(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/municipalities/" + municipalityId + "/plan?year=" + year()));
		return this.plans.findByMunicipalityIdAndYear(municipalityId, year()).orElseThrow().getId();
	}

	@Test
	void anOfficerPlansAMeasureForAProblemApprovesThePlanAndResolvesTheProblemByDoingIt() throws Exception {
		// its plan for this year is still a draft in the demo, so approving next year's
		// adds a municipality to the indicator
		long lomonosov = municipality("Ломоносовский муниципальный район");
		RequestPostProcessor officer = TestUsers.municipalOfficerOf(lomonosov);
		long problem = acceptedProblem(lomonosov, "Нет зала для репетиций детского хора");
		IndicatorProvider approved = this.providers.stream()
			.filter(p -> p.key().equals("interaction.plans.approved"))
			.findFirst()
			.orElseThrow();
		long approvedBefore = approved.compute(new IndicatorContext(0, 0, "1.2")).longValue();

		long planId = createPlan(lomonosov, officer);
		this.mvc
			.perform(post("/plans/{id}/items", planId).param("title", "Предоставить зал ДК по графику")
				.param("responsible", "Отдел культуры")
				.param("dueDate", year() + "-12-20")
				.param("problemIds", String.valueOf(problem))
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.problemManagement.refs(List.of(problem)).get(0).status()).isEqualTo(ProblemStatus.IN_PLAN);
		ActionPlanItem item = this.items.findByPlanIdOrderByPositionAscIdAsc(planId).get(0);

		this.mvc
			.perform(multipart("/plans/{id}/approve", planId)
				.file(new MockMultipartFile("file", "постановление.pdf", "application/pdf", PDF))
				.param("approvedOn", LocalDate.now().minusDays(1).toString())
				.param("number", "312-п")
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.plans.findById(planId).orElseThrow().getStatus()).isEqualTo(ActionPlan.Status.APPROVED);
		assertThat(approved.compute(new IndicatorContext(0, 0, "1.2")).longValue()).isEqualTo(approvedBefore + 1);
		// approving told the roadmap: its stored indicator of 1.2 moved at once
		assertThat(this.stored.actual("1.2", "Муниципальные образования с утверждённым планом мероприятий"))
			.isEqualByComparingTo(BigDecimal.valueOf(approvedBefore + 1));
		// the history speaks Russian: statuses by name, dates as people write them
		assertThat(html("/municipalities/" + lomonosov + "/plan?year=" + year(), officer))
			.contains("→ Утверждён", "→ 312-п")
			.doesNotContain("→ APPROVED")
			.doesNotContain("→ " + LocalDate.now().minusDays(1));

		this.mvc
			.perform(multipart("/plan-items/{id}/progress", item.getId())
				.file(new MockMultipartFile("file", "график.pdf", "application/pdf", PDF))
				.param("note", "Согласован график занятий")
				.with(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/plan-items/" + item.getId()));
		this.mvc
			.perform(post("/plan-items/{id}/complete", item.getId()).param("note", "Хор занимается по вторникам")
				.param("resolveProblems", "true")
				.with(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/plan-items/" + item.getId()));
		assertThat(this.items.findById(item.getId()).orElseThrow().getStatus()).isEqualTo(ActionPlanItem.Status.DONE);
		assertThat(this.problemManagement.refs(List.of(problem)).get(0).status()).isEqualTo(ProblemStatus.RESOLVED);

		// the public reads the plan, the approval act, prints and exports it; progress
		// notes and their files stay with staff
		String page = html("/municipalities/" + lomonosov + "/plan?year=" + year(), null);
		assertThat(page).contains("Предоставить зал ДК по графику", "Нет зала для репетиций детского хора", "312-п")
			.doesNotContain("Согласован график");
		assertThat(html("/plan-items/" + item.getId(), officer)).contains("Согласован график занятий");
		this.mvc.perform(get("/plans/{id}/approval", planId)).andExpect(status().isOk());
		long note = this.progress.findByItemIdInOrderByCreatedAtDesc(List.of(item.getId())).get(0).getId();
		this.mvc.perform(get("/plan-progress/{id}/file", note)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/plan-progress/{id}/file", note).with(TestUsers.representativeOf(1)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/plan-progress/{id}/file", note).with(officer)).andExpect(status().isOk());

		byte[] pdf = this.mvc
			.perform(get("/municipalities/{id}/plan.pdf", lomonosov).param("year", String.valueOf(year())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PdfReader reader = new PdfReader(pdf)) {
			assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Предоставить зал ДК", "312-п",
					"Выполнено");
		}
		byte[] xlsx = this.mvc
			.perform(get("/municipalities/{id}/plan.xlsx", lomonosov).param("year", String.valueOf(year())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("Предоставить зал ДК по графику");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
				.isEqualTo("Нет зала для репетиций детского хора");
		}
		assertThat(html("/plans?year=" + year(), null)).contains("Ломоносовский муниципальный район");
	}

	@Test
	void onlyTheMunicipalitysOfficersAndAdministratorsKeepThePlan() throws Exception {
		long volosovo = municipality("Волосовский муниципальный район");
		long gatchina = municipality("Гатчинский муниципальный округ");
		String create = "/municipalities/" + volosovo + "/plan";
		this.mvc.perform(post(create).param("year", String.valueOf(year())).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post(create).param("year", String.valueOf(year()))
				.with(TestUsers.municipalOfficerOf(gatchina))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post(create).param("year", String.valueOf(year())).with(TestUsers.representativeOf(1)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(create).param("year", String.valueOf(year())).with(TestUsers.expert()).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.plans.findByMunicipalityIdAndYear(volosovo, year())).isEmpty();

		long planId = createPlan(volosovo, TestUsers.admin());
		this.mvc
			.perform(post("/plans/{id}/items", planId).param("title", "Чужое")
				.param("responsible", "Кто-то")
				.param("dueDate", year() + "-11-30")
				.with(TestUsers.municipalOfficerOf(gatchina))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/plans/{id}/approve", planId)
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
				.param("approvedOn", LocalDate.now().toString())
				.param("number", "1")
				.with(TestUsers.municipalOfficerOf(gatchina))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.items.findByPlanIdOrderByPositionAscIdAsc(planId)).isEmpty();

		this.mvc
			.perform(post("/plans/{id}/items", planId).param("title", "Своё")
				.param("responsible", "Отдел")
				.param("dueDate", year() + "-11-30")
				.with(TestUsers.municipalOfficerOf(volosovo))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long item = this.items.findByPlanIdOrderByPositionAscIdAsc(planId).get(0).getId();
		for (String action : List.of("/plan-items/" + item + "/start", "/plan-items/" + item + "/cancel",
				"/plan-items/" + item + "/complete", "/plan-items/" + item)) {
			this.mvc
				.perform(post(action).param("reason", "x")
					.param("title", "x")
					.param("responsible", "x")
					.param("dueDate", year() + "-11-30")
					.with(TestUsers.municipalOfficerOf(gatchina))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(action).with(csrf())).andExpect(redirectedUrl("/login"));
		}
		assertThat(this.items.findById(item).orElseThrow().getStatus()).isEqualTo(ActionPlanItem.Status.PLANNED);
		// public pages carry no management forms for strangers
		assertThat(html("/plan-items/" + item, TestUsers.municipalOfficerOf(gatchina)))
			.doesNotContain("/plan-items/" + item + "/cancel");
		assertThat(html("/plan-items/" + item, null)).contains("Своё");
		this.mvc.perform(get("/plans/{id}/approval", planId)).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsExplainedInRussianAndChangesNothing() throws Exception {
		long lodeynoye = municipality("Лодейнопольский муниципальный район");
		long luga = municipality("Лужский муниципальный район");
		RequestPostProcessor officer = TestUsers.municipalOfficerOf(lodeynoye);
		long planId = createPlan(lodeynoye, officer);
		long foreignProblem = acceptedProblem(luga, "Проблема другого района");

		String page = this.mvc
			.perform(post("/plans/{id}/items", planId).param("title", " ")
				.param("responsible", "")
				.param("dueDate", "2001-01-01")
				.param("problemIds", String.valueOf(foreignProblem))
				.with(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Укажите, что будет сделано", "Укажите ответственного", "год плана",
				"только с принятыми проблемами этого");
		assertThat(this.items.findByPlanIdOrderByPositionAscIdAsc(planId)).isEmpty();
		assertThat(this.problemManagement.refs(List.of(foreignProblem)).get(0).status())
			.isEqualTo(ProblemStatus.ACCEPTED);

		String approval = this.mvc
			.perform(multipart("/plans/{id}/approve", planId)
				.file(new MockMultipartFile("file", "акт.pdf", "application/pdf",
						"MZ not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
				.param("approvedOn", LocalDate.now().plusDays(3).toString())
				.param("number", "")
				.with(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(approval).contains("не может быть позже сегодняшней", "Укажите номер документа",
				"нет ни одного мероприятия", "не подходит");
		assertThat(this.plans.findById(planId).orElseThrow().getStatus()).isEqualTo(ActionPlan.Status.DRAFT);

		this.mvc
			.perform(post("/plans/{id}/items", planId).param("title", "Мероприятие")
				.param("responsible", "Отдел")
				.param("dueDate", year() + "-10-01")
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long item = this.items.findByPlanIdOrderByPositionAscIdAsc(planId).get(0).getId();
		assertThat(
				this.mvc.perform(post("/plan-items/{id}/cancel", item).param("reason", " ").with(officer).with(csrf()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8))
			.contains("почему мероприятие отменено");
		assertThat(this.mvc
			.perform(post("/municipalities/{id}/plan", lodeynoye).param("year", String.valueOf(year()))
				.with(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("уже есть");
		assertThat(this.items.findById(item).orElseThrow().getStatus()).isEqualTo(ActionPlanItem.Status.PLANNED);
	}

	@Test
	void refusalsOfAStepOrAYearLinkToNoFieldThatIsNotOnThePage() throws Exception {
		long sosnovy = municipality("Сосновоборский городской округ");
		RequestPostProcessor officer = TestUsers.municipalOfficerOf(sosnovy);
		String tooEarly = this.mvc
			.perform(post("/municipalities/{id}/plan", sosnovy).param("year", "2015").with(officer).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(tooEarly).contains("План составляют на текущий или следующий год")
			.doesNotContain("href=\"#f-year\"");
		long planId = createPlan(sosnovy, officer);
		String twice = this.mvc
			.perform(post("/municipalities/{id}/plan", sosnovy).param("year", String.valueOf(year()))
				.with(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(twice).contains("уже есть").doesNotContain("href=\"#f-year\"");

		this.mvc
			.perform(post("/plans/{id}/items", planId).param("title", "Мероприятие")
				.param("responsible", "Отдел")
				.param("dueDate", year() + "-05-01")
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long item = this.items.findByPlanIdOrderByPositionAscIdAsc(planId).get(0).getId();
		this.mvc.perform(post("/plan-items/{id}/start", item).with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String again = this.mvc.perform(post("/plan-items/{id}/start", item).with(officer).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("Начать можно только запланированное мероприятие")
			.doesNotContain("href=\"#f-status\"");
		// a completion note too long points at the completion form's own note, not the
		// progress note
		String longNote = this.mvc
			.perform(post("/plan-items/{id}/complete", item).param("note", "Сделано. ".repeat(150))
				.with(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(longNote).contains("href=\"#f-completeNote\"", "id=\"f-completeNote\"")
			.doesNotContain("href=\"#f-note\"");
		assertThat(this.items.findById(item).orElseThrow().getStatus()).isEqualTo(ActionPlanItem.Status.IN_PROGRESS);
	}

	@Test
	void textsLongerThanTheirColumnsAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		long boksitogorsk = municipality("Бокситогорский муниципальный район");
		RequestPostProcessor officer = TestUsers.municipalOfficerOf(boksitogorsk);
		assertThat(refused(post("/municipalities/{id}/plan", boksitogorsk).param("year", String.valueOf(year()))
			.param("title", "План. ".repeat(60)), officer))
			.contains("«Название плана»: не длиннее 300 знаков, сейчас 359", "href=\"#f-title\"");
		assertThat(this.plans.findByMunicipalityIdAndYear(boksitogorsk, year())).isEmpty();

		long planId = createPlan(boksitogorsk, officer);
		assertThat(refused(post("/plans/{id}/items", planId).param("title", "Ремонт. ".repeat(70))
			.param("responsible", "Отдел. ".repeat(50))
			.param("dueDate", year() + "-09-01"), officer)).contains("«Мероприятие»: не длиннее 500 знаков, сейчас 559",
					"«Ответственный»: не длиннее 300 знаков, сейчас 349");
		assertThat(this.items.findByPlanIdOrderByPositionAscIdAsc(planId)).isEmpty();
		assertThat(refused(multipart("/plans/{id}/approve", planId)
			.file(new MockMultipartFile("file", "акт.pdf", "application/pdf", PDF))
			.param("approvedOn", LocalDate.now().toString())
			.param("number", "№ 1".repeat(20)), officer))
			.contains("«Номер документа»: не длиннее 50 знаков, сейчас 60");

		this.mvc
			.perform(post("/plans/{id}/items", planId).param("title", "Мероприятие")
				.param("responsible", "Отдел")
				.param("dueDate", year() + "-09-01")
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long item = this.items.findByPlanIdOrderByPositionAscIdAsc(planId).get(0).getId();
		assertThat(
				refused(multipart("/plan-items/{id}/progress", item).param("note", "Сделано. ".repeat(250)), officer))
			.contains("«Что сделано»: не длиннее 2000 знаков, сейчас 2249");
		assertThat(this.progress.findByItemIdInOrderByCreatedAtDesc(List.of(item))).isEmpty();
		assertThat(refused(post("/plan-items/{id}/cancel", item).param("reason", "Нет денег. ".repeat(100)), officer))
			.contains("«Причина отмены»: не длиннее 1000 знаков, сейчас 1099");
		assertThat(refused(post("/plan-items/{id}/complete", item).param("note", "Сделано. ".repeat(150)), officer))
			.contains("«Что сделано»: не длиннее 1000 знаков, сейчас 1349");
		assertThat(this.items.findById(item).orElseThrow().getStatus()).isEqualTo(ActionPlanItem.Status.PLANNED);
		assertThat(this.plans.findById(planId).orElseThrow().getStatus()).isEqualTo(ActionPlan.Status.DRAFT);
	}

	/**
	 * The page answered to a refused form, which is shown again (200, not a redirect).
	 */
	private String refused(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor who)
			throws Exception {
		return this.mvc.perform(request.with(who).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theOverviewOfAllPlansRunsAFixedNumberOfQueries() throws Exception {
		long before = queries("/plans");
		long podporozhye = municipality("Подпорожский муниципальный район");
		long planId = createPlan(podporozhye, TestUsers.municipalOfficerOf(podporozhye));
		for (int i = 0; i < 4; i++) {
			this.mvc
				.perform(post("/plans/{id}/items", planId).param("title", "Мероприятие " + i)
					.param("responsible", "Отдел")
					.param("dueDate", year() + "-12-01")
					.with(TestUsers.municipalOfficerOf(podporozhye))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(queries("/plans")).isEqualTo(before).isLessThanOrEqualTo(5);
		long plan = queries("/municipalities/" + podporozhye + "/plan");
		assertThat(plan).isLessThanOrEqualTo(8);
	}

	private long queries(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		return QueryCounting.count();
	}

}

package ru.nko.platform.compliance;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.compliance.ComplianceRules.QuarterStatus;
import ru.nko.platform.decisions.DecisionManagement;
import ru.nko.platform.decisions.DecisionsDue;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.meetingplans.MeetingPlanManagement;
import ru.nko.platform.meetings.MeetingManagement;
import ru.nko.platform.meetings.MeetingStatus;
import ru.nko.platform.meetings.MeetingSummary;
import ru.nko.platform.meetings.MeetingType;
import ru.nko.platform.roadmap.IndicatorContext;
import ru.nko.platform.roadmap.IndicatorProvider;
import ru.nko.platform.roadmap.RoadmapManagement;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.shared.time.Quarter;
import ru.nko.platform.support.MutableClock;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.StoredIndicators;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The compliance matrix of meetings (issue 4, point 7): the public page, its XLSX, the
 * meetings API, and the live indicators of measures 1.3 and 1.5 moving when a meeting is
 * closed.
 */
@PlatformTest
class MeetingComplianceTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final Set<String> STATUSES = Set.of("HELD", "PLANNED", "MISSED", "NONE");

	/**
	 * Personal data of the demo's registrations and accounts that public answers must
	 * never carry.
	 */
	private static final List<String> PERSONAL = List.of("Соколова", "Представитель организации", "Руководитель НКО",
			"participantNames", "registeredBy");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MeetingCompliance compliance;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	DecisionManagement decisions;

	@Autowired
	MeetingPlanManagement plans;

	@Autowired
	RoadmapManagement roadmap;

	@Autowired
	List<IndicatorProvider> providers;

	@Autowired
	RussianFormat russian;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private int thisYear() {
		return LocalDate.now(this.clock.withZone(MOSCOW)).getYear();
	}

	private List<MunicipalityRef> active() {
		return this.directory.municipalities().stream().filter(MunicipalityRef::active).toList();
	}

	private long municipality(String name) {
		return this.directory.municipalityByName(name).orElseThrow().id();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private BigDecimal compute(String key) {
		IndicatorProvider provider = this.providers.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
		return provider.compute(new IndicatorContext(0, 0, "1.5"));
	}

	/** The demo roadmap: the first one imported (other tests import more). */
	private long demoRoadmap() throws Exception {
		List<Integer> ids = JsonPath.read(body(get("/api/v1/roadmaps")), "$[*].id");
		return ids.stream().mapToLong(Integer::longValue).min().orElseThrow();
	}

	// ---------------------------------------------------------------- the page

	@Test
	void theCompliancePageShowsEveryActiveMunicipalityByQuarterToAGuest() throws Exception {
		int year = thisYear();
		String page = body(get("/meetings/compliance").param("year", String.valueOf(year)).with(anonymous()));
		MeetingCompliance.Matrix matrix = this.compliance.matrix(year);
		assertThat(matrix.rows()).hasSize(active().size());
		for (MunicipalityRef municipality : active()) {
			assertThat(page).contains("id=\"m-" + municipality.id() + "\"", municipality.name(),
					"/municipalities/" + municipality.id() + "/meetings?year=" + year);
		}
		assertThat(page).contains("<caption", "scope=\"col\"", "scope=\"row\"", "table-responsive", "role=\"region\"",
				"Что означают отметки", "compliance.xlsx?year=" + year, "Итого", "Проведена", "Данные на ");
		assertThat(page).doesNotContain(PERSONAL.toArray(String[]::new));
		// Сланцевский held no meeting this year in the demo: each quarter that is over is
		// missed
		MeetingCompliance.Row slantsy = matrix.rows()
			.stream()
			.filter(r -> r.municipality().startsWith("Сланцевский"))
			.findFirst()
			.orElseThrow();
		for (MeetingCompliance.Cell cell : slantsy.quarters()) {
			assertThat(cell.status()).isEqualTo(cell.ended() ? QuarterStatus.MISSED
					: cell.planned() > 0 ? QuarterStatus.PLANNED : QuarterStatus.NONE);
		}
		// the totals row counts the held cells of each quarter
		for (MeetingCompliance.Column column : matrix.columns()) {
			int held = (int) matrix.rows()
				.stream()
				.filter(r -> r.quarters().get(column.quarter() - 1).status() == QuarterStatus.HELD)
				.count();
			assertThat(column.held()).isEqualTo(held);
			assertThat(page).contains("проведены в " + held + " из " + matrix.municipalities());
		}
	}

	@Test
	void aMeetingHeldWithoutMinutesIsNotCountedButNotedInItsCell() throws Exception {
		// in the demo Бокситогорский held its third-quarter meeting of 2026, but the
		// minutes are not in
		MeetingCompliance.Row row = this.compliance.matrix(2026)
			.rows()
			.stream()
			.filter(r -> r.municipality().startsWith("Бокситогорский"))
			.findFirst()
			.orElseThrow();
		MeetingCompliance.Cell third = row.quarters().get(2);
		assertThat(third.heldWithoutMinutes()).isEqualTo(1);
		assertThat(third.status()).isNotEqualTo(QuarterStatus.HELD);
		String page = body(get("/meetings/compliance").param("year", "2026"));
		String cell = page.substring(page.indexOf("id=\"m-" + row.municipalityId() + "\""));
		cell = cell.substring(cell.indexOf("q-3"), cell.indexOf("</td>", cell.indexOf("q-3")));
		assertThat(cell).contains("состоялась, нет протокола").doesNotContain("Проведена");
	}

	@Test
	void theSummarySpeaksOfQuartersAndDecisionsWithRightPlurals() throws Exception {
		String past = body(get("/meetings/compliance").param("year", "2025"));
		assertThat(past).contains("Закончились 4 квартала 2025 года",
				"из " + active().size() + " муниципальных образований");
		String far = body(get("/meetings/compliance").param("year", "2031"));
		assertThat(far).contains("В 2031 году ещё не закончился ни один квартал", "Не запланирована");
		// no quarter of a year to come is missed: the one red badge is the legend's
		assertThat(far.split("status-MISSED", -1)).hasSize(2);
		int overdue = this.compliance.matrix(2031).overdueDecisions();
		assertThat(overdue).as("the demo has overdue decisions").isPositive();
		String expected = switch (RussianFormat.pluralForm(overdue)) {
			case "one" -> "Сейчас просрочено " + overdue + " решение встреч.";
			case "few" -> "Сейчас просрочены " + overdue + " решения встреч.";
			default -> "Сейчас просрочено " + overdue + " решений встреч.";
		};
		assertThat(far).contains(expected);
		// in May only the first quarter is over
		this.clock.set(LocalDate.of(2026, 5, 6).atTime(10, 0).atZone(MOSCOW).toInstant());
		assertThat(body(get("/meetings/compliance").param("year", "2026"))).contains("Закончился 1 квартал 2026 года.");
	}

	@Test
	void aYearThatIsNotAYearShowsThisYear() throws Exception {
		String page = body(get("/meetings/compliance").param("year", "двадцать"));
		assertThat(page).contains("по кварталам: " + thisYear() + " год");
	}

	@Test
	void theCompliancePageRunsTheSameFewQueriesWhateverTheData() throws Exception {
		List<Long> counts = new ArrayList<>();
		for (String year : List.of("2019", "2025", "2026", "2027")) {
			QueryCounting.reset();
			this.mvc.perform(get("/meetings/compliance").param("year", year)).andExpect(status().isOk());
			counts.add(QueryCounting.count());
		}
		assertThat(counts).allMatch(count -> count.equals(counts.get(0)));
		assertThat(counts.get(0)).isLessThanOrEqualTo(6);
	}

	@Test
	void theXlsxHasAHeaderARowPerMunicipalityAndTheTotals() throws Exception {
		MvcResult result = this.mvc.perform(get("/meetings/compliance.xlsx").param("year", "2026").with(anonymous()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", "2026.xlsx");
		MeetingCompliance.Matrix matrix = this.compliance.matrix(2026);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Встречи 2026");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Муниципальное образование");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("I квартал");
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("IV квартал");
			assertThat(sheet.getLastRowNum()).isEqualTo(matrix.rows().size() + 1);
			for (int i = 0; i < matrix.rows().size(); i++) {
				MeetingCompliance.Row row = matrix.rows().get(i);
				Row line = sheet.getRow(i + 1);
				assertThat(line.getCell(0).getStringCellValue()).isEqualTo(row.municipality());
				for (int q = 0; q < 4; q++) {
					String expected = switch (row.quarters().get(q).status()) {
						case HELD -> "Проведена";
						case PLANNED -> "Запланирована";
						case MISSED -> "Пропущена";
						case NONE -> "Не запланирована";
					};
					assertThat(line.getCell(1 + q).getStringCellValue()).startsWith(expected);
				}
				assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(row.overdueDecisions());
			}
			Row totals = sheet.getRow(matrix.rows().size() + 1);
			assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Итого");
			assertThat(totals.getCell(1).getStringCellValue())
				.isEqualTo("проведены в " + matrix.columns().get(0).held() + " из " + matrix.rows().size());
		}
	}

	// ---------------------------------------------------------------- the API

	@Test
	void theComplianceApiGivesEachMunicipalitysQuartersInTheIssuesShape() throws Exception {
		String json = body(get("/api/v1/meetings/compliance").param("year", "2026").with(anonymous()));
		MeetingCompliance.Matrix matrix = this.compliance.matrix(2026);
		List<Map<String, Object>> rows = JsonPath.read(json, "$");
		assertThat(rows).hasSize(matrix.rows().size());
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			MeetingCompliance.Row expected = matrix.rows().get(i);
			assertThat(row).containsOnlyKeys("municipalityId", "municipality", "quarters", "plan", "overdueDecisions");
			assertThat(((Number) row.get("municipalityId")).longValue()).isEqualTo(expected.municipalityId());
			assertThat(row.get("municipality")).isEqualTo(expected.municipality());
			@SuppressWarnings("unchecked")
			Map<String, String> quarters = (Map<String, String>) row.get("quarters");
			assertThat(quarters).containsOnlyKeys("1", "2", "3", "4");
			assertThat(quarters.values()).allMatch(STATUSES::contains);
			for (int q = 1; q <= 4; q++) {
				assertThat(quarters.get(String.valueOf(q))).isEqualTo(expected.quarters().get(q - 1).status().name());
			}
			assertThat(row.get("plan")).isEqualTo(expected.plan() == null ? null : expected.plan().name());
			assertThat(row.get("overdueDecisions")).isEqualTo(expected.overdueDecisions());
		}
		// this year by default; a year out of range or not a number is refused in Russian
		assertThat(JsonPath.<List<Object>>read(body(get("/api/v1/meetings/compliance")), "$"))
			.hasSize(matrix.rows().size());
		this.mvc.perform(get("/api/v1/meetings/compliance").param("year", "1999"))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Год должен быть от 2000 до 2100"));
		this.mvc.perform(get("/api/v1/meetings/compliance").param("year", "прошлый"))
			.andExpect(status().isBadRequest());
		// described in Russian in the OpenAPI document
		assertThat(body(get("/v3/api-docs"))).contains("/api/v1/meetings/compliance", "/api/v1/meetings/{id}.ics",
				"Соблюдение графика рабочих встреч по кварталам", "Встречи за период");
	}

	@Test
	void theMeetingsApiListsAPeriodsMeetingsWithoutPersonalData() throws Exception {
		long vyborg = municipality("Выборгский район");
		String json = body(get("/api/v1/meetings").param("municipality", String.valueOf(vyborg))
			.param("from", "2026-01-01")
			.param("to", "2026-12-31")
			.with(anonymous()));
		List<Map<String, Object>> items = JsonPath.read(json, "$");
		assertThat(items).isNotEmpty();
		assertThat(items).allSatisfy(item -> {
			assertThat(((Number) item.get("municipalityId")).longValue()).isEqualTo(vyborg);
			assertThat(item.get("municipality")).isEqualTo("Выборгский район");
			assertThat((String) item.get("startsAt")).startsWith("2026-");
			assertThat(item).containsOnlyKeys("id", "municipalityId", "municipality", "type", "measure", "title",
					"startsAt", "endsAt", "place", "onlineLink", "status", "registrations", "decisionsOpen",
					"decisionsOverdue", "url", "ics");
			assertThat((String) item.get("ics")).matches("/api/v1/meetings/\\d+\\.ics");
		});
		assertThat(json).doesNotContain(PERSONAL.toArray(String[]::new));
		List<String> starts = items.stream().map(i -> (String) i.get("startsAt")).toList();
		assertThat(starts).isSortedAccordingTo(Comparator.naturalOrder());
	}

	@Test
	void theMeetingsApiDefaultsToNinetyDaysBackAndHalfAYearAhead() throws Exception {
		LocalDate today = LocalDate.now(this.clock.withZone(MOSCOW));
		List<String> starts = JsonPath.read(body(get("/api/v1/meetings").with(anonymous())), "$[*].startsAt");
		assertThat(starts).isNotEmpty();
		assertThat(starts).allSatisfy(start -> assertThat(LocalDate.parse(start.substring(0, 10)))
			.isBetween(today.minusDays(90), today.plusDays(180)));
		int expected = this.meetings.between(null, today.minusDays(90), today.plusDays(180)).size();
		assertThat(starts).hasSize(expected);
	}

	@Test
	void theMeetingsApiRefusesAWrongPeriodWithAProblemInRussian() throws Exception {
		assertProblem(get("/api/v1/meetings").param("from", "2026-06-01").param("to", "2026-01-01"), 400, "позже");
		assertProblem(get("/api/v1/meetings").param("from", "2024-01-01").param("to", "2026-06-01"), 400,
				"длиннее двух лет");
		assertProblem(get("/api/v1/meetings").param("from", "01.01.2026"), 400, "ГГГГ-ММ-ДД");
		assertProblem(get("/api/v1/meetings").param("municipality", "987654321"), 404,
				"Муниципальное образование не найдено");
		// exactly two years is allowed
		this.mvc.perform(get("/api/v1/meetings").param("from", "2025-01-01").param("to", "2027-01-01"))
			.andExpect(status().isOk());
	}

	@Test
	void aMeetingsIcsComesAsACalendarAndAnUnknownOneAsAProblem() throws Exception {
		long id = this.meetings
			.between(municipality("Выборгский район"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
			.get(0)
			.id();
		MvcResult ics = this.mvc.perform(get("/api/v1/meetings/{id}.ics", id).with(anonymous()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(ics.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR",
				"BEGIN:VEVENT");
		assertProblem(get("/api/v1/meetings/{id}.ics", 987654321L), 404, "Встреча не найдена");
		this.mvc.perform(get("/api/v1/meetings/{id}.ics", 987654321L).header("Accept", "text/calendar"))
			.andExpect(status().isNotFound());
	}

	private void assertProblem(MockHttpServletRequestBuilder request, int status, String detail) throws Exception {
		MvcResult result = this.mvc.perform(request.with(anonymous())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(detail);
	}

	@Test
	void everyCompliancePageAndApiAnswersEveryoneAlikeAsPublicData() throws Exception {
		long vsevolozhsk = municipality("Всеволожский муниципальный район");
		long vyborg = municipality("Выборгский район");
		long meeting = this.meetings.between(vyborg, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).get(0).id();
		List<Supplier<MockHttpServletRequestBuilder>> endpoints = List.of(
				() -> get("/meetings/compliance").param("year", "2026"),
				() -> get("/meetings/compliance.xlsx").param("year", "2026"),
				() -> get("/api/v1/meetings/compliance").param("year", "2026"),
				() -> get("/api/v1/meetings").param("municipality", String.valueOf(vyborg)),
				() -> get("/api/v1/meetings/{id}.ics", meeting));
		List<RequestPostProcessor> users = List.of(anonymous(), TestUsers.representativeOf(1), TestUsers.expert(),
				TestUsers.municipalOfficerOf(vsevolozhsk), TestUsers.municipalOfficerOf(vyborg), TestUsers.admin());
		for (Supplier<MockHttpServletRequestBuilder> endpoint : endpoints) {
			byte[] first = null;
			for (RequestPostProcessor user : users) {
				MvcResult result = this.mvc.perform(endpoint.get().with(user)).andExpect(status().isOk()).andReturn();
				byte[] content = result.getResponse().getContentAsByteArray();
				if (result.getResponse().getContentType().startsWith("application/json")) {
					// the same public data whoever asks (another municipality's officer
					// sees what its own officer sees)
					if (first != null) {
						assertThat(new String(content, StandardCharsets.UTF_8))
							.isEqualTo(new String(first, StandardCharsets.UTF_8));
					}
					first = content;
				}
			}
		}
		// nothing here changes data: the paths do not take POST
		this.mvc.perform(post("/api/v1/meetings/compliance").with(TestUsers.admin()).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
	}

	// ---------------------------------------------------------------- indicators

	@Test
	void theDemoMeasures13And15AreMeasuredLiveFromMeetings() throws Exception {
		long roadmapId = demoRoadmap();
		List<Map<String, Object>> indicators = JsonPath.read(body(get("/api/v1/roadmaps/{id}/indicators", roadmapId)),
				"$");
		Map<String, Object> plans = indicators.stream()
			.filter(i -> "1.3".equals(i.get("measureCode"))
					&& "Муниципальные образования, согласовавшие план встреч на год".equals(i.get("name")))
			.findFirst()
			.orElseThrow();
		assertThat(plans.get("unit")).isEqualTo("муниципальных образований");
		assertThat(((Number) plans.get("target")).intValue()).isEqualTo(18);
		assertThat(plans.get("computed")).isEqualTo(true);
		// 1.3 keeps its document indicator first, as entered
		List<Map<String, Object>> of13 = indicators.stream().filter(i -> "1.3".equals(i.get("measureCode"))).toList();
		assertThat(of13).hasSize(2);
		assertThat(of13.get(0).get("computed")).isEqualTo(false);
		assertThat(new BigDecimal(of13.get(0).get("actual").toString())).isEqualByComparingTo(BigDecimal.ONE);
		Map<String, Object> quarterly = indicators.stream()
			.filter(i -> "1.5".equals(i.get("measureCode")))
			.findFirst()
			.orElseThrow();
		assertThat(quarterly.get("unit")).isEqualTo("%");
		assertThat(quarterly.get("computed")).isEqualTo(true);
		assertThat(((Number) quarterly.get("target")).intValue()).isEqualTo(100);

		this.roadmap.refreshIndicators();
		indicators = JsonPath.read(body(get("/api/v1/roadmaps/{id}/indicators", roadmapId)), "$");
		int agreed = this.compliance.matrix(thisYear()).plansAgreed();
		assertThat(compute(MeetingIndicatorProviders.PLANS_AGREED)).isEqualByComparingTo(BigDecimal.valueOf(agreed));
		assertThat(indicators.stream()
			.filter(i -> "Муниципальные образования, согласовавшие план встреч на год".equals(i.get("name")))
			.map(i -> new BigDecimal(i.get("actual").toString()))
			.findFirst()
			.orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(agreed));
		// in the demo four municipalities have only a draft for 2026
		if (thisYear() == 2026) {
			assertThat(agreed).isEqualTo(active().size() - 4);
		}
	}

	@Test
	void decisionsOnTimeAreTheShareOfThisYearsDueDecisionsDoneByTheirDate() {
		DecisionsDue counts = this.decisions.due(thisYear());
		BigDecimal value = compute(MeetingIndicatorProviders.DECISIONS_ON_TIME);
		if (counts.due() == 0) {
			assertThat(value).isNull();
		}
		else {
			assertThat(value).isEqualByComparingTo(
					BigDecimal.valueOf(counts.doneOnTime() * 100.0 / counts.due()).setScale(1, RoundingMode.HALF_UP));
			assertThat(value).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
		}
	}

	@Test
	void closingAMeetingOfAQuarterThatIsOverMakesItsCellHeldAndMovesThe15Indicators() throws Exception {
		LocalDate day = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(2);
		int year = day.getYear();
		int quarter = (day.getMonthValue() - 1) / 3 + 1;
		LocalDate afterQuarter = new Quarter(year, quarter).lastDay().plusDays(10);

		// the clock after the quarter: a municipality held every earlier quarter of the
		// year, but not this one
		this.clock.set(afterQuarter.atTime(12, 0).atZone(MOSCOW).toInstant());
		long vyborg = municipality("Выборгский район");
		MeetingCompliance.Row chosen = this.compliance.matrix(year)
			.rows()
			.stream()
			.filter(r -> r.municipalityId() != vyborg)
			.filter(r -> r.quarters()
				.stream()
				.filter(c -> c.quarter() < quarter)
				.allMatch(c -> c.status() == QuarterStatus.HELD))
			.filter(r -> r.quarters().get(quarter - 1).status() == QuarterStatus.MISSED)
			.reduce((a, b) -> b)
			.orElseThrow();
		long municipality = chosen.municipalityId();
		this.clock.reset();

		// the officer plans the meeting two days ahead, it takes place, attendance and
		// minutes are recorded
		RequestPostProcessor officer = TestUsers.municipalOfficerOf(municipality);
		MvcResult planned = this.mvc
			.perform(post("/meetings").with(officer)
				.with(csrf())
				.param("municipalityId", String.valueOf(municipality))
				.param("type", "WORKING")
				.param("title", "Рабочая встреча по итогам квартала")
				.param("date", day.toString())
				.param("startTime", "15:00")
				.param("endTime", "17:00")
				.param("place", "Зал заседаний администрации")
				.param("agenda", "Итоги квартала")
				.param("repeat", "NONE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(planned.getResponse().getRedirectedUrl().substring("/meetings/".length()));
		this.clock.set(day.atTime(18, 0).atZone(MOSCOW).toInstant());
		this.mvc
			.perform(post("/meetings/{id}/attendance", id).param("otherParticipants", "6").with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/meetings/{id}/minutes", id)
				.param("minutes", "Обсудили итоги квартала; решения в протоколе.")
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		// the quarter ends before the minutes are approved: the quarter is missed, the
		// meeting only noted
		this.clock.set(afterQuarter.atTime(12, 0).atZone(MOSCOW).toInstant());
		this.roadmap.refreshIndicators();
		MeetingCompliance.Cell before = cell(year, municipality, quarter);
		assertThat(before.status()).isEqualTo(QuarterStatus.MISSED);
		assertThat(before.heldWithoutMinutes()).isEqualTo(1);
		assertThat(quarterInApi(year, municipality, quarter)).isEqualTo("MISSED");
		MeetingCompliance.QuarterlyHeld held = this.compliance.quarterlyHeld();
		assertThat(held.year()).isEqualTo(year);
		assertThat(held.endedQuarters()).isEqualTo(quarter);
		BigDecimal countBefore = compute(MeetingIndicatorProviders.QUARTERLY_COUNT);
		BigDecimal shareBefore = compute(MeetingIndicatorProviders.QUARTERLY_SHARE);
		BigDecimal storedBefore = stored15();
		assertThat(storedBefore).isEqualByComparingTo(shareBefore);

		this.mvc.perform(post("/meetings/{id}/close", id).with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(cell(year, municipality, quarter).status()).isEqualTo(QuarterStatus.HELD);
		assertThat(quarterInApi(year, municipality, quarter)).isEqualTo("HELD");
		assertThat(compute(MeetingIndicatorProviders.QUARTERLY_COUNT))
			.isEqualByComparingTo(countBefore.add(BigDecimal.ONE));
		BigDecimal shareAfter = compute(MeetingIndicatorProviders.QUARTERLY_SHARE);
		assertThat(shareAfter).isEqualByComparingTo(countBefore.add(BigDecimal.ONE)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(active().size()), 1, RoundingMode.HALF_UP));
		assertThat(shareAfter).isGreaterThan(shareBefore);
		// closing the meeting recomputed the roadmap's stored 1.5 value at once
		assertThat(stored15()).isEqualByComparingTo(shareAfter);
		String page = body(get("/meetings/compliance").param("year", String.valueOf(year)));
		assertThat(page)
			.contains("проведены в " + this.compliance.matrix(year).columns().get(quarter - 1).held() + " из ");
	}

	// ---------------------------------------------------------------- 7.3 and 7.4

	private static final String LOCAL_73 = "Встречи руководителей НКО с главами местных администраций, проведённые в этом году "
			+ "(цель — все встречи, запланированные на год)";

	private static final String REGIONAL_74 = "Встречи руководителей НКО с региональными органами власти, проведённые в этом году "
			+ "(цель — все встречи, запланированные на год)";

	private IndicatorProvider provider(String key) {
		return this.providers.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void measures73And74CountTheYearsLeadersMeetingsHeldWithMinutesAgainstAllNotCancelled() throws Exception {
		int year = thisYear();
		List<MeetingSummary> ofYear = this.meetings.between(null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		IndicatorContext context = new IndicatorContext(0, 0, "7.3");
		for (var type : List.of(MeetingType.LEADERS_LOCAL, MeetingType.LEADERS_REGIONAL)) {
			String key = type == MeetingType.LEADERS_LOCAL ? MeetingIndicatorProviders.LEADERS_LOCAL
					: MeetingIndicatorProviders.LEADERS_REGIONAL;
			long closed = ofYear.stream().filter(m -> m.type() == type && m.status() == MeetingStatus.CLOSED).count();
			long notCancelled = ofYear.stream()
				.filter(m -> m.type() == type && m.status() != MeetingStatus.CANCELLED)
				.count();
			assertThat(provider(key).computesTarget()).isTrue();
			assertThat(provider(key).compute(context)).isEqualByComparingTo(BigDecimal.valueOf(closed));
			if (notCancelled == 0) {
				assertThat(provider(key).target(context)).isNull();
			}
			else {
				assertThat(provider(key).target(context)).isEqualByComparingTo(BigDecimal.valueOf(notCancelled));
			}
		}
		// the demo of 2026: two meetings with the heads of districts held (March,
		// September), one to come in December;
		// with the region two held (March, June), one to come on 10 December (other tests
		// may plan more)
		LocalDate today = LocalDate.now(this.clock.withZone(MOSCOW));
		if (year == 2026 && today.isBefore(LocalDate.of(2026, 12, 10))) {
			List<MeetingSummary> demo = ofYear.stream()
				.filter(m -> m.title().startsWith("Встреча руководителей НКО с главой администрации")
						|| m.title().contains("Комитет"))
				.toList();
			assertThat(demo.stream().filter(m -> m.type() == MeetingType.LEADERS_LOCAL))
				.extracting(m -> m.status().name())
				.containsExactlyInAnyOrder("CLOSED", "CLOSED", "PLANNED");
			assertThat(demo.stream().filter(m -> m.type() == MeetingType.LEADERS_REGIONAL))
				.extracting(m -> m.status().name())
				.containsExactlyInAnyOrder("CLOSED", "CLOSED", "PLANNED");
		}
		// the demo roadmap stores them on 7.3 and 7.4 as computed indicators whose target
		// is the year's plan
		this.roadmap.refreshIndicators();
		StoredIndicators stored = new StoredIndicators(this.mvc);
		for (String[] indicator : new String[][] { { "7.3", LOCAL_73, MeetingIndicatorProviders.LEADERS_LOCAL },
				{ "7.4", REGIONAL_74, MeetingIndicatorProviders.LEADERS_REGIONAL } }) {
			Map<String, Object> json = stored.of(indicator[0], indicator[1]);
			assertThat(json.get("computed")).isEqualTo(true);
			assertThat(json.get("unit")).isEqualTo("встреч");
			BigDecimal held = provider(indicator[2]).compute(context);
			BigDecimal target = provider(indicator[2]).target(context);
			assertThat(stored.actual(indicator[0], indicator[1])).isEqualByComparingTo(held);
			// the measure page says it in words, in the form each number asks for
			String page = body(
					get("/measures/{id}", this.roadmap.measureId(demoRoadmap(), indicator[0]).orElseThrow()));
			assertThat(page)
				.contains("Факт: " + this.russian.quantity(held, "indicator." + indicator[2] + ".unit") + "</span>")
				.doesNotContain(indicator[2]);
			if (target != null) {
				assertThat(new BigDecimal(json.get("target").toString())).isEqualByComparingTo(target);
				assertThat(page).contains(
						"не менее " + this.russian.quantity(target, "indicator." + indicator[2] + ".unit") + "</span>");
			}
		}
	}

	@Test
	void closingALeadersMeetingMovesThe73IndicatorAtOnceAndPlanningOneRaisesItsTarget() throws Exception {
		LocalDate day = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(1);
		long kirishi = municipality("Киришский муниципальный район");
		RequestPostProcessor officer = TestUsers.municipalOfficerOf(kirishi);
		StoredIndicators stored = new StoredIndicators(this.mvc);
		this.roadmap.refreshIndicators();
		BigDecimal heldBefore = stored.actual("7.3", LOCAL_73);
		Object targetBefore = stored.of("7.3", LOCAL_73).get("target");
		int plannedBefore = targetBefore == null ? 0 : new BigDecimal(targetBefore.toString()).intValue();

		MvcResult planned = this.mvc
			.perform(post("/meetings").with(officer)
				.with(csrf())
				.param("municipalityId", String.valueOf(kirishi))
				.param("type", "LEADERS_LOCAL")
				.param("title", "Встреча руководителей НКО с главой Киришского района")
				.param("date", day.toString())
				.param("startTime", "15:00")
				.param("endTime", "17:00")
				.param("place", "Кабинет главы администрации")
				.param("agenda", "Меры поддержки НКО")
				.param("repeat", "NONE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(planned.getResponse().getRedirectedUrl().substring("/meetings/".length()));
		// planning tells the roadmap through compliance: the stored target rose without
		// any refresh
		assertThat(new BigDecimal(stored.of("7.3", LOCAL_73).get("target").toString()))
			.isEqualByComparingTo(BigDecimal.valueOf(plannedBefore + 1));
		assertThat(stored.actual("7.3", LOCAL_73)).isEqualByComparingTo(heldBefore);

		this.clock.set(day.atTime(18, 0).atZone(MOSCOW).toInstant());
		this.mvc
			.perform(post("/meetings/{id}/attendance", id).param("otherParticipants", "4").with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/meetings/{id}/minutes", id)
				.param("minutes", "Руководители НКО обсудили меры поддержки.")
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		// held, but without approved minutes it does not count yet
		assertThat(provider(MeetingIndicatorProviders.LEADERS_LOCAL).compute(new IndicatorContext(0, 0, "7.3")))
			.isEqualByComparingTo(heldBefore);

		this.mvc.perform(post("/meetings/{id}/close", id).with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// closing told the roadmap through compliance: the stored value moved without any
		// refresh
		assertThat(stored.actual("7.3", LOCAL_73)).isEqualByComparingTo(heldBefore.add(BigDecimal.ONE));
		assertThat(new BigDecimal(stored.of("7.3", LOCAL_73).get("target").toString()))
			.isEqualByComparingTo(BigDecimal.valueOf(plannedBefore + 1));
	}

	@Test
	void cancellingALeadersMeetingLowersThe73TargetAndAgreeingAPlanMoves13AtOnce() throws Exception {
		LocalDate day = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(3);
		long luga = municipality("Лужский муниципальный район");
		RequestPostProcessor officer = TestUsers.municipalOfficerOf(luga);
		StoredIndicators stored = new StoredIndicators(this.mvc);
		this.roadmap.refreshIndicators();
		MvcResult planned = this.mvc
			.perform(post("/meetings").with(officer)
				.with(csrf())
				.param("municipalityId", String.valueOf(luga))
				.param("type", "LEADERS_LOCAL")
				.param("title", "Встреча руководителей НКО с главой Лужского района")
				.param("date", day.toString())
				.param("startTime", "11:00")
				.param("endTime", "12:00")
				.param("place", "Администрация")
				.param("repeat", "NONE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(planned.getResponse().getRedirectedUrl().substring("/meetings/".length()));
		BigDecimal target = new BigDecimal(stored.of("7.3", LOCAL_73).get("target").toString());

		this.mvc.perform(
				post("/meetings/{id}/cancel", id).param("reason", "Глава в командировке").with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Object after = stored.of("7.3", LOCAL_73).get("target");
		assertThat(after == null ? BigDecimal.ZERO : new BigDecimal(after.toString()))
			.isEqualByComparingTo(target.subtract(BigDecimal.ONE));

		// 1.3: a plan agreed counts at once (in a year of its own, so that the demo's
		// agreed plans stay as they are)
		LocalDate later = LocalDate.of(2031, 6, 1);
		this.clock.set(later.atTime(12, 0).atZone(MOSCOW).toInstant());
		try {
			this.roadmap.refreshIndicators();
			String name = "Муниципальные образования, согласовавшие план встреч на год";
			BigDecimal agreedBefore = stored.actual("1.3", name);
			this.mvc
				.perform(multipart("/municipalities/{id}/meetings/plan", luga).param("year", "2031")
					.param("agreedOn", later.toString())
					.param("agreedWith", "Совет НКО района")
					.with(officer)
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(stored.actual("1.3", name)).isEqualByComparingTo(agreedBefore.add(BigDecimal.ONE));
		}
		finally {
			this.clock.reset();
			this.roadmap.refreshIndicators();
		}
	}

	private MeetingCompliance.Cell cell(int year, long municipality, int quarter) {
		return this.compliance.matrix(year)
			.rows()
			.stream()
			.filter(r -> r.municipalityId() == municipality)
			.findFirst()
			.orElseThrow()
			.quarters()
			.get(quarter - 1);
	}

	private String quarterInApi(int year, long municipality, int quarter) throws Exception {
		List<String> values = JsonPath.read(
				body(get("/api/v1/meetings/compliance").param("year", String.valueOf(year))),
				"$[?(@.municipalityId == " + municipality + ")].quarters." + quarter);
		return values.get(0);
	}

	private BigDecimal stored15() throws Exception {
		List<Map<String, Object>> indicators = JsonPath
			.read(body(get("/api/v1/roadmaps/{id}/indicators", demoRoadmap())), "$");
		Object actual = indicators.stream()
			.filter(i -> "1.5".equals(i.get("measureCode")))
			.findFirst()
			.orElseThrow()
			.get("actual");
		return new BigDecimal(actual.toString());
	}

}

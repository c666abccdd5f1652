package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.nko.platform.roadmapimport.RoadmapImportManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestIndicatorProviders;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Indicators as people read them: numbers with their unit in the right Russian form, a
 * missing target said in words without an empty progress bar, and no provider key, enum
 * or setting name on the roadmap's pages.
 */
@PlatformTest
class IndicatorPagesTests {

	private static final String TABLE = "№\tНаименование мероприятия\tОжидаемый результат\tСрок исполнения\tИсполнитель\n"
			+ "1.\tРаздел\t\t\t\n"
			+ "1.1\tПервое\tПлан первого\t2024 год\tКомитет общественных коммуникаций Ленинградской области\n";

	/** Words that are code, not Russian: provider keys, the direction's enum names. */
	private static final List<String> CODE_WORDS = List.of("interaction.", "openness.applicants", "roadmap.measures.",
			"test.settable", "AT_LEAST", "AT_MOST");

	@Autowired
	MockMvc mvc;

	@Autowired
	RoadmapManagement roadmaps;

	@Autowired
	RoadmapImportManagement imports;

	@Autowired
	IndicatorService service;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	RoadmapQueries queries;

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The card of one indicator on the measure page. */
	private String card(long measureId, long indicatorId) throws Exception {
		String page = html(get("/measures/{id}", measureId));
		int start = page.indexOf("id=\"indicator-" + indicatorId + "\"");
		assertThat(start).as("the indicator's card on the measure page").isPositive();
		int end = page.indexOf("class=\"card mb-3\"", start);
		return page.substring(start, end < 0 ? page.indexOf("id=\"history\"", start) : end);
	}

	private long measure() {
		long roadmap = SystemAuthentication.call(() -> this.imports.importRoadmap("t.txt",
				TABLE.getBytes(StandardCharsets.UTF_8), "Область слов " + UUID.randomUUID()));
		return this.roadmaps.measureId(roadmap, "1.1").orElseThrow();
	}

	private long computed(long measureId, String name, BigDecimal target) {
		long id = SystemAuthentication
			.call(() -> this.service.create(measureId, name, "шт.", target, Indicator.Direction.AT_LEAST));
		SystemAuthentication.run(() -> this.service.attach(id, "test.settable"));
		return id;
	}

	@Test
	void theMeasurePageWritesEachValueWithItsUnitInTheRightForm() throws Exception {
		long measure = measure();
		long indicator = computed(measure, "Встречи с руководителями НКО", new BigDecimal("12"));
		String[][] cases = { { "1", "1 встреча" }, { "3", "3 встречи" }, { "5", "5 встреч" }, { "21", "21 встреча" },
				{ "22", "22 встречи" }, { "11", "11 встреч" }, { "2.5", "2,5 встречи" } };
		for (String[] example : cases) {
			TestIndicatorProviders.VALUE.set(new BigDecimal(example[0]));
			this.service.refresh(Set.of("test.settable"));
			String card = card(measure, indicator);
			// the provider's unit, not the unit typed when the indicator was made ("шт.")
			assertThat(card).as(example[0])
				.contains("Факт: " + example[1] + "</span>")
				.contains("не менее 12 встреч</span>")
				.doesNotContain("шт.");
		}
		assertThat(card(measure, indicator)).contains("role=\"progressbar\"");
	}

	@Test
	void anIndicatorWithoutATargetSaysSoAndShowsNoProgressBar() throws Exception {
		long measure = measure();
		long indicator = computed(measure, "Встречи без цели", null);
		TestIndicatorProviders.VALUE.set(new BigDecimal("4"));
		this.service.refresh(Set.of("test.settable"));

		String card = card(measure, indicator);
		assertThat(card).contains("Цель не задана", "Факт: 4 встречи")
			.doesNotContain("progressbar")
			.doesNotContain("Цель: ");
		// the dashboard's table says it in words too, never "— проблем"
		assertThat(html(get("/dashboard"))).doesNotContain("— проблем").doesNotContain("— МО");
	}

	@Test
	void anEnteredIndicatorKeepsTheUnitTypedForIt() throws Exception {
		long measure = measure();
		// "План первого" gives a document indicator: target 1 "док."
		long indicator = this.indicators.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(List.of(measure))
			.get(0)
			.getId();
		SystemAuthentication.run(() -> this.service.enter(indicator, BigDecimal.ONE, "Постановление № 1"));
		assertThat(card(measure, indicator)).contains("не менее 1 док.</span>", "Факт: 1 док.</span>");
	}

	@Test
	void theRoadmapsPagesShowWhatIsMeasuredNotTheProvidersKeys() throws Exception {
		// the demo roadmap is the first one imported; other tests import more
		long demo = this.queries.roadmaps().get(0).id();
		for (String code : List.of("1.1", "1.2", "1.5", "2.1", "7.3")) {
			long measure = this.roadmaps.measureId(demo, code).orElseThrow();
			String page = html(get("/measures/{id}", measure));
			assertThat(page).as(code).doesNotContain(CODE_WORDS.toArray(String[]::new));
			assertThat(html(get("/measures/{id}/changes", measure))).as(code + " changes")
				.doesNotContain(CODE_WORDS.toArray(String[]::new));
		}
		assertThat(html(get("/measures/{id}", this.roadmaps.measureId(demo, "1.1").orElseThrow()))).contains(
				"вычислен автоматически («Проблемы НКО, зарегистрированные в муниципальных образованиях (кроме отклонённых)»)");
		// the attachment in the history reads as what the source measures
		assertThat(html(get("/measures/{id}/changes", this.roadmaps.measureId(demo, "2.1").orElseThrow()))).contains(
				"Доля НКО-заявителей на поддержку, соответствующих основным требованиям информационной открытости");
		assertThat(html(get("/dashboard"))).doesNotContain(CODE_WORDS.toArray(String[]::new));
		assertThat(html(get("/roadmaps/{id}", demo))).doesNotContain(CODE_WORDS.toArray(String[]::new));

		// the administrator's catalogue names the key only as the identifier for
		// integrations
		String admin = html(get("/admin/indicators").with(TestUsers.admin()));
		assertThat(admin).contains("Идентификатор для интеграций",
				"<code class=\"provider-key\">interaction.problems.registered</code>");
		String shown = admin.replaceAll("<code class=\"provider-key\">[^<]*</code>", "")
			.replaceAll("value=\"[^\"]*\"", "");
		assertThat(shown).doesNotContain(CODE_WORDS.toArray(String[]::new));
	}

}

package ru.nko.platform.openness;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's openness pages: the overview with drill-down, and the checklist
 * with its history.
 */
@PlatformTest
class OpennessAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CriterionRepository criteria;

	@Autowired
	DirectoryManagement directory;

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void onlyAdministratorsSeeThem() throws Exception {
		for (String path : new String[] { "/admin/openness", "/admin/openness/criteria" }) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(path).with(TestUsers.expert())).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(TestUsers.representativeOf(1))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theOverviewShowsEveryMunicipalityAndDrillsDownToOrganisations() throws Exception {
		String overview = page("/admin/openness");
		assertThat(overview).contains("Всеволожский муниципальный район", "Сосновоборский городской округ",
				"Всего организаций:");
		long vsevolozhsky = this.directory.municipalityByName("Всеволожский муниципальный район").orElseThrow().id();
		assertThat(page("/admin/openness?municipality=" + vsevolozhsky))
			.contains("Открытость организаций: Всеволожский муниципальный район");
		assertThat(page("/admin/openness?area=CULTURE")).contains("Культура и искусство");
	}

	@Test
	void aCriterionIsEditedWithHistoryAndBadInputChangesNothing() throws Exception {
		Criterion head = this.criteria.findAll()
			.stream()
			.filter(c -> c.getCode().equals("HEAD"))
			.findFirst()
			.orElseThrow();
		int weight = head.getWeight();

		String refused = this.mvc
			.perform(post("/admin/openness/criteria").with(TestUsers.admin())
				.with(csrf())
				.param("id", String.valueOf(head.getId()))
				.param("name", "")
				.param("explanation", head.getExplanation())
				.param("weight", "500")
				.param("check", "FIELD_FILLED:HEAD_NAME")
				.param("active", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Укажите название критерия", "Вес — целое число от 0 до 100");
		assertThat(this.criteria.findById(head.getId()).orElseThrow().getWeight()).isEqualTo(weight);

		this.mvc
			.perform(post("/admin/openness/criteria").with(TestUsers.admin())
				.with(csrf())
				.param("id", String.valueOf(head.getId()))
				.param("name", head.getName())
				.param("explanation", head.getExplanation())
				.param("weight", String.valueOf(weight + 1))
				.param("check", "FIELD_FILLED:HEAD_NAME")
				.param("required", "true")
				.param("active", "true")
				.param("position", "2"))
			.andExpect(redirectedUrl("/admin/openness/criteria"));
		assertThat(this.criteria.findById(head.getId()).orElseThrow().getWeight()).isEqualTo(weight + 1);
		assertThat(page("/admin/openness/criteria/" + head.getId() + "/history")).contains("Вес",
				String.valueOf(weight + 1));
	}

	@Test
	void aNameOrExplanationLongerThanItsColumnIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		String code = "LONG_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		String refused = this.mvc
			.perform(post("/admin/openness/criteria").with(TestUsers.admin())
				.with(csrf())
				.param("code", code)
				.param("name", "Проверочный критерий ".repeat(15))
				.param("explanation", "Опубликуйте отчёт. ".repeat(106))
				.param("weight", "5")
				.param("check", "FIELD_FILLED:ADDRESS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("«Название»: не длиннее 300 знаков, сейчас 314",
				"«Что сделать организации»: не длиннее 2000 знаков, сейчас 2013");
		assertThat(this.criteria.findAll().stream().map(Criterion::getCode)).doesNotContain(code);
	}

	@Test
	void aNewCriterionNeedsAUniqueCode() throws Exception {
		String code = "TEST_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		this.mvc
			.perform(post("/admin/openness/criteria").with(TestUsers.admin())
				.with(csrf())
				.param("code", code)
				.param("name", "Проверочный")
				.param("explanation", "Сделайте что-нибудь")
				.param("weight", "0")
				.param("check", "FIELD_FILLED:ADDRESS")
				.param("active", "false"))
			.andExpect(redirectedUrl("/admin/openness/criteria"));
		String again = this.mvc
			.perform(post("/admin/openness/criteria").with(TestUsers.admin())
				.with(csrf())
				.param("code", code)
				.param("name", "Проверочный")
				.param("explanation", "Сделайте что-нибудь")
				.param("weight", "0")
				.param("check", "FIELD_FILLED:ADDRESS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("уже есть");
		assertThat(this.criteria.findAll()
			.stream()
			.filter(c -> c.getCode().equals(code))
			.findFirst()
			.orElseThrow()
			.isActive()).isFalse();
	}

}

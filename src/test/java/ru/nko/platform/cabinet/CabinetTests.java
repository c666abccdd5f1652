package ru.nko.platform.cabinet;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.problems.ProblemFixtures;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * «Мой кабинет»: each person's tasks from the modules' data, on the page, in the header
 * and over the API; doing the work makes the task disappear.
 */
@PlatformTest
class CabinetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProblemFixtures problems;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	Clock clock;

	long municipality(String name) {
		return this.directory.municipalities()
			.stream()
			.filter(m -> m.name().equals(name))
			.map(MunicipalityRef::id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * An officer of one municipality, with a login of their own (the header count is per
	 * login).
	 */
	static RequestPostProcessor officer(long municipalityId) {
		return TestUsers.as(TestUsers.user(910_000 + municipalityId, "cabinet-officer-" + UUID.randomUUID(),
				Grant.of(Role.MUNICIPAL_OFFICER, municipalityId)));
	}

	@Test
	void guestsAreSentToSignInAndTheApiAnswers401() throws Exception {
		this.mvc.perform(get("/cabinet")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/me/tasks"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("Войдите")));
	}

	@Test
	void aPersonWithoutWorkIsToldSo() throws Exception {
		String page = html(get("/cabinet").with(TestUsers.expert()));
		assertThat(page).contains("<h1 class=\"h2\">Мой кабинет</h1>", "Сейчас у вас нет задач");
		assertThat(json(get("/api/v1/me/tasks").with(TestUsers.expert()))).isEqualTo("[]");
	}

	@Test
	void anOfficerChecksANewProblemFromTheCabinetAndTheTaskDisappears() throws Exception {
		long lodeynoye = municipality("Лодейнопольский муниципальный район");
		long tosno = municipality("Тосненский муниципальный район");
		String title = "Нет помещения для кружка " + UUID.randomUUID().toString().substring(0, 8);
		long id = this.problems.recordAsOf(lodeynoye, null, "PREMISES", title, "Подробности проблемы", "Тест",
				this.clock.instant().minus(Duration.ofDays(10)));
		RequestPostProcessor officer = officer(lodeynoye);

		List<Map<String, Object>> tasks = JsonPath.read(json(get("/api/v1/me/tasks").with(officer)),
				"$[?(@.url == '/problems/" + id + "')]");
		assertThat(tasks).singleElement().satisfies(task -> {
			assertThat(task).containsEntry("kind", "problems.moderate").containsEntry("overdue", true);
			assertThat((String) task.get("title")).isEqualTo("Проверьте новую проблему «" + title + "»");
			assertThat((String) task.get("dueDate")).matches("\\d{4}-\\d{2}-\\d{2}");
		});
		String cabinet = html(get("/cabinet").with(officer));
		assertThat(cabinet).contains("Просрочено (", "Проблемы НКО", title, "href=\"/problems/" + id + "\"",
				"просрочено");
		int before = headerCount(cabinet);
		assertThat(before).isPositive();

		// the officer of another municipality has no such task
		assertThat(json(get("/api/v1/me/tasks").with(officer(tosno)))).doesNotContain("/problems/" + id + "\"");

		// accepting the problem is the work: the task goes, and the header counts one
		// fewer
		this.mvc.perform(post("/problems/{id}/accept", id).param("category", "PREMISES").with(officer).with(csrf()))
			.andExpect(redirectedUrl("/problems/" + id));
		String after = html(get("/cabinet").with(officer));
		assertThat(after).doesNotContain(title);
		assertThat(headerCount(after)).isEqualTo(before - 1);
		assertThat(json(get("/api/v1/me/tasks").with(officer))).doesNotContain("/problems/" + id + "\"");
	}

	@Test
	void aRepresentativeFollowsTheirProblemUntilItIsSettled() throws Exception {
		long lodeynoye = municipality("Лодейнопольский муниципальный район");
		long organization = this.directory.organizations()
			.stream()
			.filter(o -> o.municipalityId() != null && o.municipalityId() == lodeynoye)
			.findFirst()
			.orElseThrow()
			.id();
		String title = "Нужен автобус на фестиваль " + UUID.randomUUID().toString().substring(0, 8);
		long id = this.problems.recordAsOf(lodeynoye, organization, "PREMISES", title, "Подробности", "Тест",
				this.clock.instant());

		List<Map<String, Object>> tasks = JsonPath.read(
				json(get("/api/v1/me/tasks").with(TestUsers.representativeOf(organization))),
				"$[?(@.url == '/problems/" + id + "')]");
		assertThat(tasks).singleElement()
			.satisfies(task -> assertThat(task).containsEntry("kind", "problems.follow")
				.containsEntry("title", "Ваша проблема «" + title + "»: Новая"));
	}

	private static int headerCount(String page) {
		String count = page.replaceAll("(?s).*Мой кабинет</span><span[^>]*class=\"badge[^\"]*\">(\\d+)</span>.*", "$1");
		return count.matches("\\d+") ? Integer.parseInt(count) : 0;
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String json(MockHttpServletRequestBuilder request) throws Exception {
		return html(request);
	}

}

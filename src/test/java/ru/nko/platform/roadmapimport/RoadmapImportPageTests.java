package ru.nko.platform.roadmapimport;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.nko.platform.shared.imports.StagedUploads;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's roadmap import page: what the preview warns about before anything
 * is saved, and the import running in the background with its progress to the roadmap.
 */
@PlatformTest
class RoadmapImportPageTests {

	@Autowired
	MockMvc mvc;

	private static MockMultipartFile table() {
		String text = "План мероприятий проверки формул\n"
				+ "№\tНаименование мероприятия\tОжидаемый результат\tСрок исполнения\tИсполнитель\n"
				+ "1.\tРаздел проверки\t\t\t\n"
				+ "1.1.\tСеминар для НКО\t=HYPERLINK(\"http://evil.example\";\"отчёт\")\tдо 31 декабря 2030 г.\tКомитет по проверке формул\n";
		return new MockMultipartFile("file", "формулы.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aFormulaLikeCellIsAWarningWithLineColumnAndReasonInThePreview() throws Exception {
		String region = "Проверка формул " + UUID.randomUUID();
		String page = this.mvc
			.perform(multipart("/admin/roadmaps/import").file(table())
				.param("region", region)
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("строка 4", "столбец 3", "похожа на формулу");
		assertThat(page).contains("name=\"token\"");

		String json = this.mvc
			.perform(multipart("/api/v1/roadmaps/import").file(table())
				.param("dryRun", "true")
				.param("region", region)
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(json, "$.warnings[0].line")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(json, "$.warnings[0].column")).isEqualTo(3);
	}

	@Test
	void theAdministratorConfirmsAndFollowsTheBackgroundImportToTheRoadmap() throws Exception {
		String region = "Фоновая загрузка " + UUID.randomUUID();
		String page = this.mvc
			.perform(multipart("/admin/roadmaps/import").file(table())
				.param("region", region)
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

		String job = this.mvc
			.perform(post("/admin/roadmaps/import/confirm").param("token", token)
				.param("fileName", "формулы.txt")
				.param("region", region)
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(job).startsWith("/admin/roadmaps/import/jobs/");

		String progress = "";
		for (int i = 0; i < 100 && !progress.contains("Дорожная карта загружена"); i++) {
			Thread.sleep(100);
			progress = html(get(job + "/progress").with(TestUsers.admin()));
		}
		assertThat(progress).contains("Дорожная карта загружена: 1 мероприятие", "Открыть дорожную карту")
			.doesNotContain("<html");
		assertThat(html(get(job).with(TestUsers.admin()))).contains("<h1>Загрузка дорожной карты</h1>",
				"href=\"/roadmaps/");
		// a job is its starter's: an expert may not look, a made-up one is not found
		this.mvc.perform(get(job).with(TestUsers.expert())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/roadmaps/import/jobs/" + UUID.randomUUID()).with(TestUsers.admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleTokenAsksForTheFileAgainAndStartsNothing() throws Exception {
		String page = html(post("/admin/roadmaps/import/confirm").param("token", UUID.randomUUID().toString())
			.param("fileName", "формулы.txt")
			.param("region", "Где-то")
			.with(TestUsers.admin())
			.with(csrf()));
		assertThat(page).contains(StagedUploads.STALE);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}

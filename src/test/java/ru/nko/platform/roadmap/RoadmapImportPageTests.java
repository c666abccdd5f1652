package ru.nko.platform.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's roadmap import page: what the preview warns about before anything
 * is saved.
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

}

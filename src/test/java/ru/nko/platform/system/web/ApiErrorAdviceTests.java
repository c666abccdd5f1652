package ru.nko.platform.system.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import ru.nko.platform.shared.files.UploadLimits;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Refusals met inside a REST controller, with a controller of its own that takes any JSON
 * body.
 */
class ApiErrorAdviceTests {

	/** Takes a JSON object and gives it back. */
	@RestController
	static class EchoApi {

		@PostMapping("/api/v1/echo")
		Map<String, Object> echo(@RequestBody Map<String, Object> body) {
			return body;
		}

	}

	private final MockMvc mvc;

	ApiErrorAdviceTests() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/system");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ApiProblems problems = new ApiProblems(messages, new JsonMapper(),
				new UploadLimits(DataSize.ofMegabytes(25), List.of(), DataSize.ofMegabytes(200)));
		this.mvc = MockMvcBuilders.standaloneSetup(new EchoApi())
			.setControllerAdvice(new ApiErrorAdvice(null, problems))
			.build();
	}

	@Test
	void malformedJsonIsA400ProblemInRussianNotAnInternalError() throws Exception {
		this.mvc.perform(post("/api/v1/echo").contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Неверный запрос"))
			.andExpect(jsonPath("$.detail").value(containsString("правильный JSON")));
	}

	@Test
	void aBodyInAFormatNoConverterReadsIsA415ProblemInRussian() throws Exception {
		this.mvc.perform(post("/api/v1/echo").contentType(MediaType.TEXT_PLAIN).content("текст"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Content-Type")));
	}

}

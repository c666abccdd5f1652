package ru.nko.platform.system.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.PlatformTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class AccessibilityControllerTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "/dashboard, /dashboard", "//evil.example, /", "https://evil.example, /", "'/\\evil.example', /",
			"'/{x}', '/{x}'" })
	void switchesTheLowVisionVersionAndGoesBackOnlyToALocalPage(String back, String location) throws Exception {
		this.mvc.perform(get("/accessibility/low-vision").param("mode", "on").param("back", back))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", location))
			.andExpect(cookie().value("nko-low-vision", "on"));
	}

}

package ru.nko.platform.scale;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The benchmark's baseline page follows TechEmpower's Fortunes rules: every row of the
 * table plus one added at request time, sorted by message, escaped; open to guests; never
 * in {@code prod}.
 */
@PlatformTest
class FortunesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thirteenFortunesSortedAndEscapedForAGuest() throws Exception {
		String page = this.mvc.perform(get("/fortunes"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Matcher rows = Pattern.compile("<tr><td>(\\d+)</td><td>([^<]*)</td></tr>").matcher(page);
		StringBuilder ids = new StringBuilder();
		while (rows.find()) {
			ids.append(rows.group(1)).append(' ');
		}
		assertThat(ids.toString().strip()).isEqualTo("11 4 5 2 8 0 3 7 10 6 9 1 12");
		assertThat(page).contains("&lt;script&gt;alert(&quot;This should not be displayed")
			.doesNotContain("<script>")
			.contains("フレームワークのベンチマーク");
	}

	@Test
	void neverInProduction() {
		assertThat(FortunesController.class.getAnnotation(Profile.class).value()).containsExactly("demo | scale");
	}

}

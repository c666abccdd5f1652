package ru.nko.platform.openness;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The region-wide openness pages run a fixed number of queries for hundreds of
 * organisations; the roadmap measures 2.1 and 2.2 live.
 */
@PlatformTest
class OpennessQueryCountTests {

	@Autowired
	MockMvc mvc;

	private long queries(String path) throws Exception {
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		return QueryCounting.count();
	}

	@Test
	void overviewDrillDownCriteriaAndClaimsRunFewQueries() throws Exception {
		assertThat(queries("/admin/openness")).isPositive().isLessThanOrEqualTo(8);
		assertThat(queries("/admin/openness?area=CULTURE")).isPositive().isLessThanOrEqualTo(8);
		assertThat(queries("/admin/openness/criteria")).isPositive().isLessThanOrEqualTo(4);
		assertThat(queries("/admin/claims")).isPositive().isLessThanOrEqualTo(5);
	}

	@Test
	void theDemoRoadmapShowsComputedValuesFor21And22() throws Exception {
		String roadmaps = this.mvc.perform(get("/api/v1/roadmaps"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Integer id = JsonPath.read(roadmaps, "$[0].id");
		String json = this.mvc.perform(get("/api/v1/roadmaps/{id}/indicators", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<Boolean>) JsonPath.read(json, "$[?(@.measureCode == '2.1')].computed")).containsExactly(true);
		assertThat((List<Boolean>) JsonPath.read(json, "$[?(@.measureCode == '2.2')].computed")).containsExactly(true);
		assertThat((List<Object>) JsonPath.read(json, "$[?(@.measureCode == '2.2')].actual")).doesNotContainNull();
	}

}

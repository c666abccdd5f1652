package ru.nko.platform.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.roadmapimport.RoadmapImportManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roadmap's list pages run a fixed number of queries, whatever the number of measures
 * (no N+1).
 */
@PlatformTest
class RoadmapQueryCountTests {

	private static final String SMALL = "№\tНаименование мероприятия\tОжидаемый результат\tСрок исполнения\tИсполнитель\n"
			+ "1.\tРаздел\t\t\t\n"
			+ "1.1\tПервое\tПлан\t2024 год\tКомитет общественных коммуникаций Ленинградской области\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	RoadmapManagement roadmaps;

	@Autowired
	RoadmapImportManagement imports;

	@Autowired
	RoadmapRepository roadmapRepository;

	private long queries(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		return QueryCounting.count();
	}

	@Test
	void roadmapPageDashboardAndApiRunAsManyQueriesForOneMeasureAsForTwentyNine() throws Exception {
		long large = this.roadmapRepository.findAllByOrderByIdAsc().get(0).getId();
		long small = SystemAuthentication.call(() -> this.imports.importRoadmap("small.txt",
				SMALL.getBytes(StandardCharsets.UTF_8), "Малая область " + UUID.randomUUID()));

		for (String path : new String[] { "/roadmaps/%d", "/dashboard?roadmap=%d", "/api/v1/roadmaps/%d",
				"/roadmaps/%d/export.xlsx" }) {
			long many = queries(path.formatted(large));
			long one = queries(path.formatted(small));
			assertThat(many).as(path + " with 29 measures").isPositive().isEqualTo(one).isLessThanOrEqualTo(12);
		}
	}

	@Test
	void measurePageRunsAFixedNumberOfQueries() throws Exception {
		long roadmapId = this.roadmapRepository.findAllByOrderByIdAsc().get(0).getId();
		long measureId = this.roadmaps.measureId(roadmapId, "4.2").orElseThrow();
		assertThat(queries("/measures/" + measureId)).isPositive().isLessThanOrEqualTo(12);
	}

}

package ru.nko.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.scale.BulkInsert;
import ru.nko.platform.system.ListFilters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Problems and meetings past a thousand: the lists say "more than 1 000" and the problems
 * API caps its total and says so; a page past the thousandth row still shows rows. The
 * rows are written in the test's transaction and rolled back.
 */
@PlatformTest
@Transactional
class ListsAtScaleTests {

	static final int MANY = ListFilters.COUNT_CAP + 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryManagement directory;

	@Test
	void problemsAndMeetingsPastAThousandSayMoreThanAThousand() throws Exception {
		BulkInsert bulk = new BulkInsert(this.dataSource);
		long municipality = this.directory.municipalities().get(1).id();
		Instant now = Instant.now();
		Long category = bulk.jdbc().queryForObject("select min(id) from problem_category", Long.class);
		long problem = bulk.nextId("problem");
		bulk.copy("problem",
				"id, municipality_id, category_id, title, description, status, recorded_by, registered_at, version",
				MANY, (i, row) -> row.add(problem + i, municipality, category, "Проблема " + i, "Описание", "ACCEPTED",
						"Тест", now.minusSeconds(i), 0));
		long meeting = bulk.nextId("meeting");
		bulk.copy("meeting", "id, municipality_id, type, title, starts_at, ends_at, place, status, created_by, "
				+ "created_at, version", MANY, (i, row) -> {
					Instant start = now.plus(Duration.ofDays(1 + i));
					row.add(meeting + i, municipality, "WORKING", "Встреча " + i, start,
							start.plus(Duration.ofHours(2)), "Зал", "PLANNED", "Тест", now, 0);
				});

		assertThat(page("/problems?municipality=" + municipality)).contains("Найдено больше 1 000 проблем");
		assertThat(page("/meetings?municipality=" + municipality)).contains("Найдено больше 1 000 встреч");
		String json = page("/api/v1/problems?municipality=" + municipality);
		assertThat(((Number) JsonPath.read(json, "$.total")).longValue()).isEqualTo(ListFilters.COUNT_CAP);
		assertThat((Boolean) JsonPath.read(json, "$.totalCapped")).isTrue();
		// past the thousandth row the pages still show rows
		assertThat(page("/problems?municipality=" + municipality + "&page=52")).contains("Проблема 10");
		assertThat(page("/meetings?municipality=" + municipality + "&page=52")).contains("Встреча 10");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}

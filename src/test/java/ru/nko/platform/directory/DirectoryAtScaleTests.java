package ru.nko.platform.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.scale.BulkInsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A directory bigger than a region: past a thousand organisations found, the page says
 * "more than 1 000" and the API caps its total and says so, instead of counting a country
 * on every page. The organisations are written in the test's transaction and rolled back.
 */
@PlatformTest
@Transactional
class DirectoryAtScaleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Test
	void pastAThousandTheListSaysMoreThanAThousandAndTheApiCapsItsTotal() throws Exception {
		BulkInsert bulk = new BulkInsert(this.dataSource);
		long first = bulk.nextId("organization");
		String word = "Масштаб" + first;
		bulk.copy("organization", "id, name, active, version, registration_date", OrganizationQueries.COUNT_CAP + 5,
				(i, row) -> row.add(first + i, "Фонд «" + word + " " + i + "»", true, 0, LocalDate.of(2020, 1, 1)));

		String page = this.mvc.perform(get("/organizations").param("q", word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Найдено больше 1 000 организаций");

		String json = this.mvc.perform(get("/api/v1/organizations").param("q", word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(((Number) JsonPath.read(json, "$.total")).longValue()).isEqualTo(OrganizationQueries.COUNT_CAP);
		assertThat((Boolean) JsonPath.read(json, "$.totalCapped")).isTrue();

		String few = this.mvc.perform(get("/api/v1/organizations").param("q", "Щукозавр" + first))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((Boolean) JsonPath.read(few, "$.totalCapped")).isFalse();
		assertThat(((Number) JsonPath.read(few, "$.total")).longValue()).isZero();
	}

}

package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's list page and API run a fixed number of queries, whatever the number of
 * organisations found (no N+1).
 */
@PlatformTest
class OrganizationQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	private long queries(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		return QueryCounting.count();
	}

	@Test
	void listPageAndApiRunAsManyQueriesForOneOrganisationAsForTwentyFive() throws Exception {
		String one = OrganizationDirectoryTests.word();
		String many = OrganizationDirectoryTests.word();
		long municipality = this.directory.municipalities().get(0).id();
		this.directory.saveOrganization(OrganizationDirectoryTests.data(one + " единственная", municipality,
				Set.of(ActivityArea.YOUTH, ActivityArea.CULTURE), true, false, true, LocalDate.of(2020, 1, 1), null));
		for (int i = 0; i < 25; i++) {
			this.directory.saveOrganization(OrganizationDirectoryTests.data(many + " " + i, municipality,
					Set.of(ActivityArea.SPORT, ActivityArea.HEALTH), i % 2 == 0, i % 3 == 0, false,
					LocalDate.of(2020, 1, 1), null));
		}

		for (String path : new String[] { "/organizations?q=%s",
				"/organizations?q=%s&sort=NAME&so=true&area=YOUTH&page=1", "/api/v1/organizations?q=%s",
				"/api/v1/organizations?q=%s&size=100" }) {
			long forOne = queries(path.formatted(one));
			long forMany = queries(path.formatted(many).replace("area=YOUTH", "area=SPORT"));
			// the typo threshold, the page's ids, the count (capped), the rows, the
			// openness levels …: a fixed number, at most 7
			assertThat(forMany).as(path + " with 25 organisations")
				.isPositive()
				.isEqualTo(forOne)
				.isLessThanOrEqualTo(7);
		}
	}

	@Test
	void theCardRunsAFixedNumberOfQueries() throws Exception {
		String w = OrganizationDirectoryTests.word();
		long id = this.directory.saveOrganization(OrganizationDirectoryTests.data(w,
				this.directory.municipalities().get(0).id(), Set.of(ActivityArea.YOUTH, ActivityArea.CULTURE), true,
				false, true, LocalDate.of(2020, 1, 1), null))
			.id();
		// the page also asks the openness level (one query, whatever the card holds)
		assertThat(queries("/organizations/" + id)).isPositive().isLessThanOrEqualTo(7);
		assertThat(queries("/api/v1/organizations/" + id)).isPositive().isLessThanOrEqualTo(6);
	}

}

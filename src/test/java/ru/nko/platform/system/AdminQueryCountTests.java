package ru.nko.platform.system;

import java.util.Set;
import java.util.UUID;

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
 * Administration lists page their rows and load grants in batches: adding users does not
 * add queries.
 */
@PlatformTest
class AdminQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	private long queries(String path) throws Exception {
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		return QueryCounting.count();
	}

	@Test
	void usersListRunsTheSameQueriesForTenMoreUsers() throws Exception {
		long before = queries("/admin/users");
		SystemAuthentication.run(() -> {
			for (int i = 0; i < 10; i++) {
				this.users.ensureUser("qc" + UUID.randomUUID().toString().substring(0, 8), "secret-1",
						"Проверка Запросов", Set.of(Grant.of(Role.EXPERT)));
			}
		});
		// the same page of 20 users costs the same queries, give or take one for which
		// collections happen to be loaded already;
		// the names of scopes cost one query per kind of scope on the page
		// (municipalities, bodies, organisations)
		assertThat(queries("/admin/users")).isPositive().isBetween(before - 1, before + 1).isLessThanOrEqualTo(14);
	}

	@Test
	void referenceListsRunAFixedNumberOfQueries() throws Exception {
		assertThat(queries("/admin/municipalities")).isPositive().isLessThanOrEqualTo(6);
		assertThat(queries("/admin/bodies")).isPositive().isLessThanOrEqualTo(6);
		assertThat(queries("/admin/security-log")).isPositive().isLessThanOrEqualTo(6);
	}

}

package ru.nko.platform.system.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import ru.nko.platform.pagecache.GuestPageCache;
import ru.nko.platform.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Guests' pages are answered from the short cache, a person never is, and a saved or
 * rolled-back change empties it at once. The tests' shared context runs without the cache
 * ({@code nko.web.guest-page-cache: 0s}); here one with a minute's life stands in front
 * of the application's own session and security filters, listening to the same
 * transactions.
 */
@PlatformTest
class GuestPageCacheTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter security;

	@Autowired
	FilterRegistrationBean<GuestPageCache> registration;

	@Autowired
	GuestPageCache applicationCache;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	GuestPageCache cache;

	MockMvc mvc;

	@BeforeEach
	void cacheInFront() {
		this.cache = new GuestPageCache(Duration.ofMinutes(1), 8 * 1024 * 1024,
				Set.of(AccessibilityController.COOKIE, AccessibilityController.SETTINGS_COOKIE), List.of("/login"));
		((AbstractPlatformTransactionManager) this.transactions).addListener(this.cache);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).addFilters(this.cache, this.security).build();
	}

	@AfterEach
	void removeCache() {
		((AbstractPlatformTransactionManager) this.transactions).getTransactionExecutionListeners().remove(this.cache);
	}

	@Test
	void theApplicationsCacheStandsBeforeSecurityAndListensToTransactions() {
		assertThat(this.registration.getFilter()).isSameAs(this.applicationCache);
		assertThat(this.registration.getOrder()).isLessThan(-100);
		assertThat(((AbstractPlatformTransactionManager) this.transactions).getTransactionExecutionListeners())
			.contains(this.applicationCache);
	}

	@Test
	void theSessionsBookkeepingIsNotAChangeOfData(@Autowired JdbcIndexedSessionRepository sessions,
			@Autowired @Qualifier("springSessionTransactionOperations") TransactionOperations sessionTransactions)
			throws Exception {
		assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations")).isSameAs(sessionTransactions);
		perform(get("/organizations"));

		sessionTransactions.executeWithoutResult(status -> this.jdbc
			.update("update spring_session set " + "last_access_time = last_access_time where session_id = 'none'"));

		assertThat(perform(get("/organizations")).getHeader(GuestPageCache.HEADER)).isEqualTo("hit");
	}

	@Test
	void aGuestsSecondVisitIsAnsweredFromTheCacheWithTheSameHeaders() throws Exception {
		MockHttpServletResponse first = perform(get("/organizations"));
		MockHttpServletResponse second = perform(get("/organizations"));

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader(GuestPageCache.HEADER)).isNull();
		assertThat(second.getHeader(GuestPageCache.HEADER)).isEqualTo("hit");
		assertThat(second.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
		assertThat(second.getContentType()).isEqualTo(first.getContentType());
		assertThat(second.getHeader("Content-Security-Policy")).isNotBlank()
			.isEqualTo(first.getHeader("Content-Security-Policy"));
		assertThat(second.getHeaders("X-Frame-Options")).hasSize(1);
	}

	@Test
	void theAddressTheQueryAndTheLargePrintVersionAreDifferentPages() throws Exception {
		perform(get("/organizations"));

		assertThat(perform(get("/organizations").queryParam("page", "2")).getHeader(GuestPageCache.HEADER)).isNull();
		MockHttpServletResponse large = perform(
				get("/organizations").cookie(new Cookie(AccessibilityController.COOKIE, "on")));
		assertThat(large.getHeader(GuestPageCache.HEADER)).isNull();
		assertThat(large.getContentAsString(StandardCharsets.UTF_8)).contains("low-vision");
		assertThat(perform(get("/organizations").cookie(new Cookie(AccessibilityController.COOKIE, "on")))
			.getHeader(GuestPageCache.HEADER)).isEqualTo("hit");
	}

	@Test
	void aPersonIsNeverAnsweredFromTheCache() throws Exception {
		perform(get("/organizations"));
		perform(get("/organizations"));

		MockHttpServletResponse signedIn = perform(
				get("/organizations").with(user("admin").roles("REGIONAL_ADMIN")).cookie(new Cookie("SESSION", "abc")));
		assertThat(signedIn.getHeader(GuestPageCache.HEADER)).isNull();
		assertThat(perform(get("/organizations").header("Authorization", "Basic YWRtaW46ZGVtbw=="))
			.getHeader(GuestPageCache.HEADER)).isNull();
		assertThat(perform(get("/organizations").cookie(new Cookie("other", "1"))).getHeader(GuestPageCache.HEADER))
			.isNull();
	}

	@Test
	void errorsAndExcludedAddressesAreNotKept() throws Exception {
		perform(get("/organizations/999999999"));
		MockHttpServletResponse missing = perform(get("/organizations/999999999"));
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getHeader(GuestPageCache.HEADER)).isNull();

		perform(get("/login"));
		assertThat(perform(get("/login")).getHeader(GuestPageCache.HEADER)).isNull();
	}

	@Test
	void aSavedChangeIsSeenAtOnce() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from organization where active", Long.class);
		String name = this.jdbc.queryForObject("select name from organization where id = ?", String.class, id);
		perform(get("/organizations/" + id));
		assertThat(perform(get("/organizations/" + id)).getHeader(GuestPageCache.HEADER)).isEqualTo("hit");
		try {
			new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.jdbc
				.update("update organization set name = ? where id = ?", "Кэш проверен " + name, id));

			MockHttpServletResponse after = perform(get("/organizations/" + id));
			assertThat(after.getHeader(GuestPageCache.HEADER)).isNull();
			assertThat(after.getContentAsString(StandardCharsets.UTF_8)).contains("Кэш проверен");
		}
		finally {
			new TransactionTemplate(this.transactions).executeWithoutResult(
					status -> this.jdbc.update("update organization set name = ? where id = ?", name, id));
		}
	}

	@Test
	void aReadOnlyTransactionKeepsThePagesAndARolledBackWriteEmptiesThem() throws Exception {
		perform(get("/organizations"));
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		readOnly
			.executeWithoutResult(status -> this.jdbc.queryForObject("select count(*) from organization", Long.class));
		assertThat(perform(get("/organizations")).getHeader(GuestPageCache.HEADER)).isEqualTo("hit");

		new TransactionTemplate(this.transactions).executeWithoutResult(status -> status.setRollbackOnly());

		assertThat(this.cache.size()).isZero();
		assertThat(perform(get("/organizations")).getHeader(GuestPageCache.HEADER)).isNull();
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

}

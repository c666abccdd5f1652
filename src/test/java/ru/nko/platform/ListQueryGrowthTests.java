package ru.nko.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.scale.BulkInsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No list page asks more of the database as its data grow: every list page and list API
 * runs the same number of statements (at most ten) before and after a municipality gets
 * fifty more organisations, problems and meetings with their registrations and decisions.
 * The rows are written inside the test's transaction and rolled back, so no other test
 * sees them.
 */
@PlatformTest
@Transactional
class ListQueryGrowthTests {

	/** The most statements a list page may run (issue 12: "at most 10 per page"). */
	static final int BUDGET = 10;

	static final int MORE = 50;

	static final List<String> PUBLIC = List.of("/", "/dashboard", "/organizations", "/organizations?sort=REGISTERED",
			"/organizations?area=YOUTH&so=true", "/problems", "/meetings", "/meetings/compliance", "/interaction",
			"/officials", "/plans", "/api/v1/organizations", "/api/v1/problems", "/api/v1/meetings",
			"/api/v1/meetings/compliance");

	static final List<String> ADMIN = List.of("/cabinet", "/admin", "/admin/claims", "/admin/outbox", "/admin/users",
			"/admin/openness", "/problems");

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryManagement directory;

	@Test
	void everyListRunsTheSameFewStatementsWithFiftyMoreRowsOfEachKind() throws Exception {
		long municipality = this.directory.municipalities().get(0).id();
		BulkInsert bulk = new BulkInsert(this.dataSource);
		// one of each kind first, so that no list of the municipality is empty (an empty
		// page skips reading its rows)
		more(bulk, municipality, 1);
		Map<String, Long> before = counts(municipality);
		long organizations = total("/api/v1/organizations?municipality=" + municipality);
		long problems = total("/api/v1/problems?municipality=" + municipality);

		more(bulk, municipality, MORE);

		assertThat(total("/api/v1/organizations?municipality=" + municipality)).as("the pages see the rows added")
			.isEqualTo(organizations + MORE);
		assertThat(total("/api/v1/problems?municipality=" + municipality)).isEqualTo(problems + MORE);

		Map<String, Long> after = counts(municipality);
		assertThat(after).as("statements a page, before and after fifty more rows of each kind")
			.isEqualTo(before)
			.allSatisfy((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(BUDGET));
	}

	private Map<String, Long> counts(long municipality) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : PUBLIC) {
			counts.put(page, statements(page, null));
			String filtered = page + (page.contains("?") ? "&" : "?") + "municipality=" + municipality;
			if (page.startsWith("/organizations") || page.equals("/problems") || page.equals("/meetings")) {
				counts.put(filtered, statements(filtered, null));
			}
		}
		for (String page : ADMIN) {
			counts.put("admin " + page, statements(page, TestUsers.admin()));
		}
		return counts;
	}

	private long total(String path) throws Exception {
		String json = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(json, "$.total")).longValue();
	}

	private long statements(String path, RequestPostProcessor who) throws Exception {
		this.mvc.perform(who == null ? get(path) : get(path).with(who)).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(who == null ? get(path) : get(path).with(who)).andExpect(status().isOk());
		return QueryCounting.count();
	}

	/**
	 * Organisations of the municipality, each raising a problem, and as many meetings
	 * held there with invitations, registrations, attendance and decisions.
	 */
	private static void more(BulkInsert bulk, long municipality, int count) {
		Instant now = Instant.now();
		long org = bulk.nextId("organization");
		bulk.copy("organization",
				"id, name, short_name, inn, municipality_id, social_oriented, support_participant, "
						+ "website, registration_date, active, version",
				count,
				(i, row) -> row.add(org + i, "Автономная некоммерческая организация «Рост " + i + "»",
						"АНО «Рост " + i + "»", null, municipality, true, true, "https://rost" + i + ".example.ru",
						LocalDate.of(2020, 1, 1), true, 0));
		bulk.copy("organization_activity", "organization_id, area", count, (i, row) -> row.add(org + i, "YOUTH"));
		bulk.copy("organization_social_page", "organization_id, position, network, url", count,
				(i, row) -> row.add(org + i, 0, "VK", "https://vk.com/rost" + i));
		Long category = bulk.jdbc().queryForObject("select min(id) from problem_category", Long.class);
		long problem = bulk.nextId("problem");
		bulk.copy("problem",
				"id, municipality_id, author_organization_id, category_id, title, description, status, "
						+ "recorded_by, registered_at, version",
				count,
				(i, row) -> row.add(problem + i, municipality, org + i, category, "Нет помещения для занятий " + i,
						"Описание проблемы для проверки числа запросов", "ACCEPTED", "Тест", now.minusSeconds(i), 0));
		bulk.copy("problem_step", "problem_id, status, occurred_at, by_name", count,
				(i, row) -> row.add(problem + i, "NEW", now.minusSeconds(i), "Тест"));
		bulk.copy("problem_supporter", "problem_id, organization_id, joined_by, joined_at, version", count - 1,
				(i, row) -> row.add(problem + i, org + i + 1, "Тест", now, 0));
		long meeting = bulk.nextId("meeting");
		bulk.copy("meeting", "id, municipality_id, type, title, starts_at, ends_at, place, status, other_participants, "
				+ "held_at, minutes, minutes_by, minutes_at, closed_at, closed_by, created_by, created_at, version",
				count, (i, row) -> {
					Instant start = now.minus(Duration.ofDays(10 + i * 7L));
					row.add(meeting + i, municipality, "WORKING", "Рабочая встреча " + i, start,
							start.plus(Duration.ofHours(2)), "Зал заседаний", "CLOSED", 2,
							start.plus(Duration.ofHours(2)), "Присутствовали представители администрации и НКО района.",
							"Тест", start, start, "Тест", "Тест", start.minus(Duration.ofDays(20)), 0);
				});
		long invitation = bulk.nextId("meeting_invitation");
		bulk.copy("meeting_invitation", "id, meeting_id, organization_id, invited_at, invited_by", count,
				(i, row) -> row.add(invitation + i, meeting + i, org + i, now, "Тест"));
		long registration = bulk.nextId("meeting_registration");
		bulk.copy("meeting_registration",
				"id, meeting_id, organization_id, registered_by_name, participants, " + "registered_at", count,
				(i, row) -> row.add(registration + i, meeting + i, org + i, "Тест", 2, now));
		long attendance = bulk.nextId("meeting_attendance");
		bulk.copy("meeting_attendance", "id, meeting_id, organization_id, attended, participants", count,
				(i, row) -> row.add(attendance + i, meeting + i, org + i, true, 2));
		long decision = bulk.nextId("meeting_decision");
		bulk.copy("meeting_decision",
				"id, meeting_id, text, owner, due_date, status, created_by, created_at, "
						+ "municipality_id, meeting_day, regional, version",
				count,
				(i, row) -> row.add(decision + i, meeting + i, "Подготовить перечень помещений " + i, "Администрация",
						LocalDate.now().minusDays(i), "OPEN", "Тест", now, municipality,
						LocalDate.now().minusDays(20 + i), false, 0));
	}

}

package ru.nko.platform.roadmapimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmap.ExecutorRole;
import ru.nko.platform.roadmap.MeasureAssignment;
import ru.nko.platform.roadmap.RoadmapManagement;
import ru.nko.platform.roadmap.RoadmapPlan;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.nko.platform.support.TestUsers.admin;

/**
 * The administrator changes a measure's deadline and executors by hand: the change with
 * its basis shows on the measure and in its history; a deadline the parser does not
 * understand, a list without a lead, a body twice, no basis, an unchanged form or a stale
 * version change nothing and say why in Russian.
 */
@PlatformTest
class MeasureAmendTests {

	static final String KOK = "Комитет общественных коммуникаций Ленинградской области";

	@Autowired
	MockMvc mvc;

	@Autowired
	RoadmapImportManagement imports;

	@Autowired
	RoadmapManagement roadmaps;

	@Autowired
	DirectoryManagement directory;

	/** Measure 4.1 of this test's own copy of the seed roadmap. */
	private long measure;

	@BeforeEach
	void ownCopyOfTheSeedRoadmap() {
		long roadmap = SystemAuthentication.call(
				() -> this.imports.importRoadmap("lenobl-2023.txt", seed(), "Правка мероприятия " + UUID.randomUUID()));
		this.measure = this.roadmaps.measureId(roadmap, "4.1").orElseThrow();
	}

	@Test
	void theAdministratorMovesTheDeadlineAndNamesANewLeadWithTheBasisInTheHistory() throws Exception {
		long committee = this.directory.matchBody(KOK).orElseThrow().id();
		MeasureAssignment before = assignment();
		assertThat(before.executors()).noneMatch(executor -> executor.bodyId() == committee);
		long previousLead = before.executors().get(0).bodyId();

		String form = page(get("/admin/measures/{id}", this.measure).with(admin()));
		assertThat(form).contains("Срок и исполнители мероприятия 4.1", "name=\"deadline\"", "value=\"2023 год\"",
				"Основание изменения");

		this.mvc
			.perform(amend(before.version(), "IV квартал 2027 г.", "Распоряжение комитета от 01.12.2026 № 45",
					committee, ExecutorRole.LEAD, previousLead, ExecutorRole.CO))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/measures/" + this.measure));

		MeasureAssignment after = assignment();
		assertThat(after.deadline().text()).isEqualTo("IV квартал 2027 г.");
		assertThat(after.deadline().end()).hasToString("2027-12-31");
		assertThat(after.executors()).extracting(RoadmapPlan.Executor::bodyId, RoadmapPlan.Executor::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(committee, ExecutorRole.LEAD),
					org.assertj.core.groups.Tuple.tuple(previousLead, ExecutorRole.CO));
		assertThat(after.executors().get(0).nameAsWritten()).isEqualTo(KOK);
		assertThat(after.basis()).isEqualTo("Распоряжение комитета от 01.12.2026 № 45");

		String measurePage = page(get("/measures/{id}", this.measure).with(admin()));
		assertThat(measurePage).contains("IV квартал 2027 г.", "31 декабря 2027", KOK, "Изменить срок и исполнителей");
		assertThat(page(get("/measures/{id}", this.measure))).as("guests do not see the link")
			.doesNotContain("Изменить срок и исполнителей");
		String history = page(get("/measures/{id}/changes", this.measure).with(admin()));
		assertThat(history).contains("Основание изменения", "Распоряжение комитета от 01.12.2026 № 45",
				"IV квартал 2027 г.", "2023 год", "admin");
	}

	@Test
	void badInputChangesNothingAndSaysWhatToDo() throws Exception {
		long committee = this.directory.matchBody(KOK).orElseThrow().id();
		MeasureAssignment before = assignment();

		String unparsed = page(amend(before.version(), "когда-нибудь потом", "", committee, ExecutorRole.CO, committee,
				ExecutorRole.CO));
		assertThat(unparsed).contains("Срок «когда-нибудь потом» не удалось понять",
				"Орган «" + KOK + "» указан дважды", "Укажите основание изменения", "href=\"#f-deadline\"",
				"href=\"#f-basis\"", "href=\"#f-executors\"");

		assertThat(page(amend(before.version(), "2027 год", "Письмо", committee, ExecutorRole.CO)))
			.contains("Укажите ответственного исполнителя");
		assertThat(page(amend(before.version(), "2027 год", "Письмо"))).contains("Укажите хотя бы одного исполнителя");
		assertThat(page(amend(before.version(), "2027 год", "Письмо", 9_999_999L, ExecutorRole.LEAD)))
			.contains("Выбранного органа нет в справочнике");
		assertThat(page(amend(before.version(), "", "Письмо", committee, ExecutorRole.LEAD)))
			.contains("Укажите срок исполнения");
		assertThat(page(amend(before.version(), "2027 год", "x".repeat(501), committee, ExecutorRole.LEAD)))
			.contains("не длиннее 500 знаков");
		RoadmapPlan.Executor lead = before.executors().get(0);
		assertThat(page(amend(before.version(), before.deadline().text(), "Письмо", lead.bodyId(), lead.role())
			.param("body",
					before.executors().stream().skip(1).map(e -> String.valueOf(e.bodyId())).toArray(String[]::new))
			.param("role", before.executors().stream().skip(1).map(e -> e.role().name()).toArray(String[]::new))))
			.contains("Срок и исполнители остались прежними");

		assertThat(assignment()).isEqualTo(before);
	}

	@Test
	void aStaleFormDoesNotOverwriteAnotherAdministratorsChange() throws Exception {
		long committee = this.directory.matchBody(KOK).orElseThrow().id();
		MeasureAssignment before = assignment();
		this.mvc.perform(amend(before.version(), "2027 год", "Первое изменение", committee, ExecutorRole.LEAD))
			.andExpect(status().isFound());
		MeasureAssignment first = assignment();

		String page = page(amend(before.version(), "2028 год", "Второе изменение", committee, ExecutorRole.LEAD));

		assertThat(page).contains("мероприятие изменил другой пользователь");
		assertThat(assignment()).isEqualTo(first);
	}

	@Test
	void anUnknownMeasureIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/measures/{id}", 987_654_321L).with(admin())).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/measures/{id}", 987_654_321L).param("version", "0")
				.param("deadline", "2027 год")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	private MeasureAssignment assignment() {
		return this.roadmaps.assignment(this.measure).orElseThrow();
	}

	/** A POST of the form: the deadline, the basis, then pairs of body and role. */
	private MockHttpServletRequestBuilder amend(long version, String deadline, String basis, Object... rows) {
		MockHttpServletRequestBuilder request = post("/admin/measures/{id}", this.measure)
			.param("version", String.valueOf(version))
			.param("deadline", deadline)
			.param("basis", basis)
			.with(admin())
			.with(csrf());
		for (int i = 0; i < rows.length; i += 2) {
			request.param("body", String.valueOf(rows[i])).param("role", ((ExecutorRole) rows[i + 1]).name());
		}
		// the spare rows the page offers, left empty
		return request.param("body", "").param("role", "CO");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static byte[] seed() {
		try (InputStream in = new ClassPathResource("roadmap/lenobl-2023.txt").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

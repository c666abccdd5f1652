package ru.nko.platform.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmapimport.RoadmapImportManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.nko.platform.support.TestUsers.admin;
import static ru.nko.platform.support.TestUsers.executorOf;
import static ru.nko.platform.support.TestUsers.expert;
import static ru.nko.platform.support.TestUsers.municipalOfficerOf;
import static ru.nko.platform.support.TestUsers.representativeOf;

/**
 * Who may do what on the roadmap, cell by cell: guests, the wrong role, the right role
 * for another body's measure, the right role in scope, and administrators. Everything
 * runs on this class's own copy of the seed roadmap (imported once under a test region),
 * so the demo roadmap and its reports are never touched.
 */
@PlatformTest
class RoadmapAuthorizationTests {

	static final String KOK = "Комитет общественных коммуникаций Ленинградской области";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/roadmaps/import", "/admin/indicators",
			"/admin/indicators?roadmap={roadmap}", "/admin/measures/{measure}");

	static final List<String> ADMIN_REQUESTS = List.of("GET /admin", "GET /admin/roadmaps/import",
			"GET /admin/indicators", "POST /admin/roadmaps/import", "POST /admin/roadmaps/import/confirm",
			"GET /admin/roadmaps/import/jobs/some-job", "GET /admin/roadmaps/import/jobs/some-job/progress",
			"POST /admin/indicators/{indicator}/provider", "POST /admin/measures/{measure}/indicators",
			"GET /admin/measures/{measure}", "POST /admin/measures/{measure}");

	/**
	 * This class's copy of the seed roadmap and a report with one PDF on its measure 2.1,
	 * made once per application.
	 */
	private static Long roadmapId;

	private static Long evidenceReportId;

	/**
	 * The application the ids above belong to; a fresh one (fresh database) needs its own
	 * copy.
	 */
	private static Object madeIn;

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	RoadmapManagement roadmaps;

	@Autowired
	RoadmapImportManagement imports;

	@Autowired
	RoadmapQueries queries;

	@Autowired
	ProgressReportService reportService;

	@Autowired
	ProgressReportRepository reports;

	@BeforeEach
	void ownCopyOfTheSeedRoadmap() {
		if (madeIn != this.roadmaps) {
			madeIn = this.roadmaps;
			evidenceReportId = null;
			roadmapId = SystemAuthentication.call(() -> this.imports.importRoadmap("lenobl-2023.txt", seed(),
					"Тестовая область " + UUID.randomUUID()));
		}
	}

	@Nested
	class Guests {

		@ParameterizedTest(name = "GET {0} → 200")
		@ValueSource(strings = { "/", "/roadmaps/{roadmap}", "/measures/{measure}", "/measures/{measure}/changes",
				"/dashboard", "/roadmaps/{roadmap}/export.xlsx", "/api/v1/roadmaps", "/api/v1/roadmaps/{roadmap}",
				"/api/v1/roadmaps/{roadmap}/indicators", "/api/v1/indicator-providers" })
		void readEveryPublicPageAndApi(String path) throws Exception {
			mvc.perform(get(resolve(path))).andExpect(status().isOk());
		}

		@ParameterizedTest(name = "{0} → /login")
		@ValueSource(strings = { "POST /measures/{measure}/reports", "POST /reports/{report}/withdraw",
				"GET /reports/{report}/files/0", "POST /indicators/{indicator}/value", "GET /admin",
				"GET /admin/roadmaps/import", "POST /admin/roadmaps/import", "POST /admin/roadmaps/import/confirm",
				"GET /admin/roadmaps/import/jobs/some-job", "GET /admin/roadmaps/import/jobs/some-job/progress",
				"GET /admin/indicators", "POST /admin/indicators/{indicator}/provider",
				"POST /admin/measures/{measure}/indicators", "GET /admin/measures/{measure}",
				"POST /admin/measures/{measure}" })
		void areSentToSignInFromEveryWriteAndAdminPage(String request) throws Exception {
			String location = mvc.perform(request(request).with(csrf()))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();

			assertThat(location).endsWith("/login");
		}

		@Test
		void getA401ProblemFromTheImportApi() throws Exception {
			mvc.perform(multipart("/api/v1/roadmaps/import")
				.file(new MockMultipartFile("file", "r.txt", "text/plain", seed()))
				.with(csrf()))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}

	}

	@Nested
	class WrongRole {

		@ParameterizedTest(name = "{0}")
		@MethodSource(ROLES)
		void mayNotReportOnAMeasure(String role) throws Exception {
			long measure = measure("2.1");
			int before = reportCount(measure);

			mvc.perform(validReport(measure, "Отчёт не по адресу " + UUID.randomUUID()).with(user(role)).with(csrf()))
				.andExpect(status().isForbidden());

			assertThat(reportCount(measure)).isEqualTo(before);
		}

		@ParameterizedTest(name = "{0}: {1} → 403")
		@MethodSource(ROLES_AND_ADMIN_REQUESTS)
		void mayNotOpenAdministration(String role, String request) throws Exception {
			mvc.perform(request(request).with(user(role)).with(csrf())).andExpect(status().isForbidden());
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(ROLES)
		void mayNotEnterAnIndicatorValue(String role) throws Exception {
			mvc.perform(post("/indicators/{id}/value", indicator()).param("measureId", String.valueOf(measure("2.1")))
				.param("value", "75")
				.param("evidence", "Сводка")
				.with(user(role))
				.with(csrf())).andExpect(status().isForbidden());
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(ROLES)
		void mayNotDownloadEvidence(String role) throws Exception {
			mvc.perform(get("/reports/{id}/files/0", evidenceReport()).with(user(role)))
				.andExpect(status().isForbidden());
		}

	}

	@Nested
	class RightRoleOtherBodysMeasure {

		@Test
		void theCommitteeMayNotReportOnAMeasureItIsNotNamedFor() throws Exception {
			long measure = measure("4.1");
			int before = reportCount(measure);

			mvc.perform(validReport(measure, "Чужое мероприятие " + UUID.randomUUID()).with(committee()).with(csrf()))
				.andExpect(status().isForbidden());

			assertThat(reportCount(measure)).isEqualTo(before);
		}

		@Test
		void aMunicipalOfficerMayNotReportWhereMunicipalAdministrationsAreNotNamed() throws Exception {
			long measure = measure("4.5");
			int before = reportCount(measure);

			mvc.perform(validReport(measure, "Не муниципальное мероприятие " + UUID.randomUUID()).with(vsevolozhsky())
				.with(csrf())).andExpect(status().isForbidden());

			assertThat(reportCount(measure)).isEqualTo(before);
		}

	}

	@Nested
	class RightScope {

		@Test
		void theCommitteeReportsOnItsMeasureAndTheReportIsShown() throws Exception {
			long measure = measure("2.1");
			String text = "Проверено 42 заявителя на открытость " + UUID.randomUUID();

			mvc.perform(validReport(measure, text).with(committee()).with(csrf())).andExpect(status().isFound());

			assertThat(page("/measures/" + measure)).contains(text);
		}

		@Test
		void theCommitteeDownloadsTheEvidenceAsUploaded() throws Exception {
			mvc.perform(get("/reports/{id}/files/0", evidenceReport()).with(committee()))
				.andExpect(status().isOk())
				.andExpect(content().bytes(PDF));
		}

		@Test
		void aRepresentativeMayNotDownloadTheEvidence() throws Exception {
			long organization = directory.organizations().get(0).id();

			mvc.perform(get("/reports/{id}/files/0", evidenceReport()).with(representativeOf(organization)))
				.andExpect(status().isForbidden());
		}

		@Test
		void aMunicipalOfficerReportsWhereMunicipalAdministrationsAreNamed() throws Exception {
			mvc.perform(validReport(measure("1.1"), "Перечень проблем НКО района составлен " + UUID.randomUUID())
				.with(vsevolozhsky())
				.with(csrf())).andExpect(status().isFound());
		}

		@Test
		void resourceCentreStaffReportWhereResourceCentresAreNamedAndNowhereElse() throws Exception {
			mvc.perform(validReport(measure("2.1"), "Ресурсный центр провёл семинар " + UUID.randomUUID())
				.with(httpBasic("resource", "demo"))
				.with(csrf())).andExpect(status().isFound());
			mvc.perform(validReport(measure("4.1"), "Не наш раздел " + UUID.randomUUID())
				.with(httpBasic("resource", "demo"))
				.with(csrf())).andExpect(status().isForbidden());
		}

		@Test
		void anotherMunicipalityMayNotWithdrawTheReport() throws Exception {
			long report = municipalReport();

			mvc.perform(withdraw(report).with(httpBasic("municipal2", "demo")).with(csrf()))
				.andExpect(status().isForbidden());

			assertThat(reports.findById(report).orElseThrow().isWithdrawn()).isFalse();
		}

		@Test
		void theAuthorWithdrawsTheReportAndItIsShownWithdrawn() throws Exception {
			long report = municipalReport();

			mvc.perform(withdraw(report).with(httpBasic("municipal", "demo")).with(csrf()))
				.andExpect(status().isFound());

			assertThat(page("/measures/" + measure("1.1"))).contains("Отозван", "Отчёт отправлен по ошибке " + report);
		}

		@ParameterizedTest(name = "GET {0} → 200")
		@MethodSource(ADMIN_PAGE_PATHS)
		void anAdministratorOpensEveryAdministrationPage(String path) throws Exception {
			mvc.perform(get(resolve(path)).with(admin())).andExpect(status().isOk());
		}

		/** A report on 1.1 filed by the demo account "municipal" (Всеволожский район). */
		private long municipalReport() throws Exception {
			String text = "Встреча с НКО района проведена " + UUID.randomUUID();
			mvc.perform(validReport(measure("1.1"), text).with(httpBasic("municipal", "demo")).with(csrf()))
				.andExpect(status().isFound());
			return reportWithText(measure("1.1"), text);
		}

		private MockHttpServletRequestBuilder withdraw(long report) {
			return post("/reports/{id}/withdraw", report).param("measureId", String.valueOf(measure("1.1")))
				.param("reason", "Отчёт отправлен по ошибке " + report);
		}

	}

	@Nested
	class BadReportInput {

		@Test
		void emptyTextIsRefused() throws Exception {
			refused(validReport(measure("2.1"), "   "), "Опишите, что сделано за период");
		}

		@Test
		void aPeriodNotOfferedIsRefused() throws Exception {
			refused(report(measure("2.1"), "1999-1", "Отчёт за давний год"), "Выберите отчётный период из списка");
		}

		@Test
		void aProgramRenamedToPdfIsRefused() throws Exception {
			refused(report(measure("2.1"), newestPeriod(measure("2.1")), "Отчёт с программой")
				.file(new MockMultipartFile("files", "акт.pdf", "application/pdf", windowsProgram())), "не подходит");
		}

		@Test
		void sixFilesAreRefused() throws Exception {
			MockMultipartHttpServletRequestBuilder request = report(measure("2.1"), newestPeriod(measure("2.1")),
					"Отчёт с шестью файлами");
			for (int i = 1; i <= 6; i++) {
				request.file(new MockMultipartFile("files", "акт-" + i + ".pdf", "application/pdf", PDF));
			}

			refused(request, "Можно приложить не больше 5 файлов");
		}

		@Test
		void aTextLongerThanTheReportHoldsIsRefusedNamingTheField() throws Exception {
			refused(validReport(measure("2.1"), "Сделано. ".repeat(1112)),
					"«Что сделано»: не длиннее 10000 знаков, сейчас 10007");
		}

		@Test
		void aWithdrawalReasonLongerThanItsColumnIsRefusedNamingTheFieldAndTheReportStays() throws Exception {
			long report = evidenceReport();

			var flash = mvc
				.perform(post("/reports/{id}/withdraw", report).param("measureId", String.valueOf(measure("2.1")))
					.param("reason", "Ошибка. ".repeat(130))
					.with(committee())
					.with(csrf()))
				.andExpect(status().isFound())
				.andReturn()
				.getFlashMap();

			assertThat(flash.get("withdrawError"))
				.isEqualTo("«Причина отзыва»: не длиннее 1000 знаков, сейчас 1039. Сократите текст");
			assertThat(reports.findById(report).orElseThrow().isWithdrawn()).isFalse();
		}

		private void refused(AbstractMockHttpServletRequestBuilder<?> request, String message) throws Exception {
			long measure = measure("2.1");
			int before = reportCount(measure);

			String html = mvc.perform(request.with(committee()).with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			assertThat(html).contains(message);
			assertThat(reportCount(measure)).isEqualTo(before);
		}

	}

	@Nested
	class Csrf {

		@Test
		void aReportPostedWithoutTheTokenIsRefused() throws Exception {
			long measure = measure("2.1");
			int before = reportCount(measure);

			mvc.perform(validReport(measure, "Без токена " + UUID.randomUUID()).with(committee()))
				.andExpect(status().isForbidden());

			assertThat(reportCount(measure)).isEqualTo(before);
		}

	}

	// ------------------------------------------------------------------ helpers

	static final String ROLES = "ru.nko.platform.roadmap.RoadmapAuthorizationTests#roles";

	static final String ROLES_AND_ADMIN_REQUESTS = "ru.nko.platform.roadmap.RoadmapAuthorizationTests#rolesAndAdminRequests";

	static final String ADMIN_PAGE_PATHS = "ru.nko.platform.roadmap.RoadmapAuthorizationTests#adminPages";

	/** The roles that have no business with reports or administration. */
	static Stream<String> roles() {
		return Stream.of("ngo", "expert");
	}

	static Stream<Arguments> rolesAndAdminRequests() {
		return roles().flatMap(role -> ADMIN_REQUESTS.stream().map(request -> Arguments.of(role, request)));
	}

	static Stream<String> adminPages() {
		return ADMIN_PAGES.stream();
	}

	/** "POST /measures/{measure}/reports" → the request, with this class's ids put in. */
	private MockHttpServletRequestBuilder request(String spec) {
		String[] parts = spec.split(" ", 2);
		String path = resolve(parts[1]);
		return parts[0].equals("GET") ? get(path) : post(path);
	}

	private String resolve(String path) {
		String resolved = path.replace("{roadmap}", String.valueOf(roadmapId));
		if (resolved.contains("{measure}")) {
			resolved = resolved.replace("{measure}", String.valueOf(measure("2.1")));
		}
		if (resolved.contains("{indicator}")) {
			resolved = resolved.replace("{indicator}", String.valueOf(indicator()));
		}
		if (resolved.contains("{report}")) {
			resolved = resolved.replace("{report}", String.valueOf(evidenceReport()));
		}
		return resolved;
	}

	private long measure(String code) {
		return this.roadmaps.measureId(roadmapId, code).orElseThrow();
	}

	/** The indicator derived from "100 % НКО-заявителей …" of measure 2.1. */
	private long indicator() {
		return this.queries.measure(measure("2.1")).indicators().get(0).id();
	}

	/**
	 * A report by the committee on 2.1 with {@link #PDF} attached; filed the first time
	 * it is asked for.
	 */
	private long evidenceReport() {
		if (evidenceReportId == null) {
			try {
				String text = "Сводка по открытости заявителей " + UUID.randomUUID();
				this.mvc.perform(validReport(measure("2.1"), text).with(committee()).with(csrf()))
					.andExpect(status().isFound());
				evidenceReportId = reportWithText(measure("2.1"), text);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return evidenceReportId;
	}

	/** A filled-in report form for the newest period the measure offers, with one PDF. */
	private MockMultipartHttpServletRequestBuilder validReport(long measure, String text) {
		return report(measure, newestPeriod(measure), text)
			.file(new MockMultipartFile("files", "акт.pdf", "application/pdf", PDF));
	}

	private MockMultipartHttpServletRequestBuilder report(long measure, String period, String text) {
		return multipart("/measures/{id}/reports", measure).param("period", period)
			.param("text", text)
			.param("status", "IN_PROGRESS");
	}

	/** The form value of the newest period the report form offers, e.g. "2023-4". */
	private String newestPeriod(long measure) {
		return this.reportService.periods(measure).get(0).key();
	}

	private long reportWithText(long measure, String text) {
		return this.reports.findByMeasureIdOrderByCreatedAtDesc(measure)
			.stream()
			.filter(report -> report.getText().equals(text))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private int reportCount(long measure) {
		return this.reports.findByMeasureIdOrderByCreatedAtDesc(measure).size();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor committee() {
		return executorOf(this.directory.matchBody(KOK).orElseThrow().id());
	}

	private RequestPostProcessor vsevolozhsky() {
		return municipalOfficerOf(
				this.directory.municipalityByName("Всеволожский муниципальный район").orElseThrow().id());
	}

	private RequestPostProcessor user(String role) {
		return switch (role) {
			case "ngo" -> representativeOf(this.directory.organizations().get(0).id());
			case "expert" -> expert();
			default -> throw new IllegalArgumentException(role);
		};
	}

	/**
	 * The start of a Windows program: "MZ", the DOS stub, and the PE header it points to.
	 */
	static byte[] windowsProgram() {
		ByteBuffer exe = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
		exe.put((byte) 'M').put((byte) 'Z');
		exe.putInt(0x3C, 0x80);
		exe.position(0x40);
		exe.put("This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII));
		exe.position(0x80);
		exe.put(new byte[] { 'P', 'E', 0, 0 }).putShort((short) 0x14C);
		return exe.array();
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

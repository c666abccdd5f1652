package ru.nko.platform.organizationimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestInns;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a registry of organisations: preview, all or nothing, valid rows only,
 * updates by INN, bad files.
 */
@PlatformTest
class OrganizationImportTests {

	private static final String HEADER = "Полное наименование;ИНН;Муниципальное образование;Направления деятельности;ВКонтакте\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	private static String inn() {
		return TestInns.inn();
	}

	private static MockMultipartFile csv(String body) {
		return new MockMultipartFile("file", "реестр.csv", "text/csv",
				(HEADER + body).getBytes(Charset.forName("windows-1251")));
	}

	private MvcResult importing(MockMultipartFile file, String mode, boolean dryRun, int expected) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/organizations/import").file(file)
				.param("mode", mode)
				.param("dryRun", String.valueOf(dryRun))
				.with(httpBasic("admin", "demo")))
			.andExpect(status().is(expected))
			.andReturn();
	}

	private static int number(MvcResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
	}

	@Test
	void aCleanFileIsCheckedThenLoadedThenUpdatedWithoutDuplicates() throws Exception {
		String first = inn();
		String second = inn();
		MockMultipartFile file = csv(
				"АНО «Проверка загрузки»;" + first + ";Всеволожский;Культура и искусство;vk.com/check\r\n"
						+ "РОО «Вторая проверка»;" + second + ";Выборгский район;;\r\n");
		long before = this.directory.organizationCount();

		assertThat(number(importing(file, "ALL_OR_NOTHING", true, 200), "$.created")).isEqualTo(2);
		assertThat(this.directory.organizationCount()).isEqualTo(before);

		assertThat(number(importing(file, "ALL_OR_NOTHING", false, 200), "$.created")).isEqualTo(2);
		assertThat(this.directory.organizationCount()).isEqualTo(before + 2);

		MvcResult again = importing(file, "ALL_OR_NOTHING", false, 200);
		assertThat(number(again, "$.updated")).isEqualTo(2);
		assertThat(number(again, "$.created")).isZero();
		assertThat(this.directory.organizationCount()).isEqualTo(before + 2);
	}

	@Test
	void allOrNothingRefusesTheFileWithLineColumnAndReasonAndSavesNothing() throws Exception {
		String good = inn();
		MockMultipartFile file = csv("АНО «Хорошая»;" + good + ";Всеволожский;;\r\n"
				+ "АНО «С ошибкой»;4703050003;Всеволожский;;\r\n" + "АНО «Повтор»;" + good + ";Всеволожский;;\r\n");
		long before = this.directory.organizationCount();

		MvcResult refused = importing(file, "ALL_OR_NOTHING", false, 422);

		String json = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(json, "$.errors[0].line")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(json, "$.errors[0].column")).isEqualTo(2);
		assertThat((String) JsonPath.read(json, "$.errors[0].message")).contains("контрольная цифра");
		assertThat((String) JsonPath.read(json, "$.errors[1].message")).contains("уже встречается в строке 2");
		assertThat(this.directory.organizationCount()).isEqualTo(before);
	}

	@Test
	void validOnlyLoadsTheGoodRowsAndCountsTheRejected() throws Exception {
		MockMultipartFile file = csv(
				"АНО «Годная»;" + inn() + ";Всеволожский;;\r\n" + "АНО «Негодная»;123;Всеволожский;;\r\n");
		long before = this.directory.organizationCount();

		MvcResult result = importing(file, "VALID_ONLY", false, 200);

		assertThat(number(result, "$.created")).isEqualTo(1);
		assertThat(number(result, "$.rejected")).isEqualTo(1);
		assertThat(this.directory.organizationCount()).isEqualTo(before + 1);
	}

	@Test
	void badFilesAreRefusedInRussianAndChangeNothing() throws Exception {
		long before = this.directory.organizationCount();
		importing(new MockMultipartFile("file", "пусто.csv", "text/csv", new byte[0]), "ALL_OR_NOTHING", false, 422);
		importing(new MockMultipartFile("file", "реестр.xlsx", "application/octet-stream",
				"PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1)), "ALL_OR_NOTHING", false, 422);
		byte[] big = new byte[21 * 1024 * 1024];
		System.arraycopy("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), 0, big, 0, 4);
		MvcResult huge = importing(new MockMultipartFile("file", "огромный.xlsx", "application/octet-stream", big),
				"ALL_OR_NOTHING", false, 422);
		assertThat(huge.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("больше 20 МБ");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet();
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("Полное наименование");
			header.createCell(1).setCellValue("ИНН");
			header.createCell(2).setCellValue("Муниципальное образование");
			var row = sheet.createRow(1);
			row.createCell(0).setCellFormula("HYPERLINK(\"http://example.com\",\"АНО\")");
			row.createCell(1).setCellValue(inn());
			row.createCell(2).setCellValue("Всеволожский");
			workbook.write(xlsx);
		}
		MvcResult formula = importing(
				new MockMultipartFile("file", "формула.xlsx", "application/octet-stream", xlsx.toByteArray()),
				"ALL_OR_NOTHING", false, 422);
		assertThat(formula.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("похожа на формулу");
		assertThat(this.directory.organizationCount()).isEqualTo(before);
	}

	@Test
	void bothImportPagesReportAnEmptyUploadWithTheErrorSummaryAndBesideTheField() throws Exception {
		for (String path : new String[] { "/admin/organizations/import", "/admin/roadmaps/import" }) {
			String page = this.mvc
				.perform(multipart(path).file(new MockMultipartFile("file", "пусто.csv", "text/csv", new byte[0]))
					.with(TestUsers.admin())
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("id=\"error-summary\"", "href=\"#f-file\"", "id=\"e-file\"",
					"Файл «пусто.csv» пуст.");
		}
	}

	@Test
	void onlyAdministratorsImport() throws Exception {
		MockMultipartFile file = csv("АНО «Чужая»;" + inn() + ";Всеволожский;;\r\n");
		this.mvc.perform(multipart("/api/v1/organizations/import").file(file).with(httpBasic("executor", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/api/v1/organizations/import").file(file).with(csrf()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/organizations/import")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/organizations/import").with(TestUsers.expert())).andExpect(status().isForbidden());
	}

	@Test
	void aFileRefusedWholeInTheBackgroundSaysWhyOnTheJobPageAndSavesNothing() throws Exception {
		String body = "АНО «Не попадёт»;" + inn() + ";Всеволожский;;\r\nАНО «Плохая»;1;Всеволожский;;\r\n";
		String html = this.mvc
			.perform(multipart("/admin/organizations/import").file(csv(body)).with(TestUsers.admin()).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String token = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		long before = this.directory.organizationCount();

		String job = this.mvc
			.perform(post("/admin/organizations/import/confirm").param("token", token)
				.param("fileName", "реестр.csv")
				.param("mode", "ALL_OR_NOTHING")
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = "";
		for (int i = 0; i < 100 && !page.contains("ничего не сохранено"); i++) {
			Thread.sleep(100);
			page = this.mvc.perform(get(job + "/progress").with(TestUsers.admin()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		assertThat(page).contains("Файл не загружен, ничего не сохранено: в нём есть ошибки", "строка 3",
				"ИНН состоит из 10 цифр", "Загрузить другой файл");
		assertThat(this.directory.organizationCount()).isEqualTo(before);
	}

	@Test
	void theAdministratorPreviewsConfirmsAndFollowsTheProgressToTheSummary() throws Exception {
		String body = "АНО «Через страницу»;" + inn() + ";Всеволожский;;\r\nАНО «Плохая»;1;Всеволожский;;\r\n";
		MvcResult preview = this.mvc
			.perform(multipart("/admin/organizations/import").file(csv(body)).with(TestUsers.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		String html = preview.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Будет добавлено: 1", "с ошибками: 1", "ИНН состоит из 10 цифр");
		assertThat(html).contains("Столбец 2 «ИНН» → ИНН",
				"Столбец 3 «Муниципальное образование» → Муниципальное образование");
		String token = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

		this.mvc
			.perform(get("/admin/organizations/import/rejected").param("token", token)
				.param("fileName", "реестр.csv")
				.with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("АНО «Плохая»")));

		MvcResult confirmed = this.mvc
			.perform(post("/admin/organizations/import/confirm").param("token", token)
				.param("fileName", "реестр.csv")
				.param("mode", "VALID_ONLY")
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String job = confirmed.getResponse().getRedirectedUrl();

		String page = "";
		for (int i = 0; i < 100 && !page.contains("Загрузка завершена"); i++) {
			Thread.sleep(100);
			page = this.mvc.perform(get(job).with(TestUsers.admin()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		assertThat(page).contains("Загрузка завершена: добавлено 1, обновлено 0, пропущено строк с ошибками 1");
		this.mvc.perform(get(job).with(TestUsers.expert())).andExpect(status().isForbidden());
	}

	private static MockMultipartFile registry(String header, String body) {
		return new MockMultipartFile("file", "реестр.csv", "text/csv",
				(header + "\r\n" + body).getBytes(Charset.forName("windows-1251")));
	}

	@Test
	void validOnlyNeverSavesARowItReportsAsRejected() throws Exception {
		String header = "Полное наименование;ИНН;Муниципальное образование;Сокращённое наименование;Описание;Руководитель;Адрес";
		MockMultipartFile file = registry(header, "АНО «Годная 1»;" + inn() + ";Всеволожский;;;;\r\n"
				+ "АНО «С формулой в кратком наименовании»;" + inn() + ";Всеволожский;=1+1;;;\r\n" + "АНО «Годная 2»;"
				+ inn() + ";Всеволожский;;О нас;Иванова И. И.;\r\n" + "АНО «С формулой в описании»;" + inn()
				+ ";Всеволожский;;@SUM(A1:A2);;\r\n" + "АНО «С формулой у руководителя»;" + inn()
				+ ";Всеволожский;;;-2+3;\r\n" + "АНО «Годная 3»;" + inn() + ";Всеволожский;;;;г. Всеволожск\r\n");
		long before = this.directory.organizationCount();

		MvcResult dryRun = importing(file, "VALID_ONLY", true, 200);
		assertThat(number(dryRun, "$.created")).isEqualTo(3);
		assertThat(number(dryRun, "$.rejected")).isEqualTo(3);

		MvcResult done = importing(file, "VALID_ONLY", false, 200);
		assertThat(number(done, "$.created")).isEqualTo(3);
		assertThat(number(done, "$.rejected")).isEqualTo(3);
		assertThat(number(done, "$.created") + number(done, "$.updated") + number(done, "$.rejected")).isEqualTo(6);
		assertThat(this.directory.organizationCount()).isEqualTo(before + 3);
	}

	@Test
	void textTooLongForTheDirectoryIsRefusedByTheDryRunAndTheRealRunAlikeNamingTheColumn() throws Exception {
		String header = "Полное наименование;ИНН;Муниципальное образование;Сокращённое наименование;Телефон";
		MockMultipartFile file = registry(header, "АНО «Длинная»;" + inn() + ";Всеволожский;" + "Д".repeat(300) + ";"
				+ "8 812 123-45-67 " + "доб. 1".repeat(10) + "\r\n");
		long before = this.directory.organizationCount();

		for (boolean dryRun : new boolean[] { true, false }) {
			String json = importing(file, "ALL_OR_NOTHING", dryRun, 422).getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(json).contains("«Сокращённое наименование»", "не длиннее 200 знаков", "«Телефон»",
					"не длиннее 50 знаков");
			assertThat((Integer) JsonPath.read(json, "$.errors[0].column")).isEqualTo(4);
			assertThat((Integer) JsonPath.read(json, "$.rejected")).isEqualTo(1);
		}
		assertThat(this.directory.organizationCount()).isEqualTo(before);
	}

	@Test
	void telephoneNumbersAreLoadedAsPeopleWriteThem() throws Exception {
		String header = "Полное наименование;ИНН;Муниципальное образование;Телефон";
		String[] phones = { "+7 (812) 123-45-67", "+7 812 1234567", "8-812-123-45-67",
				"+7 (921) 000-00-00, +7 (812) 765-43-21" };
		String[] inns = { inn(), inn(), inn(), inn() };
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < phones.length; i++) {
			body.append("АНО «Телефон ")
				.append(i)
				.append("»;")
				.append(inns[i])
				.append(";Всеволожский;")
				.append(phones[i])
				.append("\r\n");
		}
		body.append("АНО «Формула в телефоне»;").append(inn()).append(";Всеволожский;+7+cmd|' /C calc'!A0\r\n");

		MvcResult done = importing(registry(header, body.toString()), "VALID_ONLY", false, 200);

		assertThat(number(done, "$.created")).isEqualTo(4);
		assertThat(number(done, "$.rejected")).isEqualTo(1);
		for (int i = 0; i < phones.length; i++) {
			long id = this.directory.organizationByInn(inns[i]).orElseThrow().id();
			assertThat(this.directory.organizationData(id).orElseThrow().publicPhone()).isEqualTo(phones[i]);
		}
	}

	@Test
	void linksThatAreNotWebPagesAreRefused() throws Exception {
		String header = "Полное наименование;ИНН;Муниципальное образование;Сайт;ВКонтакте;Telegram";
		MockMultipartFile file = registry(header,
				"АНО «Ссылки 1»;" + inn() + ";Всеволожский;javascript:alert(document.cookie);;\r\n" + "АНО «Ссылки 2»;"
						+ inn() + ";Всеволожский;;ftp://files.vk.com/group;\r\n" + "АНО «Ссылки 3»;" + inn()
						+ ";Всеволожский;;;телеграм\r\n" + "АНО «Ссылки 4»;" + inn()
						+ ";Всеволожский;https://example.ru/\"><script>;;\r\n");

		String json = importing(file, "VALID_ONLY", true, 422).getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat((Integer) JsonPath.read(json, "$.rejected")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(json, "$.created")).isZero();
	}

	@Test
	void unknownUploadTokensAreAnsweredAsAStaleUploadNotAFailure() throws Exception {
		for (String token : new String[] { "imports/" + UUID.randomUUID(), "imports/../../etc/passwd" }) {
			String confirm = this.mvc
				.perform(post("/admin/organizations/import/confirm").param("token", token)
					.param("fileName", "реестр.csv")
					.param("mode", "VALID_ONLY")
					.with(TestUsers.admin())
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(confirm).contains("Загрузка устарела", "href=\"#f-file\"");

			String rejected = this.mvc
				.perform(get("/admin/organizations/import/rejected").param("token", token)
					.param("fileName", "реестр.csv")
					.with(TestUsers.admin()))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(rejected).contains("Загрузка устарела");

			String roadmap = this.mvc
				.perform(post("/admin/roadmaps/import/confirm").param("token", token)
					.param("fileName", "карта.txt")
					.param("region", "Ленинградская область")
					.with(TestUsers.admin())
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(roadmap).contains("Загрузка устарела", "href=\"#f-file\"");
		}
	}

	@Test
	void tenThousandOrganisationsLoadInSeconds() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			body.append("АНО «Массовая загрузка ")
				.append(i)
				.append("»;")
				.append(inn())
				.append(";Тосненский;Культура и искусство;vk.com/mass")
				.append(i)
				.append("\r\n");
		}
		long before = this.directory.organizationCount();
		long started = System.nanoTime();

		MvcResult result = importing(csv(body.toString()), "ALL_OR_NOTHING", false, 200);

		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		assertThat(number(result, "$.created")).isEqualTo(10_000);
		assertThat(this.directory.organizationCount()).isEqualTo(before + 10_000);
		assertThat(seconds).as("seconds for 10 000 rows").isLessThan(60);
		System.out.println("ORG IMPORT 10000 rows: " + seconds + " s");
	}

}

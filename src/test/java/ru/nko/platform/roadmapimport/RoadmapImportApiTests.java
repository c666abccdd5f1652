package ru.nko.platform.roadmapimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/v1/roadmaps/import end to end: the seed roadmap of Leningrad Oblast in every
 * accepted format, re-imports, refusals of bad files, and who may import. Every import
 * goes under its own test region, so the demo roadmap is never touched and counts are
 * compared with a before-value.
 */
@PlatformTest
class RoadmapImportApiTests {

	static final String SEED = "roadmap/lenobl-2023.txt";

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Nested
	class DryRun {

		@Test
		void parsesTheSeedWithoutSavingAnything() throws Exception {
			int before = roadmapCount();

			String json = importing(seedFile(), uniqueRegion(), true).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			assertThat((String) JsonPath.read(json, "$.title")).startsWith("План мероприятий");
			assertThat((List<?>) JsonPath.read(json, "$.sections")).hasSize(8);
			assertThat((List<?>) JsonPath.read(json, "$.sections[*].measures[*]")).hasSize(29);
			assertThat((List<?>) JsonPath.read(json, "$.errors")).isEmpty();
			assertThat(roadmapCount()).isEqualTo(before);
		}

		@Test
		void readsAOneOffDeadlineAsStartAndEndDates() throws Exception {
			Map<String, Object> deadline = measure(dryRunOfSeed(), "1.1", "deadline");

			assertThat(deadline).containsEntry("start", "2023-04-01")
				.containsEntry("end", "2023-09-30")
				.containsEntry("recurrence", "NONE");
		}

		@Test
		void readsEveryQuarterAsAQuarterlyDeadline() throws Exception {
			Map<String, Object> deadline = measure(dryRunOfSeed(), "4.2", "deadline");

			assertThat(deadline).containsEntry("recurrence", "QUARTERLY");
		}

		@Test
		void namesTheLeadAndTheCoExecutorsOfAMeasure() throws Exception {
			List<String> roles = JsonPath.read(dryRunOfSeed(),
					"$.sections[*].measures[?(@.code == '1.6')].executors[*].role");

			assertThat(roles).containsExactly("LEAD", "CO", "CO");
		}

		private String dryRunOfSeed() throws Exception {
			return importing(seedFile(), uniqueRegion(), true).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}

	}

	@Nested
	class Commit {

		@Test
		void createsTheRoadmapWithTwentyNineMeasuresAndTheirStatuses() throws Exception {
			int before = roadmapCount();

			long id = commit(seedFile(), uniqueRegion(), 201);

			String roadmap = api("/api/v1/roadmaps/" + id);
			assertThat((List<?>) JsonPath.read(roadmap, "$.sections[*].measures[*]")).hasSize(29);
			assertThat((List<?>) JsonPath.read(roadmap, "$.sections[*].measures[*].status")).hasSize(29)
				.doesNotContainNull();
			assertThat(roadmapCount()).isEqualTo(before + 1);
		}

		@Test
		void derivesPercentIndicatorsFromExpectedResults() throws Exception {
			long id = commit(seedFile(), uniqueRegion(), 201);

			String indicators = api("/api/v1/roadmaps/" + id + "/indicators");

			Map<String, Object> first = indicator(indicators, "2.1");
			assertThat(number(first.get("target"))).isEqualByComparingTo("100");
			assertThat(first).containsEntry("unit", "%");
			assertThat(number(indicator(indicators, "2.2").get("target"))).isEqualByComparingTo("50");
		}

		private Map<String, Object> indicator(String json, String code) {
			List<Map<String, Object>> found = JsonPath.read(json, "$[?(@.measureCode == '" + code + "')]");
			assertThat(found).as("indicators of measure %s", code).isNotEmpty();
			return found.get(0);
		}

	}

	@Nested
	class ReImport {

		@Test
		void theSameFileUnderTheSameRegionUpdatesInsteadOfAddingARoadmap() throws Exception {
			String region = uniqueRegion();
			long id = commit(seedFile(), region, 201);
			int before = roadmapCount();

			long again = commit(seedFile(), region, 200);

			assertThat(again).isEqualTo(id);
			assertThat(measureCodes(id)).hasSize(29);
			assertThat(roadmapCount()).isEqualTo(before);
		}

		@Test
		void aModifiedFileRenamesOneMeasureAndWithdrawsTheRemovedOne() throws Exception {
			String region = uniqueRegion();
			long id = commit(seedFile(), region, 201);
			List<String[]> rows = seedRows();
			rowOf(rows, "1.2")[1] = "Формирование обновлённого плана мероприятий";
			rows.remove(rowOf(rows, "3.2"));

			commit(tsv("roadmap.txt", rows), region, 200);

			String roadmap = api("/api/v1/roadmaps/" + id);
			assertThat(measureCodes(id)).hasSize(28).doesNotContain("3.2");
			assertThat((List<String>) JsonPath.read(roadmap, "$.sections[*].measures[?(@.code == '1.2')].title"))
				.containsExactly("Формирование обновлённого плана мероприятий");
		}

		@Test
		void aSectionLeftOutIsWithdrawnAndComesBackWithTheNextFullTable() throws Exception {
			String region = uniqueRegion();
			long id = commit(seedFile(), region, 201);
			List<String[]> rows = seedRows();
			rows.remove(rowOf(rows, "5"));
			rows.remove(rowOf(rows, "5.1"));

			commit(tsv("roadmap.txt", rows), region, 200);
			assertThat((List<String>) JsonPath.read(api("/api/v1/roadmaps/" + id), "$.sections[*].code"))
				.doesNotContain("5");

			commit(seedFile(), region, 200);
			assertThat((List<String>) JsonPath.read(api("/api/v1/roadmaps/" + id), "$.sections[*].code")).contains("5");
			assertThat(measureCodes(id)).hasSize(29).contains("5.1");
		}

		@Test
		void aTableWithoutItsTitleRowUpdatesTheRegionsRoadmap() throws Exception {
			String region = uniqueRegion();
			long id = commit(seedFile(), region, 201);
			List<String[]> rows = seedRows();
			int header = 0;
			while (!rows.get(header)[0].equals("№")) {
				header++;
			}
			List<String[]> untitled = new ArrayList<>(rows.subList(header, rows.size()));
			int before = roadmapCount();

			assertThat(commit(tsv("roadmap (1).txt", untitled), region, 200)).isEqualTo(id);
			assertThat(roadmapCount()).isEqualTo(before);
		}

	}

	@Nested
	class OtherFormats {

		@Test
		void importsTheTableAsSemicolonCsvInWindows1251() throws Exception {
			MockMultipartFile csv = new MockMultipartFile("file", "roadmap.csv", "text/csv",
					join(seedRows(), ";", true).getBytes(Charset.forName("windows-1251")));

			assertThat(measureCodes(commit(csv, uniqueRegion(), 201))).hasSize(29);
		}

		@Test
		void importsTheTableAsAnExcelWorkbook() throws Exception {
			assertThat(measureCodes(commit(xlsx(seedRows()), uniqueRegion(), 201))).hasSize(29);
		}

		@Test
		void importsTheTableAsAWordDocument() throws Exception {
			assertThat(measureCodes(commit(docx(seedRows()), uniqueRegion(), 201))).hasSize(29);
		}

	}

	@Nested
	class BadFiles {

		@Test
		void refusesAnEmptyFile() throws Exception {
			refuses(new MockMultipartFile("file", "roadmap.txt", "text/plain", new byte[0]), "пуст");
		}

		@Test
		void refusesTextWithoutAHeaderRow() throws Exception {
			refuses(new MockMultipartFile("file", "roadmap.txt", "text/plain",
					"Просто заметки\nбез таблицы мероприятий\n".getBytes(StandardCharsets.UTF_8)), "заголовков");
		}

		@Test
		void refusesABrokenWorkbook() throws Exception {
			byte[] broken = ("PK\u0003\u0004" + "это не архив, а мусор".repeat(20)).getBytes(StandardCharsets.UTF_8);

			refuses(new MockMultipartFile("file", "roadmap.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, broken),
					"повреждён");
		}

		@Test
		void refusesAWordDocumentWithoutATable() throws Exception {
			XWPFDocument document = new XWPFDocument();
			document.createParagraph().createRun().setText("План мероприятий («дорожная карта»)");
			document.createParagraph().createRun().setText("1.1 Формирование перечня проблем — 2023 год");

			refuses(new MockMultipartFile("file", "roadmap.docx", MediaType.APPLICATION_OCTET_STREAM_VALUE,
					bytes(document)), "нет таблицы");
		}

		@Test
		void refusesKoi8rText() throws Exception {
			String table = "Номер\tНаименование мероприятия\tОжидаемый результат\tСрок исполнения\tИсполнитель\n"
					+ "1\tВзаимодействие некоммерческих организаций и органов местного самоуправления\t\t\t\n"
					+ "1.1\tФормирование перечня проблем\tПеречень проблем\t2023 год\tКомитет общественных коммуникаций\n";

			refuses(new MockMultipartFile("file", "roadmap.txt", "text/plain",
					table.getBytes(Charset.forName("KOI8-R"))), "кодировк");
		}

		@Test
		void refusesLatin1Text() throws Exception {
			String table = "Nr\tMaßnahme\tErgebnis\tFrist\tVerantwortlich\n1.1\tÜberprüfung der Förderrichtlinie\tBericht für "
					+ "Bürger\t2023\tMüller, Bäcker & Söhne\n";

			refuses(new MockMultipartFile("file", "roadmap.txt", "text/plain",
					table.getBytes(StandardCharsets.ISO_8859_1)), "кодировк");
		}

		@Test
		void pointsAtTheLineAndColumnOfAMissingDeadline() throws Exception {
			List<String[]> rows = seedRows();
			rowOf(rows, "1.1")[3] = "";
			int line = rows.indexOf(rowOf(rows, "1.1")) + 1;
			int before = roadmapCount();

			String json = importing(tsv("roadmap.txt", rows), uniqueRegion(), false)
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			List<Map<String, Object>> errors = JsonPath.read(json, "$.errors");
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0)).containsEntry("line", line).containsEntry("column", 4);
			assertThat((String) errors.get(0).get("message")).contains("срок", "1.1");
			assertThat(roadmapCount()).isEqualTo(before);
		}

		@Test
		void refusesTextsLongerThanTheRoadmapKeepsNamingTheColumnAndLineAndSavesNothing() throws Exception {
			List<String[]> rows = seedRows();
			rowOf(rows, "1.1")[3] = "до 31 декабря 2030 г., " + "с ежеквартальным отчётом ".repeat(25);
			rowOf(rows, "1.2")[4] = "Комитет " + "по очень длинному наименованию ".repeat(12);
			int line = rows.indexOf(rowOf(rows, "1.1")) + 1;
			int before = roadmapCount();
			int bodies = SystemAuthentication.call(() -> RoadmapImportApiTests.this.directory.bodies().size());

			String json = importing(tsv("roadmap.txt", rows), uniqueRegion(), false)
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			List<Map<String, Object>> errors = JsonPath.read(json, "$.errors");
			assertThat(errors).extracting(error -> (String) error.get("message"))
				.anySatisfy(message -> assertThat(message).startsWith("«Срок исполнения»: не длиннее 500 знаков"))
				.anySatisfy(message -> assertThat(message).startsWith("«Исполнитель»: не длиннее 300 знаков"));
			assertThat(errors).anySatisfy(error -> assertThat(error).containsEntry("line", line));
			assertThat(roadmapCount()).isEqualTo(before);
			assertThat(SystemAuthentication.call(() -> RoadmapImportApiTests.this.directory.bodies().size()))
				.isEqualTo(bodies);
		}

		@Test
		void refusesAPdfNamedLikeAWorkbook() throws Exception {
			byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

			refuses(new MockMultipartFile("file", "roadmap.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, pdf),
					"PDF");
		}

		private void refuses(MockMultipartFile file, String messagePart) throws Exception {
			int before = roadmapCount();

			String json = importing(file, uniqueRegion(), false).andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			List<String> messages = JsonPath.read(json, "$.errors[*].message");
			assertThat(messages).isNotEmpty()
				.anySatisfy(message -> assertThat(message).containsIgnoringCase(messagePart));
			assertThat(messages).allSatisfy(message -> assertThat(message).containsPattern("[А-Яа-яЁё]"));
			assertThat(roadmapCount()).isEqualTo(before);
		}

	}

	@Nested
	class WhoMayImport {

		@Test
		void anExecutorIsRefusedWithA403ProblemInRussian() throws Exception {
			int before = roadmapCount();

			String json = mvc
				.perform(multipart("/api/v1/roadmaps/import").file(seedFile())
					.param("region", uniqueRegion())
					.with(httpBasic("executor", "demo")))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			assertThat((Integer) JsonPath.read(json, "$.status")).isEqualTo(403);
			assertThat((String) JsonPath.read(json, "$.detail")).containsPattern("[А-Яа-яЁё]");
			assertThat(roadmapCount()).isEqualTo(before);
		}

		@Test
		void anAnonymousCallerIsAskedToSignInWithA401Problem() throws Exception {
			String json = mvc.perform(
					multipart("/api/v1/roadmaps/import").file(seedFile()).param("region", uniqueRegion()).with(csrf()))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			assertThat((Integer) JsonPath.read(json, "$.status")).isEqualTo(401);
			assertThat((String) JsonPath.read(json, "$.detail")).containsPattern("[А-Яа-яЁё]");
		}

		@Test
		void anAnonymousApiClientWithoutACsrfTokenIsAlsoAskedToSignIn() throws Exception {
			mvc.perform(multipart("/api/v1/roadmaps/import").file(seedFile()).param("region", uniqueRegion()))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}

	}

	// ------------------------------------------------------------------ helpers

	private ResultActions importing(MockMultipartFile file, String region, boolean dryRun) throws Exception {
		return this.mvc.perform(multipart("/api/v1/roadmaps/import").file(file)
			.param("region", region)
			.param("dryRun", String.valueOf(dryRun))
			.with(asAdmin()));
	}

	/** Commits an import, expects the status given and returns the roadmap id. */
	private long commit(MockMultipartFile file, String region, int expectedStatus) throws Exception {
		MvcResult result = importing(file, region, false).andExpect(status().is(expectedStatus)).andReturn();
		String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<?>) JsonPath.read(json, "$.errors")).isEmpty();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private static RequestPostProcessor asAdmin() {
		return httpBasic("admin", "demo");
	}

	private String api(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private int roadmapCount() throws Exception {
		return JsonPath.read(api("/api/v1/roadmaps"), "$.length()");
	}

	private List<String> measureCodes(long roadmapId) throws Exception {
		return JsonPath.read(api("/api/v1/roadmaps/" + roadmapId), "$.sections[*].measures[*].code");
	}

	private static Map<String, Object> measure(String json, String code, String field) {
		List<Map<String, Object>> found = JsonPath.read(json,
				"$.sections[*].measures[?(@.code == '" + code + "')]." + field);
		assertThat(found).as("measure %s", code).hasSize(1);
		return found.get(0);
	}

	private static BigDecimal number(Object value) {
		return new BigDecimal(String.valueOf(value));
	}

	private static String uniqueRegion() {
		return "Тестовая область " + UUID.randomUUID();
	}

	// ------------------------------------------------------------------ the seed table
	// in every format

	static byte[] seedBytes() throws IOException {
		try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
			return in.readAllBytes();
		}
	}

	static MockMultipartFile seedFile() throws IOException {
		return new MockMultipartFile("file", "lenobl-2023.txt", "text/plain", seedBytes());
	}

	/**
	 * The seed's lines split into cells; a line's index + 1 is its line number in the
	 * file.
	 */
	static List<String[]> seedRows() throws IOException {
		String text = new String(seedBytes(), StandardCharsets.UTF_8);
		return new ArrayList<>(Arrays.stream(text.split("\r?\n", -1)).map(line -> line.split("\t", -1)).toList());
	}

	static String[] rowOf(List<String[]> rows, String code) {
		return rows.stream().filter(row -> row[0].equals(code)).findFirst().orElseThrow();
	}

	static MockMultipartFile tsv(String name, List<String[]> rows) {
		return new MockMultipartFile("file", name, "text/plain",
				join(rows, "\t", false).getBytes(StandardCharsets.UTF_8));
	}

	static String join(List<String[]> rows, String delimiter, boolean quote) {
		return rows.stream()
			.map(row -> Arrays.stream(row)
				.map(cell -> quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell)
				.collect(Collectors.joining(delimiter)))
			.collect(Collectors.joining("\r\n"));
	}

	static MockMultipartFile xlsx(List<String[]> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Дорожная карта");
			for (int r = 0; r < rows.size(); r++) {
				XSSFRow row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).length; c++) {
					if (!rows.get(r)[c].isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r)[c]);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return new MockMultipartFile("file", "roadmap.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE,
					out.toByteArray());
		}
	}

	/**
	 * The heading as a paragraph, everything from the header row on as a five-column Word
	 * table.
	 */
	static MockMultipartFile docx(List<String[]> rows) throws IOException {
		XWPFDocument document = new XWPFDocument();
		int header = rows.indexOf(rows.stream().filter(row -> row[0].equals("№")).findFirst().orElseThrow());
		for (String[] row : rows.subList(0, header)) {
			document.createParagraph().createRun().setText(String.join(" ", row));
		}
		List<String[]> body = rows.subList(header, rows.size());
		XWPFTable table = document.createTable(body.size(), 5);
		for (int r = 0; r < body.size(); r++) {
			for (int c = 0; c < 5; c++) {
				table.getRow(r).getCell(c).setText(c < body.get(r).length ? body.get(r)[c] : "");
			}
		}
		return new MockMultipartFile("file", "roadmap.docx", MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes(document));
	}

	static byte[] bytes(XWPFDocument document) throws IOException {
		try (document) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

}

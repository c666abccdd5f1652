package ru.nko.platform.organizationimport;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ru.nko.platform.directory.ActivityArea;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestInns;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A registry the size of a region's or a country's: tens of thousands of rows loaded in
 * one go, updated rather than duplicated, refused whole for one bad row, repeats and
 * clashes with the directory refused by line, and files beyond the ordinary upload limit
 * taken (and one beyond the registry's refused in Russian).
 */
@PlatformTest
class OrganizationImportAtScaleTests {

	private static final String HEADER = "Полное наименование;ИНН;ОГРН;Муниципальное образование;"
			+ "Направления деятельности;ВКонтакте\r\n";

	/** Region 46, as {@link TestInns}, from a random start: never the demo's OGRNs. */
	private static final AtomicLong OGRN = new AtomicLong(102460000000L + new Random().nextInt(900_000) * 10L);

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@LocalServerPort
	int port;

	/** A valid OGRN, different each call. */
	private static String ogrn() {
		String twelve = String.valueOf(OGRN.incrementAndGet());
		return twelve + Long.parseLong(twelve) % 11 % 10;
	}

	/** An organisation of the registry: its identifiers. */
	private record Organisation(String inn, String ogrn) {
	}

	private static List<Organisation> organisations(int count) {
		List<Organisation> organisations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			organisations.add(new Organisation(TestInns.inn(), ogrn()));
		}
		return organisations;
	}

	/** One line per organisation: name, INN, OGRN, municipality, areas and VK page. */
	private static MockMultipartFile registry(List<Organisation> organisations, IntFunction<String> line) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < organisations.size(); i++) {
			csv.append(line.apply(i)).append("\r\n");
		}
		return new MockMultipartFile("file", "реестр.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String row(String name, String inn, String ogrn, String areas, String vk) {
		return String.join(";", name, inn, ogrn, "Всеволожский", areas, vk);
	}

	private MvcResult importing(MockMultipartFile file, String mode, int expected) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/organizations/import").file(file)
				.param("mode", mode)
				.with(httpBasic("admin", "demo")))
			.andExpect(status().is(expected))
			.andReturn();
	}

	private static String json(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static int number(MvcResult result, String path) throws Exception {
		return JsonPath.read(json(result), path);
	}

	private String history(long id) throws Exception {
		return this.mvc.perform(get("/organizations/" + id + "/history").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long id(Organisation organisation) {
		return this.directory.organizationByInn(organisation.inn()).orElseThrow().id();
	}

	@Test
	void twentyThousandOrganisationsLoadAndALaterRegistryUpdatesThemWithoutDuplicatesKeepingTheirHistory()
			throws Exception {
		List<Organisation> registry = organisations(20_000);
		long before = this.directory.organizationCount();
		long started = System.nanoTime();

		MvcResult loaded = importing(registry(registry, i -> row("АНО «Реестр " + i + "»", registry.get(i).inn(),
				registry.get(i).ogrn(), "Культура и искусство", "vk.com/reestr" + i)), "ALL_OR_NOTHING", 200);

		long loading = (System.nanoTime() - started) / 1_000_000;
		assertThat(number(loaded, "$.created")).isEqualTo(20_000);
		assertThat(number(loaded, "$.updated")).isZero();
		assertThat(this.directory.organizationCount()).isEqualTo(before + 20_000);

		// every second organisation renamed and given another area; the first hundred
		// known by their OGRN alone
		started = System.nanoTime();
		MvcResult updated = importing(registry(registry,
				i -> row("АНО «Реестр " + i + "»" + (i % 2 == 0 ? " (новое имя)" : ""),
						i < 100 ? "" : registry.get(i).inn(), registry.get(i).ogrn(),
						i % 2 == 0 ? "Охрана здоровья" : "Культура и искусство", "")),
				"ALL_OR_NOTHING", 200);

		long updating = (System.nanoTime() - started) / 1_000_000;
		assertThat(number(updated, "$.created")).isZero();
		assertThat(number(updated, "$.updated")).isEqualTo(20_000);
		assertThat(this.directory.organizationCount()).isEqualTo(before + 20_000);

		OrganizationData renamed = this.directory.organizationData(id(registry.get(0))).orElseThrow();
		assertThat(renamed.name()).isEqualTo("АНО «Реестр 0» (новое имя)");
		assertThat(renamed.inn()).isEqualTo(registry.get(0).inn());
		assertThat(renamed.activityAreas()).containsExactly(ActivityArea.HEALTH);
		assertThat(renamed.socialPages()).extracting(OrganizationData.SocialPageLink::url)
			.containsExactly("https://vk.com/reestr0");
		assertThat(history(id(registry.get(0)))).contains("создано", "изменено", "АНО «Реестр 0» (новое имя)",
				"→ HEALTH");
		String unchanged = history(id(registry.get(1)));
		assertThat(unchanged).contains("создано", "АНО «Реестр 1»").doesNotContain("изменено");
		assertThat(loading).as("ms to load 20 000 rows").isLessThan(30_000);
		assertThat(updating).as("ms to update 20 000 rows").isLessThan(30_000);
		System.out.println("ORG IMPORT 20000 rows: loaded in " + loading + " ms, updated in " + updating + " ms");
	}

	@Test
	void oneBadRowAtLine15000RefusesTheWholeFileWithItsLineColumnAndReasonAndSavesNothing() throws Exception {
		List<Organisation> registry = organisations(20_000);
		String good = registry.get(14_998).inn();
		String bad = good.substring(0, 9) + (char) ('0' + (good.charAt(9) - '0' + 1) % 10);
		long before = this.directory.organizationCount();

		MvcResult refused = importing(
				registry(registry, i -> row("АНО «Почти всё верно " + i + "»",
						i == 14_998 ? bad : registry.get(i).inn(), registry.get(i).ogrn(), "", "")),
				"ALL_OR_NOTHING", 422);

		assertThat(number(refused, "$.errorCount")).isEqualTo(1);
		assertThat(number(refused, "$.rejected")).isEqualTo(1);
		assertThat(number(refused, "$.created")).isZero();
		assertThat(number(refused, "$.errors[0].line")).isEqualTo(15_000);
		assertThat(number(refused, "$.errors[0].column")).isEqualTo(2);
		assertThat((String) JsonPath.read(json(refused), "$.errors[0].message")).contains("контрольная цифра");
		assertThat(this.directory.organizationCount()).isEqualTo(before);
		assertThat(this.directory.organizationByInn(registry.get(0).inn())).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void anInnRepeatedInTheFileAnOgrnOfAnotherOrganisationAndTwoRowsForOneOrganisationAreRefusedByLine()
			throws Exception {
		List<Organisation> known = organisations(3);
		importing(
				registry(known, i -> row("АНО «Известная " + i + "»", known.get(i).inn(), known.get(i).ogrn(), "", "")),
				"ALL_OR_NOTHING", 200);
		List<Organisation> fresh = organisations(2);
		String[] lines = { row("АНО «Чужой ОГРН»", known.get(0).inn(), known.get(2).ogrn(), "", ""),
				row("АНО «Новая»", fresh.get(0).inn(), fresh.get(0).ogrn(), "", ""),
				row("АНО «Повтор ИНН»", fresh.get(0).inn(), ogrn(), "", ""),
				row("АНО «Ещё новая»", fresh.get(1).inn(), fresh.get(1).ogrn(), "", ""),
				row("АНО «Известная 1, обновлена»", known.get(1).inn(), "", "", ""),
				row("АНО «Та же по ОГРН»", "", known.get(1).ogrn(), "", "") };
		MockMultipartFile file = registry(Collections.nCopies(lines.length, null), i -> lines[i]);
		long before = this.directory.organizationCount();

		String refused = json(importing(file, "ALL_OR_NOTHING", 422));

		assertThat(this.directory.organizationCount()).isEqualTo(before);
		assertThat((List<Integer>) JsonPath.read(refused, "$.errors[*].line")).containsExactly(2, 4, 7);
		assertThat((List<Integer>) JsonPath.read(refused, "$.errors[*].column")).containsExactly(3, 2, 3);
		assertThat((String) JsonPath.read(refused, "$.errors[0].message")).contains("ОГРН " + known.get(2).ogrn(),
				"у другой организации");
		assertThat((String) JsonPath.read(refused, "$.errors[1].message"))
			.contains("ИНН " + fresh.get(0).inn() + " уже встречается в строке 3");
		assertThat((String) JsonPath.read(refused, "$.errors[2].message")).contains("Эта строка и строка 6");

		MvcResult loaded = importing(file, "VALID_ONLY", 200);

		assertThat(number(loaded, "$.created")).isEqualTo(2);
		assertThat(number(loaded, "$.updated")).isEqualTo(1);
		assertThat(number(loaded, "$.rejected")).isEqualTo(3);
		assertThat(this.directory.organizationCount()).isEqualTo(before + 2);
		assertThat(this.directory.organizationByInn(known.get(1).inn()).orElseThrow().name())
			.isEqualTo("АНО «Известная 1, обновлена»");
		assertThat(this.directory.organizationByInn(known.get(0).inn()).orElseThrow().name())
			.isEqualTo("АНО «Известная 0»");

		// the page offers the same rows, with their reasons, to fix and load again
		String page = this.mvc
			.perform(multipart("/admin/organizations/import").file(file).with(TestUsers.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		String rejected = this.mvc
			.perform(get("/admin/organizations/import/rejected").param("token", token)
				.param("fileName", "реестр.csv")
				.with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> rows = rejected.lines().skip(1).toList();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).startsWith("\"2\";\"АНО «Чужой ОГРН»\"").contains("столбец 3: ОГРН");
		assertThat(rows.get(1)).startsWith("\"4\";").contains("уже встречается в строке 3");
		assertThat(rows.get(2)).startsWith("\"7\";").contains("Эта строка и строка 6");
	}

	@Test
	void aFileWithThousandsOfProblemsListsTheFirstThousandAndCountsTheRest() throws Exception {
		List<Organisation> registry = organisations(1_510);

		MvcResult refused = importing(
				registry(registry, i -> String.join(";", "АНО «Где-то " + i + "»", registry.get(i).inn(),
						registry.get(i).ogrn(), i < 1_500 ? "Нигдейский район" : "Всеволожский", "", "")),
				"ALL_OR_NOTHING", 422);

		assertThat((List<?>) JsonPath.read(json(refused), "$.errors")).hasSize(1_000);
		assertThat(number(refused, "$.errorCount")).isEqualTo(1_500);
		assertThat(number(refused, "$.rejected")).isEqualTo(1_500);
		assertThat(number(refused, "$.errors[0].line")).isEqualTo(2);
		assertThat(number(refused, "$.errors[999].line")).isEqualTo(1_001);

		String page = this.mvc
			.perform(multipart("/admin/organizations/import")
				.file(registry(registry,
						i -> String.join(";", "АНО «Где-то " + i + "»", registry.get(i).inn(), registry.get(i).ogrn(),
								i < 1_500 ? "Нигдейский район" : "Всеволожский", "", "")))
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Показаны первые 1\u202F000 из 1\u202F500 ошибок");
	}

	/**
	 * Over a real connection: the ordinary limit (25 MB) does not apply to the registry,
	 * and a file over the registry's own 200 MB is refused from its announced length,
	 * before a byte of it is sent.
	 */
	@Test
	void theRegistryTakesFilesOverTheOrdinaryLimitAndRefusesOneOver200MegabytesInRussian() throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		HttpResponse<String> bigButAllowed = http.send(upload(26L * 1024 * 1024), HttpResponse.BodyHandlers.ofString());
		assertThat(bigButAllowed.statusCode()).isEqualTo(422);
		assertThat((String) JsonPath.read(bigButAllowed.body(), "$.errors[0].message"))
			.contains("не является таблицей");

		HttpResponse<String> tooBig = http.send(upload(201L * 1024 * 1024), HttpResponse.BodyHandlers.ofString());
		assertThat(tooBig.statusCode()).isEqualTo(413);
		assertThat((String) JsonPath.read(tooBig.body(), "$.title")).isEqualTo("Файл слишком большой");
		assertThat((String) JsonPath.read(tooBig.body(), "$.detail")).contains("не больше 200 МБ");
	}

	/**
	 * A multipart upload of a file of NUL bytes, written as it is sent (never held
	 * whole), asking the server to answer before the body is sent.
	 */
	private HttpRequest upload(long size) {
		String boundary = "nko-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		long length = head.length + size + tail.length;
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/organizations/import"))
			.timeout(Duration.ofSeconds(60))
			.expectContinue(true)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers
				.ofInputStream(() -> new SequenceInputStream(new ByteArrayInputStream(head),
						new SequenceInputStream(zeros(size), new ByteArrayInputStream(tail)))),
					length))
			.build();
	}

	private static InputStream zeros(long size) {
		return new InputStream() {

			private long left = size;

			@Override
			public int read() {
				return this.left-- > 0 ? 0 : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.left <= 0) {
					return -1;
				}
				int count = (int) Math.min(length, this.left);
				Arrays.fill(buffer, offset, offset + count, (byte) 0);
				this.left -= count;
				return count;
			}

		};
	}

}

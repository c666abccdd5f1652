package ru.nko.platform.officials;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmap.IndicatorContext;
import ru.nko.platform.roadmap.IndicatorProvider;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.StoredIndicators;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measure 1.4: officials appointed by their municipality with the act, shown to all, with
 * history and a live indicator.
 */
@PlatformTest
class ResponsibleOfficialsTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	OfficialRepository officials;

	@Autowired
	List<IndicatorProvider> providers;

	StoredIndicators stored;

	@BeforeEach
	void storedIndicators() {
		this.stored = new StoredIndicators(this.mvc);
	}

	private long municipality(String name) {
		return this.directory.municipalityByName(name).orElseThrow().id();
	}

	private MockMultipartHttpServletRequestBuilder appoint(long municipality, String name, String from) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/municipalities/{id}/official", municipality)
			.file(new MockMultipartFile("act", "распоряжение.pdf", "application/pdf", PDF))
			.param("fullName", name)
			.param("position", "Заместитель главы администрации")
			.param("email", "nko@example.ru")
			.param("actNumber", "125-р")
			.param("actDate", from)
			.param("validFrom", from)
			.with(csrf());
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anOfficerAppointsWithTheActAndEveryoneSeesWhoToContact() throws Exception {
		long kirishi = municipality("Тихвинский муниципальный район");
		IndicatorProvider provider = this.providers.stream()
			.filter(p -> p.key().equals("interaction.officials.appointed"))
			.findFirst()
			.orElseThrow();
		long before = provider.compute(new IndicatorContext(0, 0, "1.4")).longValue();

		this.mvc
			.perform(appoint(kirishi, "Первый Ответственный Иванович", "2023-09-01")
				.with(TestUsers.municipalOfficerOf(kirishi)))
			.andExpect(redirectedUrl("/municipalities/" + kirishi + "/official"));
		assertThat(html("/officials")).contains("Первый Ответственный Иванович", "№ 125-р от 1 сентября 2023 г.");
		assertThat(provider.compute(new IndicatorContext(0, 0, "1.4")).longValue()).isEqualTo(before + 1);
		// appointing told the roadmap: its stored indicator of 1.4 moved at once
		assertThat(this.stored.actual("1.4", "Муниципальные образования с назначенным ответственным (с актом)"))
			.isEqualByComparingTo(BigDecimal.valueOf(before + 1));

		this.mvc
			.perform(appoint(kirishi, "Второй Ответственный Петрович", LocalDate.now().minusDays(1).toString())
				.with(TestUsers.municipalOfficerOf(kirishi)))
			.andExpect(status().is3xxRedirection());
		List<ResponsibleOfficial> history = this.officials.findByMunicipalityIdOrderByValidFromDescIdDesc(kirishi);
		assertThat(history).hasSize(2);
		assertThat(history.get(1).getValidTo()).isEqualTo(LocalDate.now().minusDays(2));
		assertThat(html("/officials")).contains("Второй Ответственный Петрович")
			.doesNotContain("Первый Ответственный Иванович");
		this.mvc.perform(get("/officials/acts/{id}", history.get(0).getId())).andExpect(status().isOk());
		assertThat(provider.compute(new IndicatorContext(0, 0, "1.4")).longValue()).isEqualTo(before + 1);

		String refused = this.mvc
			.perform(appoint(kirishi, "Задним числом", "2023-01-01").with(TestUsers.municipalOfficerOf(kirishi)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("должно начинаться позже действующего");
		assertThat(this.officials.findByMunicipalityIdOrderByValidFromDescIdDesc(kirishi)).hasSize(2);
	}

	@Test
	void onlyTheMunicipalitysOwnOfficersAndAdministratorsAppoint() throws Exception {
		long luga = municipality("Лодейнопольский муниципальный район");
		long tosno = municipality("Тосненский муниципальный район");
		this.mvc.perform(appoint(luga, "Чужой", "2024-01-10").with(TestUsers.municipalOfficerOf(tosno)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/municipalities/{id}/official", luga).with(TestUsers.municipalOfficerOf(tosno)))
			.andExpect(status().isForbidden());
		this.mvc.perform(appoint(luga, "Представитель", "2024-01-10").with(TestUsers.representativeOf(1)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/municipalities/{id}/official", luga)).andExpect(redirectedUrl("/login"));
		assertThat(this.officials.findByMunicipalityIdOrderByValidFromDescIdDesc(luga)).isEmpty();
		this.mvc.perform(get("/municipalities/{id}/official", luga).with(TestUsers.admin())).andExpect(status().isOk());
	}

	@Test
	void badInputIsRefusedInRussianAndNothingIsSaved() throws Exception {
		long slantsy = municipality("Сланцевский муниципальный район");
		String page = this.mvc
			.perform(multipart("/municipalities/{id}/official", slantsy)
				.file(new MockMultipartFile("act", "акт.pdf", "application/pdf",
						"MZ not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
				.param("fullName", "")
				.param("actDate", "2030-01-01")
				.param("validFrom", "2029-01-01")
				.param("email", "почта")
				.with(TestUsers.municipalOfficerOf(slantsy))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Укажите фамилию", "Укажите номер акта", "не может быть позже сегодняшней",
				"раньше даты акта", "name@example.ru", "не подходит");
		assertThat(this.officials.findByMunicipalityIdOrderByValidFromDescIdDesc(slantsy)).isEmpty();
	}

	@Test
	void aPhoneOrEmailLongerThanTheTableHoldsIsRefusedInRussianNotAServerError() throws Exception {
		long slantsy = municipality("Сланцевский муниципальный район");
		String page = this.mvc
			.perform(appoint(slantsy, "Длинные Контакты Иванович", "2024-03-01")
				.param("email", "a".repeat(195) + "@example.ru")
				.param("phone", "+7 (813) 742-12-34, доб. " + "1".repeat(40))
				.with(TestUsers.municipalOfficerOf(slantsy)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("«Электронная почта»: не длиннее 200 знаков", "«Телефон»: не длиннее 50 знаков",
				"href=\"#f-email\"", "href=\"#f-phone\"");
		assertThat(this.officials.findByMunicipalityIdOrderByValidFromDescIdDesc(slantsy)).isEmpty();
		// the form itself stops typing at the same lengths
		assertThat(page).containsPattern("id=\"f-phone\"[^>]*maxlength=\"50\"")
			.containsPattern("id=\"f-email\"[^>]*maxlength=\"200\"")
			.containsPattern("id=\"f-fullName\"[^>]*maxlength=\"200\"")
			.containsPattern("id=\"f-position\"[^>]*maxlength=\"300\"")
			.containsPattern("id=\"f-actNumber\"[^>]*maxlength=\"50\"");
	}

	@Test
	void aNamePositionOrActNumberLongerThanItsColumnIsRefusedNamingTheField() throws Exception {
		long slantsy = municipality("Сланцевский муниципальный район");
		String page = this.mvc
			.perform(multipart("/municipalities/{id}/official", slantsy)
				.file(new MockMultipartFile("act", "распоряжение.pdf", "application/pdf", PDF))
				.param("fullName", "Иванов ".repeat(30))
				.param("position", "Заместитель главы ".repeat(20))
				.param("actNumber", "125-р ".repeat(10))
				.param("actDate", "2024-03-01")
				.param("validFrom", "2024-03-01")
				.with(TestUsers.municipalOfficerOf(slantsy))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("«Фамилия, имя, отчество»: не длиннее 200 знаков, сейчас 209",
				"«Должность»: не длиннее 300 знаков, сейчас 359",
				"«Номер акта о назначении»: не длиннее 50 знаков, сейчас 59", "href=\"#f-fullName\"",
				"href=\"#f-position\"", "href=\"#f-actNumber\"");
		assertThat(this.officials.findByMunicipalityIdOrderByValidFromDescIdDesc(slantsy)).isEmpty();
	}

	@Test
	void theActIsHandedOutAsADownloadThatIsNotSniffed() throws Exception {
		long sosnovy = municipality("Сосновоборский городской округ");
		this.mvc.perform(appoint(sosnovy, "Скачиваемый Акт Петрович", "2024-05-06").with(TestUsers.admin()))
			.andExpect(status().is3xxRedirection());
		long id = this.officials.findByMunicipalityIdOrderByValidFromDescIdDesc(sosnovy).get(0).getId();
		var response = this.mvc.perform(get("/officials/acts/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
	}

	@Test
	void theApiListsTheMunicipalitiesWithTheirOktmo() throws Exception {
		String json = html("/api/v1/municipalities");
		assertThat((List<String>) JsonPath.read(json, "$[*].name")).contains("Всеволожский муниципальный район",
				"Сосновоборский городской округ");
		assertThat((List<String>) JsonPath.read(json, "$[?(@.name == 'Сосновоборский городской округ')].oktmo"))
			.containsExactly("41754000");
	}

}

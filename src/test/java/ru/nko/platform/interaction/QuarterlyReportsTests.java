package ru.nko.platform.interaction;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality's quarterly report: its own officers and administrators get it as a
 * page, PDF and XLSX; nobody else.
 */
@PlatformTest
class QuarterlyReportsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	private long municipality(String name) {
		return this.directory.municipalityByName(name).orElseThrow().id();
	}

	@Test
	void theOfficerGetsTheQuarterWithItsProblemsPlanAndMeetingsAsPageAndFiles() throws Exception {
		long vsevolozhsk = municipality("Всеволожский муниципальный район");
		int year = LocalDate.now().getYear();
		String page = this.mvc
			.perform(get("/municipalities/{id}/report", vsevolozhsk).param("year", String.valueOf(year))
				.param("quarter", "3")
				.with(TestUsers.municipalOfficerOf(vsevolozhsk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Всеволожский муниципальный район, III квартал " + year + " года",
				"Рабочая встреча квартала", "Проблем включено в план", "Мероприятий в плане на год");

		byte[] pdf = this.mvc
			.perform(get("/municipalities/{id}/report.pdf", vsevolozhsk).param("year", String.valueOf(year))
				.param("quarter", "3")
				.with(TestUsers.municipalOfficerOf(vsevolozhsk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PdfReader reader = new PdfReader(pdf)) {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("III квартал", "Основные цифры", "Проблем решено");
		}
		byte[] xlsx = this.mvc
			.perform(get("/municipalities/{id}/report.xlsx", vsevolozhsk).param("year", String.valueOf(year))
				.param("quarter", "3")
				.with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("Проблем зарегистрировано в квартале");
			assertThat(workbook.getSheetAt(3).getPhysicalNumberOfRows()).isGreaterThan(1);
		}
	}

	@Test
	void nobodyButTheMunicipalitysOfficersAndAdministratorsGetsIt() throws Exception {
		long vyborg = municipality("Выборгский район");
		long luga = municipality("Лужский муниципальный район");
		for (String path : new String[] { "/municipalities/{id}/report", "/municipalities/{id}/report.pdf",
				"/municipalities/{id}/report.xlsx" }) {
			this.mvc.perform(get(path, vyborg)).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(path, vyborg).with(TestUsers.municipalOfficerOf(luga)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path, vyborg).with(TestUsers.representativeOf(1))).andExpect(status().isForbidden());
			this.mvc.perform(get(path, vyborg).with(TestUsers.expert())).andExpect(status().isForbidden());
			this.mvc.perform(get(path, vyborg).with(TestUsers.municipalOfficerOf(vyborg))).andExpect(status().isOk());
			this.mvc.perform(get(path, vyborg).with(TestUsers.admin())).andExpect(status().isOk());
		}
		this.mvc.perform(get("/municipalities/{id}/report", 999_999).with(TestUsers.admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/municipalities/{id}/report", vyborg).param("quarter", "5").with(TestUsers.admin()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/municipalities/{id}/report", vyborg)
				.param("year", String.valueOf(LocalDate.now().getYear() + 1))
				.with(TestUsers.admin()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theStartingPageOffersEachOneTheReportsTheyMayOpen() throws Exception {
		long vyborg = municipality("Выборгский район");
		long luga = municipality("Лужский муниципальный район");
		String guest = this.mvc.perform(get("/interaction"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(guest).contains("/problems", "/plans", "/meetings/compliance").doesNotContain("/report");
		String officer = this.mvc.perform(get("/interaction").with(TestUsers.municipalOfficerOf(vyborg)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(officer).contains("/municipalities/" + vyborg + "/report")
			.doesNotContain("/municipalities/" + luga + "/report");
		String admin = this.mvc.perform(get("/interaction").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(admin).contains("/municipalities/" + vyborg + "/report", "/municipalities/" + luga + "/report");
	}

	@Test
	void theReportRunsAFixedNumberOfQueriesWhateverTheMunicipalityHolds() throws Exception {
		// both have problems, a plan with items and meetings in the quarter, in different
		// numbers
		long busy = queries(municipality("Всеволожский муниципальный район"));
		long other = queries(municipality("Кировский муниципальный район"));
		assertThat(busy).isEqualTo(other).isLessThanOrEqualTo(20);
	}

	private long queries(long municipalityId) throws Exception {
		this.mvc
			.perform(get("/municipalities/{id}/report", municipalityId).param("quarter", "3").with(TestUsers.admin()))
			.andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc
			.perform(get("/municipalities/{id}/report", municipalityId).param("quarter", "3").with(TestUsers.admin()))
			.andExpect(status().isOk());
		return QueryCounting.count();
	}

}

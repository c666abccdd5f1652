package ru.nko.platform.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestInns;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Representatives keep their card; every change is in its history; nobody else may change
 * or read it.
 */
@PlatformTest
class OrganizationCardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	private long organization() {
		String inn = TestInns.inn();
		long municipality = this.directory.municipalities().get(1).id();
		return SystemAuthentication
			.call(() -> this.directory.saveOrganization(new OrganizationData("АНО «Карточка " + inn + "»", null, null,
					inn, null, null, null, null, municipality, false, null, false, null, false, false, null, null, null,
					"Старый Руководитель", null, null, null, null, null, Set.of(), List.of())))
			.id();
	}

	private MockHttpServletRequestBuilder edit(long id, String headName, String website) {
		return post("/organizations/{id}/edit", id).with(csrf())
			.param("name", this.directory.organization(id).orElseThrow().name())
			.param("municipalityId", String.valueOf(this.directory.municipalities().get(1).id()))
			.param("headName", headName)
			.param("website", website)
			.param("areas", "CULTURE", "YOUTH");
	}

	@Test
	void aRepresentativeChangesTheCardAndTheHistoryShowsOldAndNew() throws Exception {
		long id = organization();
		this.mvc.perform(edit(id, "Новая Руководительница", "kartochka.ru").with(TestUsers.representativeOf(id)))
			.andExpect(redirectedUrl("/organizations/" + id));

		OrganizationData data = this.directory.organizationData(id).orElseThrow();
		assertThat(data.headName()).isEqualTo("Новая Руководительница");
		assertThat(data.website()).isEqualTo("https://kartochka.ru");
		assertThat(data.activityAreas()).containsExactlyInAnyOrder(ActivityArea.CULTURE, ActivityArea.YOUTH);
		String history = this.mvc.perform(get("/organizations/{id}/history", id).with(TestUsers.representativeOf(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(history).contains("Старый Руководитель", "Новая Руководительница", "Руководитель");
	}

	@Test
	void badInputIsRefusedInRussianAndChangesNothing() throws Exception {
		long id = organization();
		String page = this.mvc
			.perform(edit(id, "Кто-то", "не сайт").param("publicEmail", "почта").with(TestUsers.representativeOf(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Укажите адрес страницы", "name@example.ru");
		assertThat(this.directory.organizationData(id).orElseThrow().headName()).isEqualTo("Старый Руководитель");
	}

	@Test
	void refusesOverlongTextsNamingEachField() throws Exception {
		long id = organization();
		String page = this.mvc
			.perform(edit(id, "Руководитель", "").param("shortName", "К".repeat(300))
				.param("publicPhone", "8 812 123-45-67, 8 812 765-43-21, 8 921 000-00-00, 8 921 111-11-11")
				.param("address", "А".repeat(501))
				.with(TestUsers.representativeOf(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("id=\"e-shortName\"", "id=\"e-publicPhone\"", "id=\"e-address\"",
				"«Сокращённое наименование»: не длиннее 200 знаков", "не длиннее 50 знаков", "не длиннее 500 знаков");
		assertThat(this.directory.organizationData(id).orElseThrow().shortName()).isNull();
	}

	@Test
	void refusesLinksThatAreNotWebPages() throws Exception {
		long id = organization();
		String page = this.mvc
			.perform(edit(id, "Руководитель", "javascript:alert(document.cookie)")
				.param("vk", "ftp://files.vk.com/group")
				.param("telegram", "t.me/ канал")
				.param("ok", "https://ok.ru/group\"><script>")
				.with(TestUsers.representativeOf(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("id=\"e-website\"", "id=\"e-vk\"", "id=\"e-telegram\"", "id=\"e-ok\"");
		assertThat(this.directory.organizationData(id).orElseThrow().website()).isNull();
	}

	@Test
	void onlyTheAdministratorSetsStatusesFromRegisters() throws Exception {
		long id = organization();
		this.mvc
			.perform(edit(id, "Руководитель", "").param("statusesGiven", "true")
				.param("iopu", "true")
				.param("iopuSince", "2024-03-01")
				.with(TestUsers.representativeOf(id)))
			.andExpect(redirectedUrl("/organizations/" + id));
		assertThat(this.directory.organizationData(id).orElseThrow().iopu()).isFalse();

		this.mvc
			.perform(edit(id, "Руководитель", "").param("statusesGiven", "true")
				.param("iopu", "true")
				.param("iopuSince", "2024-03-01")
				.param("supportParticipant", "true")
				.with(TestUsers.admin()))
			.andExpect(redirectedUrl("/organizations/" + id));
		OrganizationData data = this.directory.organizationData(id).orElseThrow();
		assertThat(data.iopu()).isTrue();
		assertThat(data.iopuSince()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(data.supportParticipant()).isTrue();
	}

	@Test
	void nobodyElseChangesOrReadsTheHistory() throws Exception {
		long id = organization();
		long other = organization();
		this.mvc.perform(edit(id, "Чужой", "").with(TestUsers.representativeOf(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organizations/{id}/edit", id).with(TestUsers.expert()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organizations/{id}/history", id).with(TestUsers.representativeOf(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organizations/{id}/history", id)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/organizations/{id}/openness", id).with(TestUsers.representativeOf(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organizations/{id}/history", id).with(TestUsers.admin())).andExpect(status().isOk());
		assertThat(this.directory.organizationData(id).orElseThrow().headName()).isEqualTo("Старый Руководитель");
	}

	@Test
	void theCardFormSaysHowCompleteTheCardIsAndLinksEachMissingField() throws Exception {
		long id = organization();
		String form = html(get("/organizations/{id}/edit", id).with(TestUsers.representativeOf(id)));
		// only the head is filled in: one field of six
		assertThat(form)
			.contains("Карточка заполнена на 16 %", "href=\"#f-address\"", "href=\"#f-website\"",
					"href=\"#f-publicEmail\"", "href=\"#f-description\"", "href=\"#f-areas\"")
			.doesNotContain("href=\"#f-headName\"");
		// each network has its own example
		assertThat(form).contains("https://vk.com/dobrye_sosedi", "https://t.me/dobrye_sosedi", "https://ok.ru/group/");

		this.mvc.perform(edit(id, "Новая Руководительница", "kartochka.ru").with(TestUsers.representativeOf(id)))
			.andExpect(status().is3xxRedirection());
		String after = html(get("/organizations/{id}/edit", id).with(TestUsers.representativeOf(id)));
		assertThat(after).contains("Карточка заполнена на 50 %").doesNotContain("href=\"#f-website\"");
	}

	@Test
	void theGuestSeesAWayToClaimTheOrganisationWithItsInnFilledIn() throws Exception {
		long id = organization();
		String inn = this.directory.organization(id).orElseThrow().inn();
		String card = html(get("/organizations/{id}", id));
		assertThat(card).contains("Я представляю эту организацию", "/organizations/claim?inn=" + inn);
		assertThat(html(get("/organizations/{id}", id).with(TestUsers.representativeOf(id))))
			.doesNotContain("Я представляю эту организацию");
		assertThat(html(get("/organizations/claim").param("inn", inn).with(TestUsers.expert())))
			.contains("value=\"" + inn + "\"");
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}

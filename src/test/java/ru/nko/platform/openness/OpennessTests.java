package ru.nko.platform.openness;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.SocialNetwork;
import ru.nko.platform.roadmap.IndicatorContext;
import ru.nko.platform.roadmap.IndicatorProvider;
import ru.nko.platform.support.MutableClock;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.StoredIndicators;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Openness of an organisation over the API, scoped to its representatives, and the shares
 * for 2.1 and 2.2.
 */
@PlatformTest
class OpennessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	List<IndicatorProvider> providers;

	@Autowired
	OrganizationDocumentRepository documents;

	@Autowired
	MutableClock clock;

	private long organization(boolean withGroup) {
		String inn = "98" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
		List<OrganizationData.SocialPageLink> pages = withGroup
				? List.of(new OrganizationData.SocialPageLink(SocialNetwork.VK, "https://vk.com/open" + inn))
				: List.of();
		return SystemAuthentication
			.call(() -> this.directory.saveOrganization(new OrganizationData("АНО «Открытость " + inn + "»", null, null,
					inn, null, null, null, null, null, true, null, false, null, false, true, null, "open@example.ru",
					null, "Петрова П. П.", null, null, null, null, null, Set.of(), pages)))
			.id();
	}

	@Test
	void aRepresentativeSeesTheirOrganisationsOpennessWithAdvice() throws Exception {
		long id = organization(true);
		String json = this.mvc
			.perform(get("/api/v1/organizations/{id}/openness", id).with(TestUsers.representativeOf(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat((Integer) JsonPath.read(json, "$.score")).isBetween(1, 99);
		assertThat((String) JsonPath.read(json, "$.level")).isEqualTo("LOW");
		assertThat((List<String>) JsonPath.read(json, "$.criteria[?(@.met == false)].advice")).isNotEmpty()
			.allSatisfy(advice -> assertThat(advice).isNotBlank());
		assertThat((List<Boolean>) JsonPath.read(json, "$.criteria[?(@.code == 'SOCIAL_GROUP')].met"))
			.containsExactly(true);
	}

	@Test
	void nobodyElseSeesIt() throws Exception {
		long id = organization(false);
		long other = organization(false);
		this.mvc.perform(get("/api/v1/organizations/{id}/openness", id).with(TestUsers.representativeOf(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/organizations/{id}/openness", id).with(TestUsers.expert()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/organizations/{id}/openness", id)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/organizations/{id}/openness", id).with(TestUsers.admin()))
			.andExpect(status().isOk());
	}

	@Test
	void theSharesAmongApplicantsFollowTheirDataAtOnce() {
		IndicatorProvider social = provider("openness.applicants.social-share");
		IndicatorProvider required = provider("openness.applicants.required-share");
		IndicatorContext context = new IndicatorContext(0, 0, "2.2");
		double before = social.compute(context).doubleValue();
		organization(true);
		double after = social.compute(context).doubleValue();
		assertThat(after).isGreaterThan(before);

		long id = organization(true);
		double requiredBefore = required.compute(context).doubleValue();
		SystemAuthentication.run(() -> {
			this.documents.save(OrganizationDocument.link(id, DocumentKind.CHARTER, null, "Устав",
					"https://example.ru/ustav.pdf", Instant.now(), "тест"));
			this.documents.save(OrganizationDocument.link(id, DocumentKind.ANNUAL_REPORT, LocalDate.now().getYear() - 1,
					"Отчёт", "https://example.ru/report.pdf", Instant.now(), "тест"));
		});
		assertThat(required.compute(context).doubleValue()).isGreaterThan(requiredBefore);
	}

	@Test
	void aRepresentativeUploadsADocumentWhichAnyoneCanThenDownload() throws Exception {
		long id = organization(false);
		byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		this.mvc
			.perform(MockMvcRequestBuilders.multipart("/organizations/{id}/openness/documents", id)
				.file(new MockMultipartFile("file", "устав.pdf", "application/pdf", pdf))
				.param("kind", "CHARTER")
				.param("title", "Устав")
				.with(TestUsers.representativeOf(id))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		OrganizationDocument document = this.documents.findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(id)
			.get(0);
		this.mvc.perform(get("/organizations/{id}/documents/{d}", id, document.getId()))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().bytes(pdf));
		String json = this.mvc
			.perform(get("/api/v1/organizations/{id}/openness", id).with(TestUsers.representativeOf(id)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<Boolean>) JsonPath.read(json, "$.criteria[?(@.code == 'CHARTER')].met")).containsExactly(true);

		this.mvc
			.perform(MockMvcRequestBuilders.multipart("/organizations/{id}/openness/documents", id)
				.file(new MockMultipartFile("file", "устав.pdf", "application/pdf",
						"MZ".getBytes(StandardCharsets.US_ASCII)))
				.param("kind", "CHARTER")
				.with(TestUsers.representativeOf(id))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk());
		assertThat(this.documents.findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(id)).hasSize(1);
	}

	@Test
	void aDocumentLinkMustBeAWebPage() throws Exception {
		long id = organization(false);
		for (String link : new String[] { "https://dobrye.ru/otchet.pdf\"onmouseover=\"alert(1)",
				"ftp://dobrye.ru/otchet.pdf", "javascript:alert(1)//x.pdf", "отчёт" }) {
			String page = this.mvc
				.perform(MockMvcRequestBuilders.post("/organizations/{id}/openness/documents", id)
					.param("kind", "CHARTER")
					.param("url", link)
					.with(TestUsers.representativeOf(id))
					.with(SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).as(link).contains("id=\"e-url\"");
		}
		assertThat(this.documents.findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(id)).isEmpty();
	}

	@Test
	void aTitleOrLinkLongerThanItsColumnIsRefusedNamingTheFieldAndNothingIsPublished() throws Exception {
		long id = organization(false);
		String page = this.mvc
			.perform(MockMvcRequestBuilders.post("/organizations/{id}/openness/documents", id)
				.param("kind", "CHARTER")
				.param("title", "Устав организации ".repeat(20))
				.param("url", "https://dobrye.ru/" + "ustav/".repeat(90) + "ustav.pdf")
				.with(TestUsers.representativeOf(id))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("«Название»: не длиннее 300 знаков, сейчас 359",
				"«Ссылка на документ»: не длиннее 500 знаков, сейчас 567", "id=\"e-title\"", "id=\"e-url\"");
		assertThat(this.documents.findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(id)).isEmpty();
	}

	@Test
	void documentsAndCardsThatChangeTellTheRoadmapToRecompute21And22AndNothingElse() throws Exception {
		StoredIndicators stored = new StoredIndicators(this.mvc);
		long id = organization(false);
		long municipality = this.directory.municipalities().get(0).id();
		String problems = "Проблемы НКО, зарегистрированные в муниципальных образованиях";
		Instant problemsComputed = stored.computedAt("1.1", problems);
		try {
			// each change at its own moment: the indicators recomputed after it carry
			// that moment
			Instant published = moment(1);
			this.mvc
				.perform(post("/organizations/{id}/openness/documents", id).param("kind", "CHARTER")
					.param("url", "https://example.ru/ustav.pdf")
					.with(TestUsers.representativeOf(id))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(StoredIndicators.computedAt(stored.first("2.1"))).isEqualTo(published);
			assertThat(StoredIndicators.computedAt(stored.first("2.2"))).isEqualTo(published);
			assertThat(stored.computedAt("1.1", problems)).isEqualTo(problemsComputed);

			Instant withdrawn = moment(2);
			long document = this.documents.findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(id)
				.get(0)
				.getId();
			this.mvc
				.perform(post("/organizations/{id}/openness/documents/{d}/withdraw", id, document)
					.with(TestUsers.representativeOf(id))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(StoredIndicators.computedAt(stored.first("2.1"))).isEqualTo(withdrawn);

			// the card is the directory's: it says so with its own event, which this
			// module passes on to the roadmap
			Instant edited = moment(3);
			this.mvc
				.perform(post("/organizations/{id}/edit", id).param("name", "АНО «Открытая карточка»")
					.param("municipalityId", String.valueOf(municipality))
					.param("vk", "https://vk.com/open-card")
					.with(TestUsers.representativeOf(id))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(StoredIndicators.computedAt(stored.first("2.2"))).isEqualTo(edited);
			assertThat(stored.computedAt("1.1", problems)).isEqualTo(problemsComputed);
		}
		finally {
			this.clock.reset();
		}
	}

	/**
	 * Sets the clock a whole number of seconds ahead, so that a stored time compares
	 * exactly.
	 */
	private Instant moment(int seconds) {
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds);
		this.clock.set(at);
		return at;
	}

	private IndicatorProvider provider(String key) {
		return this.providers.stream().filter(provider -> provider.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void theSelfCheckSaysWhatEachCriterionIsWorthAndWhereItIsMet() throws Exception {
		long id = organization(false);
		String page = this.mvc.perform(get("/organizations/{id}/openness", id).with(TestUsers.representativeOf(id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// every criterion says its weight, in words with the right plural (other tests
		// may change the weights)
		assertThat(page).containsPattern("Вес критерия: \\d+ (балл|балла|баллов) из 100")
			.doesNotContain("Вес критерия: 5 балла", "Вес критерия: 1 баллов");
		assertThat(page.split("Вес критерия: ", -1).length - 1)
			.isEqualTo(page.split("class=\"card mb-2\"", -1).length - 1);
		// unmet: the site (to the card's field) and the charter (to the document form
		// here)
		assertThat(page).contains("href=\"/organizations/" + id + "/edit#f-website\"",
				"href=\"/organizations/" + id + "/openness#f-kind\"", "Где это сделать");
		// met (the head is named): no link to do it again
		assertThat(page).doesNotContain("/edit#f-headName");
	}

}

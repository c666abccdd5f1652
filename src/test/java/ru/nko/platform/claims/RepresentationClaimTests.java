package ru.nko.platform.claims;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestInns;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration and claims: bad input refused in Russian, the claimant's document private,
 * only administrators decide.
 */
@PlatformTest
class RepresentationClaimTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	RepresentationClaimRepository claims;

	@Autowired
	DirectoryManagement directory;

	private String person() {
		String login = "claim" + UUID.randomUUID().toString().substring(0, 6);
		SystemAuthentication.run(() -> this.users.ensureUser(login, "claim-pass-1", "Заявитель " + login, Set.of()));
		return login;
	}

	@Test
	void registrationRefusesBadInputInRussianAndCreatesNobody() throws Exception {
		String page = this.mvc
			.perform(post("/register").with(csrf())
				.param("username", "x")
				.param("fullName", "")
				.param("email", "")
				.param("password", "short")
				.param("repeatedPassword", "other"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Укажите логин", "Укажите фамилию", "Укажите адрес электронной почты",
				"Пароли не совпадают", "Без согласия на обработку персональных данных");
		String login = "reg" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/register").with(csrf())
				.param("username", login)
				.param("fullName", "Регистрация Проверка")
				.param("email", login + "@example.ru")
				.param("password", "long-enough-1")
				.param("repeatedPassword", "long-enough-1")
				.param("consent", "true"))
			.andExpect(redirectedUrl("/login?registered"));
		this.mvc.perform(get("/account").with(httpBasic(login, "long-enough-1"))).andExpect(status().isOk());
	}

	@Test
	void aNewOrganisationWaitsForTheAdministratorAndItsDocumentStaysPrivate() throws Exception {
		String login = person();
		String inn = TestInns.inn();
		long municipality = this.directory.municipalities().get(2).id();
		this.mvc
			.perform(multipart("/organizations/claim")
				.file(new MockMultipartFile("document", "протокол.pdf", "application/pdf", PDF))
				.param("inn", inn)
				.param("position", "председатель")
				.param("name", "АНО «Новенькая " + inn + "»")
				.param("municipalityId", String.valueOf(municipality))
				.with(httpBasic(login, "claim-pass-1"))
				.with(csrf()))
			.andExpect(redirectedUrl("/organizations/claim#mine"));
		RepresentationClaim claim = this.claims.findAll()
			.stream()
			.filter(c -> c.getUsername().equals(login))
			.findFirst()
			.orElseThrow();
		assertThat(this.directory.organizationData(claim.getOrganizationId())).as("hidden until approved").isEmpty();

		this.mvc
			.perform(get("/organizations/claims/{id}/document", claim.getId()).with(httpBasic(login, "claim-pass-1")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/organizations/claims/{id}/document", claim.getId()).with(TestUsers.expert()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/claims").with(httpBasic(login, "claim-pass-1"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/claims/{id}/approve", claim.getId()).with(TestUsers.expert()).with(csrf()))
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/admin/claims/{id}/reject", claim.getId()).with(TestUsers.admin()).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.claims.findById(claim.getId()).orElseThrow().getStatus())
			.isEqualTo(RepresentationClaim.Status.PENDING);

		this.mvc.perform(post("/admin/claims/{id}/approve", claim.getId()).with(TestUsers.admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/claims"));
		assertThat(this.directory.organizationData(claim.getOrganizationId())).isPresent();
		this.mvc
			.perform(get("/organizations/{id}/edit", claim.getOrganizationId()).with(httpBasic(login, "claim-pass-1")))
			.andExpect(status().isOk());
	}

	@Test
	void aClaimNeedsAValidInnAPositionAndARealDocument() throws Exception {
		String login = person();
		String page = this.mvc
			.perform(multipart("/organizations/claim")
				.file(new MockMultipartFile("document", "скан.pdf", "application/pdf",
						"MZ not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
				.param("inn", "4703050003")
				.param("position", "")
				.with(httpBasic(login, "claim-pass-1"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("контрольная цифра", "Укажите вашу должность", "не подходит");
		assertThat(this.claims.findAll().stream().filter(c -> c.getUsername().equals(login)).toList()).isEmpty();
		this.mvc.perform(get("/organizations/claim")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesOverlongTextsNamingEachField() throws Exception {
		String login = person();
		String inn = TestInns.inn();
		long municipality = this.directory.municipalities().get(2).id();
		String page = this.mvc
			.perform(multipart("/organizations/claim")
				.file(new MockMultipartFile("document", "протокол.pdf", "application/pdf", PDF))
				.param("inn", inn)
				.param("position", "п".repeat(201))
				.param("name", "Н".repeat(501))
				.param("municipalityId", String.valueOf(municipality))
				.with(httpBasic(login, "claim-pass-1"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"e-position\"", "id=\"e-name\"", "не длиннее 200 знаков",
				"не длиннее 500 знаков");
		assertThat(this.claims.findAll().stream().filter(c -> c.getUsername().equals(login)).toList()).isEmpty();

		this.mvc
			.perform(multipart("/organizations/claim")
				.file(new MockMultipartFile("document", "протокол.pdf", "application/pdf", PDF))
				.param("inn", inn)
				.param("position", "председатель")
				.param("name", "АНО «Длинные тексты " + inn + "»")
				.param("municipalityId", String.valueOf(municipality))
				.with(httpBasic(login, "claim-pass-1"))
				.with(csrf()))
			.andExpect(redirectedUrl("/organizations/claim#mine"));
		RepresentationClaim claim = this.claims.findAll()
			.stream()
			.filter(c -> c.getUsername().equals(login))
			.findFirst()
			.orElseThrow();
		String decision = this.mvc
			.perform(post("/admin/claims/{id}/reject", claim.getId()).param("reason", "причина ".repeat(130))
				.with(TestUsers.admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(decision).contains("id=\"e-reason\"", "не длиннее 1000 знаков");
		assertThat(this.claims.findById(claim.getId()).orElseThrow().getStatus())
			.isEqualTo(RepresentationClaim.Status.PENDING);
	}

}

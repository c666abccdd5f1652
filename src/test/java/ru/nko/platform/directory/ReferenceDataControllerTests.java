package ru.nko.platform.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.nko.platform.support.TestUsers.admin;
import static ru.nko.platform.support.TestUsers.as;

/**
 * The administrator's municipality and body directories, through the web layer with
 * security on.
 */
@PlatformTest
class ReferenceDataControllerTests {

	/** The municipal units of Leningrad Oblast loaded by the V3 migration. */
	static final List<String> LENINGRAD_OBLAST = List.of("Бокситогорский муниципальный район",
			"Волосовский муниципальный район", "Волховский муниципальный район", "Всеволожский муниципальный район",
			"Выборгский район", "Гатчинский муниципальный округ", "Кингисеппский муниципальный район",
			"Киришский муниципальный район", "Кировский муниципальный район", "Лодейнопольский муниципальный район",
			"Ломоносовский муниципальный район", "Лужский муниципальный район", "Подпорожский муниципальный район",
			"Приозерский муниципальный район", "Сланцевский муниципальный район", "Тихвинский муниципальный район",
			"Тосненский муниципальный район", "Сосновоборский городской округ");

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	ReferenceDataService service;

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		long id = municipalityId("Лужский муниципальный район");
		for (String path : List.of("/admin/municipalities", "/admin/municipalities/" + id, "/admin/bodies",
				"/admin/bodies/new")) {
			this.mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void refusesAnyoneButTheRegionalAdministrator() throws Exception {
		long id = municipalityId("Лужский муниципальный район");
		RequestPostProcessor officer = as(new CurrentUser(1_000_002, "officer", "Специалист", "x", true,
				Set.of(Grant.of(Role.MUNICIPAL_OFFICER, id))));
		this.mvc.perform(get("/admin/municipalities").with(officer)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/municipalities/" + id).with(officer)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/municipalities/" + id).with(officer)
				.with(csrf())
				.param("name", "Другое имя")
				.param("kind", "MUNICIPAL_DISTRICT"))
			.andExpect(status().isForbidden());
		assertThat(this.directory.municipality(id).orElseThrow().name()).isEqualTo("Лужский муниципальный район");
	}

	@Test
	void theServiceItselfRefusesAnyoneButTheRegionalAdministrator() {
		CurrentUser officer = new CurrentUser(1_000_003, "officer", "Специалист", "x", true,
				Set.of(Grant.of(Role.MUNICIPAL_OFFICER, 1)));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		try {
			assertThatThrownBy(() -> this.service.municipalities()).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.service.updateBody(1, 0,
					new ReferenceDataService.BodyForm("x", null, BodyKind.OTHER, true)))
				.isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void listsTheEighteenMunicipalitiesOfLeningradOblastWithRussianKinds() throws Exception {
		String page = html(get("/admin/municipalities"));

		assertThat(page).contains(LENINGRAD_OBLAST)
			.contains("Муниципальный район", "Городской округ", "41633000", "Добавить муниципальное образование",
					"Действует");
		assertThat(LENINGRAD_OBLAST).hasSize(18);
	}

	@Test
	void showsTheEditFormAndTheStartOfHistoryOfLoadedData() throws Exception {
		long id = municipalityId("Тихвинский муниципальный район");

		String page = html(get("/admin/municipalities/" + id));

		assertThat(page).contains("value=\"Тихвинский муниципальный район\"", "value=\"41645000\"", "for=\"f-oktmo\"",
				"История изменений", "создано", "система");
	}

	@Test
	void renamingAMunicipalityShowsOldAndNewNamesInItsHistory() throws Exception {
		String name = "Тестовый муниципальный округ " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/admin/municipalities").with(admin())
				.with(csrf())
				.param("name", name)
				.param("kind", "MUNICIPAL_OKRUG")
				.param("oktmo", "41 600 000")
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());
		long id = municipalityId(name);
		var created = SystemAuthentication.call(() -> this.service.municipality(id));
		assertThat(created.oktmo()).isEqualTo("41600000");

		this.mvc
			.perform(post("/admin/municipalities/" + id).with(admin())
				.with(csrf())
				.param("version", String.valueOf(created.version()))
				.param("name", name + " (новый)")
				.param("kind", "URBAN_OKRUG")
				.param("oktmo", "41600000"))
			.andExpect(status().is3xxRedirection());

		var renamed = SystemAuthentication.call(() -> this.service.municipality(id));
		assertThat(renamed.name()).isEqualTo(name + " (новый)");
		assertThat(renamed.active()).isFalse();
		String page = html(get("/admin/municipalities/" + id));
		assertThat(page).contains(">" + name + "</del>", "→ " + name + " (новый)", "Муниципальный округ</del>",
				"→ Городской округ", "admin");
	}

	@Test
	void refusesABadOktmoAndChangesNothing() throws Exception {
		long id = municipalityId("Лужский муниципальный район");
		var before = SystemAuthentication.call(() -> this.service.municipality(id));

		String page = html(post("/admin/municipalities/" + id).with(csrf())
			.param("version", String.valueOf(before.version()))
			.param("name", "Лужский район")
			.param("kind", "MUNICIPAL_DISTRICT")
			.param("oktmo", "4163")
			.param("active", "true"));

		assertThat(page).contains("Исправьте ошибки", "Укажите код ОКТМО из 8 или 11 цифр", "href=\"#f-oktmo\"",
				"aria-describedby=\"e-oktmo h-oktmo\"", "value=\"Лужский район\"");
		assertThat(SystemAuthentication.call(() -> this.service.municipality(id))).isEqualTo(before);
	}

	@Test
	void refusesAnEmptyOrDuplicateName() throws Exception {
		String empty = html(
				post("/admin/municipalities").with(csrf()).param("name", "  ").param("kind", "MUNICIPAL_DISTRICT"));
		assertThat(empty).contains("Укажите наименование муниципального образования");

		String duplicate = html(post("/admin/municipalities").with(csrf())
			.param("name", "лужский муниципальный район")
			.param("kind", "MUNICIPAL_DISTRICT"));
		assertThat(duplicate)
			.contains("Муниципальное образование «лужский муниципальный район» уже есть в справочнике");
		assertThat(this.directory.municipalities()).hasSizeGreaterThanOrEqualTo(18)
			.filteredOn(m -> m.name().equalsIgnoreCase("Лужский муниципальный район"))
			.hasSize(1);
	}

	@Test
	void refusesAnEditMadeOverSomeoneElsesChange() throws Exception {
		long id = municipalityId("Сланцевский муниципальный район");
		var before = SystemAuthentication.call(() -> this.service.municipality(id));

		String page = html(post("/admin/municipalities/" + id).with(csrf())
			.param("version", String.valueOf(before.version() + 7))
			.param("name", "Сланцевский район")
			.param("kind", "MUNICIPAL_DISTRICT")
			.param("active", "true"));

		assertThat(page).contains("запись изменил другой пользователь",
				"name=\"version\" value=\"" + before.version() + "\"");
		assertThat(SystemAuthentication.call(() -> this.service.municipality(id))).isEqualTo(before);
	}

	@Test
	void addsARenamesAndRetiresABodyKeepingItsOldNameAsAnAlias() throws Exception {
		String name = "Комитет по тестированию " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/admin/bodies").with(admin())
				.with(csrf())
				.param("name", name)
				.param("shortName", "КТ")
				.param("kind", "REGIONAL_AUTHORITY")
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());
		long id = this.directory.matchBody(name).orElseThrow().id();
		var created = SystemAuthentication.call(() -> this.service.body(id));

		this.mvc
			.perform(post("/admin/bodies/" + id).with(admin())
				.with(csrf())
				.param("version", String.valueOf(created.version()))
				.param("name", name + " и отладке")
				.param("shortName", "КТО")
				.param("kind", "OTHER"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.directory.matchBody(name).orElseThrow().id()).isEqualTo(id);
		String page = html(get("/admin/bodies/" + id));
		assertThat(page).contains("Другие написания", name.toLowerCase(), "→ Другой исполнитель", "→ нет");
		assertThat(html(get("/admin/bodies"))).contains(name + " и отладке", "Не действует");
	}

	@Test
	void refusesABodyThatIsAlreadyInTheDirectory() throws Exception {
		String page = html(post("/admin/bodies").with(csrf())
			.param("name", "Комитет общественных коммуникаций Ленинградской области (по согласованию)")
			.param("kind", "REGIONAL_AUTHORITY")
			.param("active", "true"));

		assertThat(page).contains(
				"Такой исполнитель уже есть в справочнике: «Комитет общественных коммуникаций Ленинградской области»");
	}

	@Test
	void refusesNamesLongerThanTheirColumnsNamingTheField() throws Exception {
		int municipalities = this.directory.municipalities().size();
		String municipality = html(post("/admin/municipalities").with(csrf())
			.param("name", "Очень длинный район ".repeat(11))
			.param("kind", "MUNICIPAL_DISTRICT"));
		assertThat(municipality).contains("«Наименование»: не длиннее 200 знаков, сейчас 219", "href=\"#f-name\"");
		assertThat(this.directory.municipalities()).hasSize(municipalities);

		String body = html(post("/admin/bodies").with(csrf())
			.param("name", "Комитет " + "по длинным делам ".repeat(19))
			.param("shortName", "К".repeat(101))
			.param("kind", "REGIONAL_AUTHORITY"));
		assertThat(body).contains("«Наименование»: не длиннее 300 знаков",
				"«Краткое наименование»: не длиннее 100 знаков, сейчас 101", "href=\"#f-shortName\"");
	}

	@Test
	void offersTheAddFormsWithKindsInRussian() throws Exception {
		assertThat(html(get("/admin/municipalities/new"))).contains("Новое муниципальное образование",
				"Муниципальный район", "for=\"f-name\"", "(обязательно)");
		assertThat(html(get("/admin/bodies/new"))).contains("Новый исполнитель", "Общественная палата",
				"for=\"f-kind\"");
	}

	private long municipalityId(String name) {
		return this.directory.municipalityByName(name).orElseThrow().id();
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}

package ru.nko.platform.directory;

import java.net.URLEncoder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.nko.platform.directory.OrganizationData.SocialPageLink;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public directory of organisations: search in Russian, filters, sorting, paging, and
 * who sees private contacts.
 */
@PlatformTest
class OrganizationDirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * A made-up word no other organisation has, so searches do not depend on other data.
	 */
	static String word() {
		String consonants = "бвгдзклмнпрстфх";
		String vowels = "аеиоу";
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			word.append(consonants.charAt(random.nextInt(consonants.length())))
				.append(vowels.charAt(random.nextInt(vowels.length())));
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	static OrganizationData data(String name, Long municipalityId, Set<ActivityArea> areas, boolean socialOriented,
			boolean iopu, boolean resourceCenter, LocalDate registered, String description) {
		String inn = "99" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String ogrn = "1" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
		String tag = inn.substring(2);
		return new OrganizationData(name, null, "Автономная некоммерческая организация", inn, ogrn, "470301001",
				registered, "Ленинградская область, г. Луга, ул. Тестовая, д. 1", municipalityId, socialOriented,
				socialOriented ? LocalDate.of(2021, 3, 12) : null, iopu, iopu ? LocalDate.of(2022, 5, 1) : null,
				resourceCenter, false, "nko-" + tag + ".example.org", "info-" + tag + "@example.org",
				"+7 812 000-00-00", "Иванова Анна Петровна", "Директор", description, "Петрова Мария " + tag,
				"private-" + tag + "@example.org", "+7 900 " + tag, areas,
				List.of(new SocialPageLink(SocialNetwork.VK, "https://vk.com/nko" + tag)));
	}

	long create(String name) {
		return create(data(name, municipality(0), Set.of(ActivityArea.YOUTH), true, false, false,
				LocalDate.of(2015, 1, 1), null));
	}

	long create(OrganizationData data) {
		return this.directory.saveOrganization(data).id();
	}

	long municipality(int index) {
		return this.directory.municipalities().get(index).id();
	}

	String page(String url, RequestPostProcessor... as) throws Exception {
		var request = get(url);
		for (RequestPostProcessor user : as) {
			request = request.with(user);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static int rows(String html) {
		return html.split("class=\"organization-row\"", -1).length - 1;
	}

	@Test
	void aWordInAnotherFormFindsTheOrganisation() throws Exception {
		String w = word();
		long m = municipality(3);
		create(data("Ассоциация молодёжных инициатив «" + w + "»", m, Set.of(ActivityArea.TOURISM), false, true, true,
				LocalDate.of(2019, 4, 1), "Проводим фестивали уличного кино"));
		// the demo data holds many youth organisations: narrowed by filters this one
		// shows on the first page
		String narrowed = "&iopu=true&rc=true&area=TOURISM&municipality=" + m;

		assertThat(page("/organizations?q=молодёжный" + narrowed)).contains(w);
		assertThat(page("/organizations?q=Молодежный" + narrowed)).contains(w);
		// words of the description in other forms: nothing of the name, so neither typos
		// nor prefixes can find it
		assertThat(page("/organizations?q=уличное кино" + narrowed)).contains(w);
		assertThat(page("/organizations?q=уличный театр" + narrowed)).doesNotContain(w);
	}

	@Test
	void aTypoOrTheBeginningOfANameStillFindsIt() throws Exception {
		String w = word();
		create(w + " — центр добрых дел");
		char[] typo = w.toLowerCase().toCharArray();
		typo[5] = typo[5] == 'к' ? 'л' : 'к';

		assertThat(page("/organizations?q=" + new String(typo))).contains(w + " — центр добрых дел")
			.contains("Найдена 1 организация");
		assertThat(page("/organizations?q=" + w.substring(0, 6))).contains(w + " — центр добрых дел");
		assertThat(page("/organizations?q=" + w.substring(0, 6).toUpperCase())).contains(w + " — центр добрых дел");
	}

	@Test
	void filtersNarrowTheListAndSortingOrdersIt() throws Exception {
		String w = word();
		long m1 = municipality(0);
		long m2 = municipality(1);
		create(data(w + " Альфа", m1, Set.of(ActivityArea.YOUTH), true, false, false, LocalDate.of(2010, 1, 1), null));
		create(data(w + " Бета", m2, Set.of(ActivityArea.CULTURE), false, true, false, LocalDate.of(2020, 1, 1), null));
		create(data(w + " Гамма", m1, Set.of(ActivityArea.CULTURE, ActivityArea.SPORT), true, false, true,
				LocalDate.of(2024, 1, 1), null));

		assertThat(page("/organizations?q=" + w)).contains("Найдено 3 организации");
		assertThat(page("/organizations?q=" + w + "&municipality=" + m1)).contains("Найдено 2 организации")
			.contains(w + " Альфа")
			.contains(w + " Гамма")
			.doesNotContain(w + " Бета");
		assertThat(page("/organizations?q=" + w + "&area=CULTURE")).contains("Найдено 2 организации")
			.contains(w + " Бета")
			.contains(w + " Гамма")
			.doesNotContain(w + " Альфа");
		assertThat(page("/organizations?q=" + w + "&so=true")).contains("Найдено 2 организации")
			.doesNotContain(w + " Бета");
		assertThat(page("/organizations?q=" + w + "&iopu=true")).contains("Найдена 1 организация")
			.contains(w + " Бета");
		assertThat(page("/organizations?q=" + w + "&rc=true")).contains("Найдена 1 организация").contains(w + " Гамма");
		assertThat(page("/organizations?q=" + w + "&so=true&rc=true&area=SPORT&municipality=" + m1))
			.contains("Найдена 1 организация");

		String byName = page("/organizations?q=" + w + "&sort=NAME");
		assertThat(byName.indexOf(w + " Альфа")).isLessThan(byName.indexOf(w + " Бета"));
		assertThat(byName.indexOf(w + " Бета")).isLessThan(byName.indexOf(w + " Гамма"));
		String byDate = page("/organizations?q=" + w + "&sort=REGISTERED");
		assertThat(byDate.indexOf(w + " Гамма")).isLessThan(byDate.indexOf(w + " Бета"));
		assertThat(byDate.indexOf(w + " Бета")).isLessThan(byDate.indexOf(w + " Альфа"));
		// by relevance, the default when something is searched for: the exact match
		// first, not the first by name
		for (String sort : new String[] { "", "&sort=RELEVANCE" }) {
			String byRelevance = page("/organizations?q=" + w + " Гамма" + sort);
			assertThat(byRelevance.indexOf(w + " Гамма")).isPositive().isLessThan(byRelevance.indexOf(w + " Альфа"));
		}
		// without a text, "relevance" is the order by name
		String noText = page("/organizations?so=true&rc=true&municipality=" + m1 + "&area=SPORT&sort=RELEVANCE");
		assertThat(noText).contains(w + " Гамма");
	}

	@Test
	void theListShowsMunicipalityBadgesAndAreas() throws Exception {
		String w = word();
		long m = municipality(2);
		long id = create(
				data(w + " Дельта", m, Set.of(ActivityArea.SENIORS), true, true, true, LocalDate.of(2010, 1, 1), null));
		String html = page("/organizations?q=" + w);
		assertThat(html).contains("/organizations/" + id)
			.contains(this.directory.municipality(m).orElseThrow().name())
			.contains("СО НКО")
			.contains("ИОПУ")
			.contains("Ресурсный центр")
			.contains("Поддержка старшего поколения")
			.contains("1 страница в соцсетях");
	}

	@Test
	void pagesOfTwentyKeepTheFilters() throws Exception {
		String w = word();
		for (int i = 0; i < 25; i++) {
			create(data(w + " " + (char) ('А' + i), municipality(0), Set.of(ActivityArea.YOUTH), true, false, false,
					null, null));
		}
		String first = page("/organizations?q=" + w + "&so=true");
		assertThat(first).contains("Найдено 25 организаций").contains("Страница 1 из 2");
		assertThat(rows(first)).isEqualTo(20);
		String second = page("/organizations?q=" + w + "&so=true&page=2");
		assertThat(rows(second)).isEqualTo(5);
		assertThat(second).contains("so=true")
			.contains("page=1")
			.contains("q=" + URLEncoder.encode(w, "UTF-8").replace("+", "%20"));

		this.mvc.perform(get("/api/v1/organizations").param("q", w).param("page", "1").param("size", "20"))
			.andExpect(jsonPath("$.total").value(25))
			.andExpect(jsonPath("$.items", hasSize(5)));
		this.mvc.perform(get("/api/v1/organizations").param("q", w).param("size", "1000"))
			.andExpect(jsonPath("$.items", hasSize(25)));
		this.mvc.perform(get("/api/v1/organizations").param("q", w).param("page", "3"))
			.andExpect(jsonPath("$.total").value(25))
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void theCountIsWrittenWithTheRightPlural() throws Exception {
		String w = word();
		assertThat(page("/organizations?q=" + w)).contains("Найдено 0 организаций").contains("Ничего не нашлось");
		create(w + " один");
		assertThat(page("/organizations?q=" + w)).contains("Найдена 1 организация");
		create(w + " два");
		create(w + " три");
		assertThat(page("/organizations?q=" + w)).contains("Найдено 3 организации");
	}

	@Test
	void theApiGivesIdsNamesMunicipalityAndSocialGroups() throws Exception {
		String w = word();
		long m = municipality(0);
		OrganizationData data = data(w + " Эпсилон", m, Set.of(ActivityArea.YOUTH), true, false, false, null, null);
		long id = create(data);
		this.mvc.perform(get("/api/v1/organizations").param("q", w).param("municipality", String.valueOf(m)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].inn").value(data.inn()))
			.andExpect(jsonPath("$.items[0].ogrn").value(data.ogrn()))
			.andExpect(jsonPath("$.items[0].name").value(w + " Эпсилон"))
			.andExpect(jsonPath("$.items[0].municipality").value(this.directory.municipality(m).orElseThrow().name()))
			.andExpect(jsonPath("$.items[0].socialGroups[0]").value(data.socialPages().get(0).url()))
			.andExpect(jsonPath("$.items[0].opennessLevel").value("LOW"));
		this.mvc
			.perform(get("/api/v1/organizations").param("q", w).param("municipality", String.valueOf(municipality(1))))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void onlyAdministratorsAndTheOrganisationsOwnRepresentativesSeePrivateContacts() throws Exception {
		String w = word();
		OrganizationData data = data(w + " Зета", municipality(0), Set.of(ActivityArea.YOUTH), true, true, false,
				LocalDate.of(2018, 3, 12), "Описание " + w);
		long id = create(data);
		long other = create(w + " Эта");

		String guest = page("/organizations/" + id);
		assertThat(guest).contains(w + " Зета")
			.contains(data.inn())
			.contains(data.ogrn())
			.contains("470301001")
			.contains("12 марта 2018 г.")
			.contains("Описание " + w)
			.contains(data.publicEmail())
			.contains("href=\"https://" + data.website() + "\" rel=\"noopener nofollow\"")
			.contains("rel=\"noopener nofollow\">" + data.socialPages().get(0).url())
			.contains("с 12 марта 2021 г.")
			.contains("Поддержка молодёжи")
			.doesNotContain("Контакты для связи с платформой")
			.doesNotContain(data.contactEmail())
			.doesNotContain(data.contactPerson())
			.doesNotContain(data.contactPhone());
		for (RequestPostProcessor nobody : List.of(TestUsers.representativeOf(other), TestUsers.expert())) {
			assertThat(page("/organizations/" + id, nobody)).doesNotContain(data.contactEmail())
				.doesNotContain("Контакты для связи с платформой");
			this.mvc.perform(get("/api/v1/organizations/" + id).with(nobody))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.contactPerson").doesNotExist())
				.andExpect(jsonPath("$.contactEmail").doesNotExist())
				.andExpect(jsonPath("$.contactPhone").doesNotExist());
		}
		this.mvc.perform(get("/api/v1/organizations/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(w + " Зета"))
			.andExpect(jsonPath("$.inn").value(data.inn()))
			.andExpect(jsonPath("$.contactPerson").doesNotExist())
			.andExpect(jsonPath("$.contactEmail").doesNotExist())
			.andExpect(jsonPath("$.contactPhone").doesNotExist());
		assertThat(this.mvc.perform(get("/api/v1/organizations/" + id)).andReturn().getResponse().getContentAsString())
			.doesNotContain(data.contactEmail());

		for (RequestPostProcessor own : List.of(TestUsers.representativeOf(id), TestUsers.admin())) {
			assertThat(page("/organizations/" + id, own)).contains("Контакты для связи с платформой")
				.contains(data.contactPerson())
				.contains(data.contactEmail())
				.contains(data.contactPhone());
			this.mvc.perform(get("/api/v1/organizations/" + id).with(own))
				.andExpect(jsonPath("$.contactPerson").value(data.contactPerson()))
				.andExpect(jsonPath("$.contactEmail").value(data.contactEmail()))
				.andExpect(jsonPath("$.contactPhone").value(data.contactPhone()));
		}
		// the list never carries them, whoever asks
		assertThat(page("/organizations?q=" + w, TestUsers.admin())).doesNotContain(data.contactEmail());
	}

	@Test
	void anUnknownOrganisationIsAFriendly404PageAndA404Problem() throws Exception {
		this.mvc.perform(get("/organizations/987654321"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("Организация не найдена")));
		this.mvc.perform(get("/api/v1/organizations/987654321"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("Организация не найдена"));
	}

	@Test
	void anInactiveOrganisationIsNeitherListedNorShown() throws Exception {
		String w = word();
		long id = create(w + " закрытая");
		this.jdbc.update("update organization set active = false where id = ?", id);
		assertThat(page("/organizations?q=" + w)).contains("Найдено 0 организаций");
		this.mvc.perform(get("/organizations/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/organizations/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/organizations").param("q", w)).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void unsafeAddressesAreNotMadeIntoLinks() {
		assertThat(OrganizationQueries.href("nko.ru")).isEqualTo("https://nko.ru");
		assertThat(OrganizationQueries.href("https://vk.com/nko")).isEqualTo("https://vk.com/nko");
		assertThat(OrganizationQueries.href("javascript:alert(1)")).isNull();
		assertThat(OrganizationQueries.href("нет сайта")).isNull();
		assertThat(OrganizationQueries.href(null)).isNull();
	}

	@Test
	void anEmptyDirectoryPageStillRendersItsForm() throws Exception {
		assertThat(page("/organizations")).contains("Название или описание")
			.contains("Найти")
			.doesNotContain("Ничего не нашлось")
			.contains("/organizations/");
		assertThat(page("/organizations?municipality=abc&area=NONSENSE&sort=WHATEVER&page=-3")).contains("Найден");
		assertThat(page("/organizations?q=%25")).contains("Найден");
	}

}

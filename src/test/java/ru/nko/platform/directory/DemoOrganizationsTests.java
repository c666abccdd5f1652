package ru.nko.platform.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.shared.ids.Inn;
import ru.nko.platform.shared.ids.Kpp;
import ru.nko.platform.shared.ids.Ogrn;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo organisations are plausible, varied, valid and the same on every run. */
class DemoOrganizationsTests {

	static final List<String> NAMES = List.of("Бокситогорский муниципальный район", "Волосовский муниципальный район",
			"Волховский муниципальный район", "Всеволожский муниципальный район", "Выборгский район",
			"Гатчинский муниципальный округ", "Кингисеппский муниципальный район", "Киришский муниципальный район",
			"Кировский муниципальный район", "Лодейнопольский муниципальный район", "Ломоносовский муниципальный район",
			"Лужский муниципальный район", "Подпорожский муниципальный район", "Приозерский муниципальный район",
			"Сланцевский муниципальный район", "Тихвинский муниципальный район", "Тосненский муниципальный район",
			"Сосновоборский городской округ");

	private final DemoOrganizations generator = new DemoOrganizations(null);

	static List<MunicipalityRef> municipalities() {
		List<MunicipalityRef> municipalities = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			municipalities.add(new MunicipalityRef(100 + i, NAMES.get(i), true));
		}
		return municipalities;
	}

	private List<OrganizationData> organizations() {
		return this.generator.organizations(municipalities());
	}

	private static double share(List<OrganizationData> all, Predicate<OrganizationData> test) {
		return (double) all.stream().filter(test).count() / all.size();
	}

	@Test
	void aboutThreeHundredOrganisationsInAllEighteenMunicipalities() {
		List<OrganizationData> all = organizations();
		assertThat(all).hasSizeBetween(250, 350);
		assertThat(all.stream().map(OrganizationData::municipalityId).collect(Collectors.toSet())).hasSize(18);
		long vsevolozhsky = all.stream().filter(o -> o.municipalityId() == 103).count();
		long podporozhye = all.stream().filter(o -> o.municipalityId() == 112).count();
		assertThat(vsevolozhsky).isGreaterThan(5 * podporozhye);
	}

	@Test
	void innsAndOgrnsAreUniqueAndValid() {
		List<OrganizationData> all = organizations();
		Set<String> inns = new HashSet<>();
		Set<String> ogrns = new HashSet<>();
		for (OrganizationData organization : all) {
			assertThat(Inn.problem(organization.inn())).as(organization.inn()).isEmpty();
			assertThat(organization.inn()).hasSize(10).startsWith("47");
			assertThat(Ogrn.problem(organization.ogrn())).as(organization.ogrn()).isEmpty();
			assertThat(organization.ogrn()).hasSize(13).startsWith("1");
			assertThat(organization.ogrn().substring(3, 5)).isEqualTo("47");
			assertThat(Kpp.problem(organization.kpp())).isEmpty();
			assertThat(inns.add(organization.inn())).as("unique " + organization.inn()).isTrue();
			assertThat(ogrns.add(organization.ogrn())).as("unique " + organization.ogrn()).isTrue();
		}
		// the demo accounts' organisations keep their own numbers
		assertThat(inns).doesNotContain("4703012340", "4704056780", "4703098760");
		assertThat(ogrns).doesNotContain("1024700001230", "1034700005670", "1154700009870");
		assertThat(all.stream().map(OrganizationData::name).distinct()).hasSize(all.size());
		assertThat(all.stream().map(OrganizationData::website).filter(w -> w != null).distinct().count())
			.isEqualTo(all.stream().filter(o -> o.website() != null).count());
	}

	@Test
	void theSameOnEveryRun() {
		assertThat(organizations()).isEqualTo(organizations());
	}

	@Test
	void opennessIsVaried() {
		List<OrganizationData> all = organizations();
		assertThat(share(all, o -> !o.socialPages().isEmpty())).isBetween(0.50, 0.70);
		assertThat(share(all, o -> o.website() != null)).isBetween(0.35, 0.55);
		assertThat(share(all, o -> o.publicEmail() != null)).isBetween(0.55, 0.75);
		assertThat(share(all, o -> o.publicPhone() != null)).isBetween(0.45, 0.65);
		assertThat(share(all, o -> o.website() == null && o.socialPages().isEmpty() && o.publicEmail() == null
				&& o.publicPhone() == null))
			.isBetween(0.12, 0.28);
		assertThat(share(all, o -> o.contactPerson() != null)).isBetween(0.70, 0.90);
		assertThat(share(all, OrganizationData::socialOriented)).isBetween(0.62, 0.78);
		assertThat(share(all, OrganizationData::iopu)).isBetween(0.07, 0.17);
		assertThat(share(all, OrganizationData::supportParticipant)).isBetween(0.32, 0.48);
		assertThat(all.stream().filter(OrganizationData::resourceCenter).count()).isBetween(3L, 18L);
		for (OrganizationData organization : all) {
			assertThat(organization.socialOriented()).isEqualTo(organization.socialOrientedSince() != null);
			assertThat(organization.iopu()).isEqualTo(organization.iopuSince() != null);
			if (organization.iopu()) {
				assertThat(organization.socialOriented()).isTrue();
			}
			if (organization.socialOriented()) {
				assertThat(organization.socialOrientedSince()).isAfter(organization.registrationDate());
			}
			assertThat(organization.registrationDate().getYear()).isBetween(1995, 2025);
			assertThat(organization.activityAreas()).isNotEmpty();
			assertThat(organization.address()).contains("Ленинградская область").contains(", д. ");
			organization.socialPages()
				.forEach(page -> assertThat(page.url()).matches("https://(vk\\.com|t\\.me|ok\\.ru/group)/[a-z0-9_]+"));
		}
	}

	@Test
	void aSearchForYouthFindsAFew() {
		assertThat(organizations().stream().filter(o -> o.name().toLowerCase().contains("молодёжн")).count())
			.isBetween(4L, 8L);
	}

	/**
	 * Against the database: the demo start-up saved them, and saving them again changes
	 * nothing and stays fast.
	 */
	@Nested
	@PlatformTest
	class Saved {

		@Autowired
		DemoOrganizations organizations;

		@Autowired
		DirectoryManagement directory;

		@Autowired
		PlatformTransactionManager transactionManager;

		@Test
		void savingAgainUpdatesInsteadOfDuplicating() {
			long before = this.directory.organizationCount();
			long start = System.nanoTime();
			SystemAuthentication.run(() -> new TransactionTemplate(this.transactionManager)
				.executeWithoutResult(status -> this.organizations.create()));
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.println("Demo organisations saved again in " + millis + " ms");
			assertThat(before).isGreaterThanOrEqualTo(250);
			assertThat(this.directory.organizationCount()).isEqualTo(before);
			assertThat(millis).isLessThan(10_000);
		}

	}

}

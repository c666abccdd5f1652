package ru.nko.platform.directory;

import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.system.DemoData;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.UserManagement;

/**
 * The demo organisations of the {@code demo} profile and an account for every role
 * ({@link DemoData#ACCOUNTS}, password "demo"); the accounts are made again on each start
 * if missing, the organisations once.
 */
@Component
@Profile("demo")
class DemoAccounts {

	private final UserManagement users;

	private final DirectoryManagement directory;

	private final DemoOrganizations organizations;

	private final OrganizationRepository repository;

	private final DemoData demo;

	DemoAccounts(UserManagement users, DirectoryManagement directory, DemoOrganizations organizations,
			OrganizationRepository repository, DemoData demo) {
		this.users = users;
		this.directory = directory;
		this.organizations = organizations;
		this.repository = repository;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.DIRECTORY)
	void load() {
		this.demo.load("organisations", () -> this.repository.countByActiveTrue() < 10, this.organizations::create);
		this.demo.load("accounts", () -> true, this::create);
	}

	/** Every demo account with its role and scope; existing ones are left as they are. */
	void create() {
		BodyRef committee = this.directory.matchBody("Комитет общественных коммуникаций Ленинградской области")
			.orElseThrow();
		MunicipalityRef vsevolozhsky = this.directory.municipalityByName("Всеволожский муниципальный район")
			.orElseThrow();
		MunicipalityRef vyborgsky = this.directory.municipalityByName("Выборгский район").orElseThrow();
		OrganizationRef ngo = this.directory.ensureOrganization(
				"Всеволожская районная общественная организация «Добрые соседи»", "РОО «Добрые соседи»", "4703012340",
				"1024700001230", vsevolozhsky.id());
		OrganizationRef ngo2 = this.directory.ensureOrganization(
				"Выборгская городская общественная организация «Экология Карельского перешейка»",
				"ГОО «Экология перешейка»", "4704056780", "1034700005670", vyborgsky.id());
		OrganizationRef centre = this.directory.ensureOrganization(
				"Автономная некоммерческая организация «Ресурсный центр поддержки НКО Ленинградской области»",
				"АНО «Ресурсный центр»", "4703098760", "1154700009870", vsevolozhsky.id());
		this.users.ensureUser("admin", "demo", "Смирнова Ольга Викторовна (администратор)",
				Set.of(Grant.of(Role.REGIONAL_ADMIN)));
		this.users.ensureUser("executor", "demo", "Кузнецов Андрей Павлович (Комитет общественных коммуникаций)",
				Set.of(Grant.of(Role.EXECUTOR, committee.id())));
		this.users.ensureUser("municipal", "demo", "Иванова Мария Сергеевна (администрация Всеволожского района)",
				Set.of(Grant.of(Role.MUNICIPAL_OFFICER, vsevolozhsky.id())));
		this.users.ensureUser("municipal2", "demo", "Петров Игорь Николаевич (администрация Выборгского района)",
				Set.of(Grant.of(Role.MUNICIPAL_OFFICER, vyborgsky.id())));
		this.users.ensureUser("ngo", "demo", "Соколова Анна Дмитриевна (РОО «Добрые соседи»)",
				Set.of(Grant.of(Role.NGO_REPRESENTATIVE, ngo.id())));
		this.users.ensureUser("ngo2", "demo", "Морозов Денис Алексеевич (ГОО «Экология перешейка»)",
				Set.of(Grant.of(Role.NGO_REPRESENTATIVE, ngo2.id())));
		this.users.ensureUser("expert", "demo", "Волкова Елена Игоревна (эксперт)", Set.of(Grant.of(Role.EXPERT)));
		this.users.ensureUser("initiative", "demo", "Григорьева Наталья Андреевна (инициативная группа «Музей Луги»)",
				Set.of(Grant.of(Role.INITIATIVE_GROUP)));
		this.users.ensureUser("resource", "demo", "Лебедев Сергей Олегович (ресурсный центр)",
				Set.of(Grant.of(Role.RESOURCE_CENTER_STAFF, centre.id())));
	}

}

package ru.nko.platform.problems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.system.DemoData;

/**
 * About sixty problems of NGOs across the eighteen municipalities, in every status, some
 * joined by other organisations; a few belong to the demo accounts' organisations, and
 * several new ones in Всеволожский wait for the "municipal" account to moderate them.
 * Dates are counted back from today.
 */
@Component
@Profile("demo")
class DemoProblems {

	private static final Logger log = LoggerFactory.getLogger(DemoProblems.class);

	/**
	 * Who recorded a problem: an organisation of the municipality, a demo account's
	 * organisation, or an officer.
	 */
	enum Author {

		ORG, NGO, NGO2, OFFICER

	}

	/**
	 * One made-up but typical problem; {@code note} is a rejection's reason or how it was
	 * resolved.
	 */
	record Seed(String municipality, String category, ProblemStatus status, Author author, int supporters, String title,
			String description, String note) {
	}

	private static final List<String> PEOPLE = List.of("Кравцова Людмила Ивановна", "Тимофеев Роман Сергеевич",
			"Белова Наталья Викторовна", "Голубев Андрей Николаевич", "Сафонова Ирина Павловна",
			"Мельников Олег Юрьевич", "Фролова Галина Петровна", "Антонов Виктор Степанович",
			"Ершова Татьяна Михайловна", "Полякова Вера Алексеевна");

	private static final List<String> OFFICERS = List.of("Исаева Марина Олеговна", "Захаров Павел Игоревич",
			"Романова Елена Сергеевна", "Куликов Артём Владимирович");

	private static final String MUNICIPAL = "Иванова Мария Сергеевна";

	private static final String NGO_PERSON = "Соколова Анна Дмитриевна";

	private static final String NGO2_PERSON = "Морозов Денис Алексеевич";

	/** The problems, from {@code demo/problems.tsv}. */
	static final List<Seed> SEEDS = seeds("demo/problems.tsv");

	private final DirectoryManagement directory;

	private final ProblemWork problems;

	private final Clock clock;

	private final ProblemRepository repository;

	private final DemoData demo;

	DemoProblems(DirectoryManagement directory, ProblemWork problems, ProblemRepository repository, DemoData demo,
			Clock clock) {
		this.repository = repository;
		this.demo = demo;
		this.directory = directory;
		this.problems = problems;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.PROBLEMS)
	void load() {
		this.demo.load("problems", () -> this.repository.count() == 0, this::create);
	}

	void create() {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, MunicipalityRef> municipalities = this.directory.municipalities()
			.stream()
			.collect(Collectors.toMap(m -> m.name().split(" ")[0], Function.identity(), (a, b) -> a));
		List<OrganizationRef> organizations = this.directory.organizations();
		OrganizationRef ngo = organizations.stream().filter(o -> "4703012340".equals(o.inn())).findFirst().orElse(null);
		OrganizationRef ngo2 = organizations.stream()
			.filter(o -> "4704056780".equals(o.inn()))
			.findFirst()
			.orElse(null);
		int created = 0;
		for (int i = 0; i < SEEDS.size(); i++) {
			Seed seed = SEEDS.get(i);
			MunicipalityRef municipality = municipalities.get(seed.municipality());
			if (municipality == null) {
				continue;
			}
			List<OrganizationRef> local = organizations.stream()
				.filter(o -> o.municipalityId() != null && o.municipalityId() == municipality.id())
				.filter(o -> o != ngo && o != ngo2 && !"4703098760".equals(o.inn()))
				.sorted(Comparator.comparing(OrganizationRef::id))
				.toList();
			OrganizationRef author = switch (seed.author()) {
				case NGO -> ngo;
				case NGO2 -> ngo2;
				case OFFICER -> null;
				case ORG -> local.isEmpty() ? null : local.get(i % local.size());
			};
			String person = switch (seed.author()) {
				case NGO -> NGO_PERSON;
				case NGO2 -> NGO2_PERSON;
				case OFFICER -> officer(seed, i);
				case ORG -> PEOPLE.get(i % PEOPLE.size());
			};
			// new problems are recent; the others spread over the last two and a half
			// years
			Instant registered = seed.status() == ProblemStatus.NEW ? at(today.minusDays(2 + i % 9), 10 + i % 7)
					: at(today.minusDays(900 - i * 11L), 9 + i % 8);
			long id = this.problems.recordAsOf(municipality.id(), author == null ? null : author.id(), seed.category(),
					seed.title(), seed.description(), person, registered);
			String moderator = officer(seed, i);
			Instant step = registered;
			if (seed.status() == ProblemStatus.REJECTED) {
				this.problems.moveAsOf(id, ProblemStatus.REJECTED, moderator, seed.note(),
						step = step.plus(Duration.ofDays(9)));
			}
			else if (seed.status() != ProblemStatus.NEW) {
				this.problems.moveAsOf(id, ProblemStatus.ACCEPTED, moderator, null,
						step = step.plus(Duration.ofDays(6 + i % 10)));
				if (seed.status() == ProblemStatus.IN_PLAN || seed.status() == ProblemStatus.RESOLVED && i % 3 != 0) {
					this.problems.moveAsOf(id, ProblemStatus.IN_PLAN, moderator, null,
							step = step.plus(Duration.ofDays(35 + i % 20)));
				}
				if (seed.status() == ProblemStatus.RESOLVED) {
					this.problems.moveAsOf(id, ProblemStatus.RESOLVED, moderator, seed.note(),
							step = step.plus(Duration.ofDays(120 + i % 60)));
				}
			}
			List<OrganizationRef> candidates = local.stream().filter(o -> o != author).toList();
			List<OrganizationRef> chosen = new ArrayList<>();
			// the "ngo" account's organisation has joined the co-financing problem of its
			// own district
			if (ngo != null && seed.title().startsWith("Нечем софинансировать")) {
				chosen.add(ngo);
			}
			for (int s = 0; chosen.size() < seed.supporters() && s < candidates.size(); s++) {
				chosen.add(candidates.get((i + s) % candidates.size()));
			}
			for (int s = 0; s < chosen.size(); s++) {
				this.problems.supportAsOf(id, chosen.get(s).id(),
						chosen.get(s) == ngo ? NGO_PERSON : PEOPLE.get((i + s + 3) % PEOPLE.size()),
						registered.plus(Duration.ofDays(20 + s * 5L)));
			}
			created++;
		}
		log.info("Demo problems recorded: {}", created);
	}

	private static String officer(Seed seed, int i) {
		return seed.municipality().equals("Всеволожский") ? MUNICIPAL : OFFICERS.get(i % OFFICERS.size());
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 15).atZone(this.clock.getZone()).toInstant();
	}

	private static List<Seed> seeds(String path) {
		return DemoData.table(path)
			.stream()
			.map(f -> new Seed(f[0], f[1], ProblemStatus.valueOf(f[2]), Author.valueOf(f[3]), Integer.parseInt(f[4]),
					f[5], f[6], f[7].equals("-") ? null : f[7]))
			.toList();
	}

}

package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.ActivityArea;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationData.SocialPageLink;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.SocialNetwork;
import ru.nko.platform.system.DemoData;

import static ru.nko.platform.directory.ActivityArea.CHARITY;
import static ru.nko.platform.directory.ActivityArea.CIVIC;
import static ru.nko.platform.directory.ActivityArea.CULTURE;
import static ru.nko.platform.directory.ActivityArea.DISABILITY;
import static ru.nko.platform.directory.ActivityArea.DISASTER_RELIEF;
import static ru.nko.platform.directory.ActivityArea.EDUCATION;
import static ru.nko.platform.directory.ActivityArea.ENVIRONMENT;
import static ru.nko.platform.directory.ActivityArea.FAMILY;
import static ru.nko.platform.directory.ActivityArea.HEALTH;
import static ru.nko.platform.directory.ActivityArea.HERITAGE;
import static ru.nko.platform.directory.ActivityArea.INTERETHNIC;
import static ru.nko.platform.directory.ActivityArea.LEGAL_AID;
import static ru.nko.platform.directory.ActivityArea.OTHER;
import static ru.nko.platform.directory.ActivityArea.PATRIOTIC;
import static ru.nko.platform.directory.ActivityArea.PREVENTION;
import static ru.nko.platform.directory.ActivityArea.SENIORS;
import static ru.nko.platform.directory.ActivityArea.SOCIAL_SUPPORT;
import static ru.nko.platform.directory.ActivityArea.SPORT;
import static ru.nko.platform.directory.ActivityArea.TOURISM;
import static ru.nko.platform.directory.ActivityArea.VETERANS;
import static ru.nko.platform.directory.ActivityArea.YOUTH;

/**
 * About three hundred made-up but plausible organisations of Leningrad Oblast, the same
 * on every run, for the demo directory.
 */
@Component
@Profile("demo")
class DemoOrganizations {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

	private static final long SEED = 47_2023L;

	private static final LocalDate FIRST_REGISTRATION = LocalDate.of(1995, 1, 1);

	private static final LocalDate LAST_REGISTRATION = LocalDate.of(2025, 12, 31);

	private static final LocalDate LAST_DECISION = LocalDate.of(2026, 9, 30);

	/**
	 * The demo accounts' organisations (see {@link DemoData}): their numbers are never
	 * generated.
	 */
	private static final Set<String> RESERVED = Set.of("470301234", "470405678", "470309876", "102470000123",
			"103470000567", "115470000987");

	static final List<Place> PLACES = DemoData.table("demo/organization-places.tsv").stream().map(Place::of).toList();

	private static final List<String> STREETS = List.of("ул. Ленина", "ул. Советская", "ул. Садовая", "ул. Школьная",
			"ул. Комсомольская", "ул. Октябрьская", "ул. Пионерская", "ул. Лесная", "ул. Парковая", "ул. Заводская",
			"ул. Гагарина", "ул. Пушкинская", "ул. Набережная", "ул. Вокзальная", "ул. Мира", "ул. Строителей",
			"пер. Почтовый", "ул. Речная");

	private static final List<Purpose> PURPOSES = DemoData.table("demo/organization-purposes.tsv")
		.stream()
		.map(Purpose::of)
		.toList();

	/**
	 * The youth organisations, one in each of the largest municipalities, so that a
	 * search for «молодёжн» finds a few.
	 */
	private static final List<String[]> YOUTH_NAMES = List.of(
			new String[] { "ANO", "«Центр молодёжных инициатив»", "Центр молодёжных инициатив" },
			new String[] { "MOO", "«Молодёжный совет» %s", "Молодёжный совет" },
			new String[] { "ANO", "поддержки молодёжных инициатив «Импульс»", "Импульс" },
			new String[] { "ROO", "«Молодёжное движение «Новые горизонты»» Ленинградской области", "Новые горизонты" },
			new String[] { "ANO", "«Молодёжный центр «Перспектива»» %s", "Молодёжный центр" });

	private static final List<String> MALE_NAMES = List.of("Александр", "Алексей", "Андрей", "Сергей", "Дмитрий",
			"Михаил", "Владимир", "Николай", "Игорь", "Олег", "Павел", "Виктор", "Евгений", "Юрий", "Константин",
			"Артём", "Илья", "Максим", "Роман", "Геннадий");

	private static final List<String> FEMALE_NAMES = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
			"Светлана", "Марина", "Анна", "Мария", "Екатерина", "Юлия", "Людмила", "Галина", "Надежда", "Вера",
			"Валентина", "Оксана", "Дарья", "Ксения", "Любовь");

	private static final List<String> FATHERS = List.of("Александров", "Алексеев", "Андреев", "Сергеев", "Дмитриев",
			"Михайлов", "Владимиров", "Николаев", "Игорев", "Олегов", "Павлов", "Викторов", "Евгеньев", "Юрьев",
			"Петров", "Иванов", "Васильев", "Анатольев", "Борисов", "Геннадьев");

	private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
			"Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
			"Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
			"Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин",
			"Фролов", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин",
			"Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов",
			"Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков",
			"Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Калинин",
			"Вишневский", "Островский", "Покровский", "Залесский", "Корнилов", "Лукин", "Ершов", "Панов");

	private static final List<String> MOBILE_CODES = List.of("921", "911", "981", "931", "952", "905", "999", "911",
			"921");

	private static final List<String> MAIL_DOMAINS = List.of("mail.ru", "yandex.ru", "mail.ru", "bk.ru", "list.ru",
			"yandex.ru", "inbox.ru");

	private final DirectoryManagement directory;

	DemoOrganizations(DirectoryManagement directory) {
		this.directory = directory;
	}

	/**
	 * Saves the organisations: new ones are created, those already there (by ИНН) are
	 * updated to the same data.
	 */
	void create() {
		long start = System.nanoTime();
		List<OrganizationData> organizations = organizations(this.directory.municipalities());
		organizations.forEach(this.directory::saveOrganization);
		log.info("Demo organisations saved: {} in {} ms", organizations.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * The organisations, always the same for the same municipalities, matched by their
	 * names' first word.
	 */
	List<OrganizationData> organizations(List<MunicipalityRef> municipalities) {
		Generator generator = new Generator(new Random(SEED));
		List<OrganizationData> result = new ArrayList<>();
		for (int p = 0; p < PLACES.size(); p++) {
			Place place = PLACES.get(p);
			Long municipalityId = municipalities.stream()
				.filter(m -> m.name().startsWith(place.stem()))
				.map(MunicipalityRef::id)
				.findFirst()
				.orElse(null);
			for (int i = 0; i < place.count(); i++) {
				// generated even when the municipality is missing, so the others keep
				// their numbers
				OrganizationData organization = generator.organization(place, municipalityId,
						p < YOUTH_NAMES.size() && i == 0 ? p : -1);
				if (municipalityId != null) {
					result.add(organization);
				}
			}
		}
		return result;
	}

	/** The ten-digit ИНН with its check digit, from the first nine digits. */
	static String inn(String nine) {
		int[] weights = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * (nine.charAt(i) - '0');
		}
		return nine + (sum % 11 % 10);
	}

	/** The thirteen-digit ОГРН with its check digit, from the first twelve digits. */
	static String ogrn(String twelve) {
		return twelve + (Long.parseLong(twelve) % 11 % 10);
	}

	/** Latin letters for web addresses, words separated by single spaces. */
	static String transliterate(String text) {
		String[] letters = { "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
				"t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };
		StringBuilder out = new StringBuilder();
		for (char c : text.toLowerCase().toCharArray()) {
			if (c >= 'а' && c <= 'я') {
				out.append(letters[c - 'а']);
			}
			else if (c == 'ё') {
				out.append('e');
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				out.append(c);
			}
			else {
				out.append(' ');
			}
		}
		return out.toString().trim().replaceAll(" +", " ");
	}

	/** The legal forms, with the positions their heads usually hold. */
	enum Form {

		ANO("Автономная некоммерческая организация", "АНО", "Директор", "Директор", "Генеральный директор"),
		ROO("Региональная общественная организация", "РОО", "Председатель", "Председатель правления", "Президент"),
		MOO("Местная общественная организация", "МОО", "Председатель", "Председатель", "Председатель правления"),
		OO("Общественная организация", "ОО", "Председатель", "Председатель совета"),
		BF("Благотворительный фонд", "БФ", "Президент", "Директор", "Исполнительный директор"),
		FOND("Фонд", "Фонд", "Директор", "Президент"),
		ASSOCIATION("Ассоциация", "Ассоциация", "Президент", "Председатель"),
		NP("Некоммерческое партнёрство", "НП", "Директор", "Исполнительный директор"),
		TOS("Территориальное общественное самоуправление", "ТОС", "Председатель совета ТОС", "Председатель");

		final String full;

		final String abbreviation;

		final List<String> positions;

		Form(String full, String abbreviation, String... positions) {
			this.full = full;
			this.abbreviation = abbreviation;
			this.positions = List.of(positions);
		}

	}

	/**
	 * A municipality as the generator sees it: how many organisations, its tax office,
	 * towns and streets.
	 */
	record Place(String stem, int count, String taxOffice, String phoneCode, String district, String districtGenitive,
			String townGenitive, String slug, List<Town> towns, List<String> streets, String region,
			String regionGenitive, String regionCode) {

		/** A row of {@code demo/organization-places.tsv}: a place of Leningrad Oblast. */
		static Place of(String[] f) {
			return new Place(f[0], Integer.parseInt(f[1]), f[2], f[3], nullable(f[4]), f[5], nullable(f[6]), f[7],
					list(f[8]).stream().map(Town::of).toList(), list(f[9]), "Ленинградская область",
					"Ленинградской области", "47");
		}

	}

	/**
	 * A town or settlement with its postcode; a rural one is written with its district in
	 * addresses.
	 */
	record Town(String postcode, String name, boolean rural) {

		/** "postcode name"; a town ("г. …") is not rural, any other settlement is. */
		static Town of(String postcodeAndName) {
			String[] parts = postcodeAndName.split(" ", 2);
			return new Town(parts[0], parts[1], !parts[1].startsWith("г. "));
		}

	}

	/**
	 * What an organisation works for: name words (after an activity-style form, a
	 * membership-style one, for web addresses), quoted names, titles, areas.
	 */
	record Purpose(int weight, String activity, String members, String shortWords, List<String> quotes,
			List<String> titles, Set<ActivityArea> areas, List<String> descriptions, List<Form> forms) {

		/** A row of {@code demo/organization-purposes.tsv}. */
		static Purpose of(String[] f) {
			return new Purpose(Integer.parseInt(f[0]), nullable(f[1]), nullable(f[2]), nullable(f[3]), list(f[4]),
					list(f[5]), EnumSet.copyOf(list(f[6]).stream().map(ActivityArea::valueOf).toList()), list(f[7]),
					list(f[8]).stream().map(Form::valueOf).toList());
		}

	}

	/** A field of a demo table: "-" for none. */
	private static String nullable(String field) {
		return field.equals("-") ? null : field;
	}

	/** A list in a field of a demo table, separated by "|"; empty for an empty field. */
	private static List<String> list(String field) {
		return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
	}

	/** One run's state: the random source and what has been handed out already. */
	static final class Generator {

		private final Random random;

		private final Set<String> numbers = new HashSet<>(RESERVED);

		private final Set<String> names = new HashSet<>();

		private final Set<String> slugs = new HashSet<>();

		private final Set<String> domains = new HashSet<>();

		private final int totalWeight = PURPOSES.stream().mapToInt(Purpose::weight).sum();

		Generator(Random random) {
			this.random = random;
		}

		/**
		 * Leaves out the ИНН and ОГРН already given (their significant digits: 9 and 12),
		 * so that more organisations can be added beside the ones stored.
		 */
		Generator taken(Collection<String> numbers) {
			for (String number : numbers) {
				this.numbers.add(number.length() == 10 ? number.substring(0, 9)
						: number.length() == 13 ? number.substring(0, 12) : number);
			}
			return this;
		}

		OrganizationData organization(Place place, Long municipalityId, int youth) {
			Purpose purpose = null;
			Form form;
			String name;
			String shortName;
			String quote = null;
			Set<ActivityArea> areas = EnumSet.noneOf(ActivityArea.class);
			String description;
			if (youth >= 0) {
				String[] youthName = YOUTH_NAMES.get(youth);
				form = Form.valueOf(youthName[0]);
				name = form.full + " " + youthName[1].formatted(place.districtGenitive());
				quote = youthName[2];
				shortName = form.abbreviation + " «" + quote + "»";
				areas.addAll(EnumSet.of(YOUTH, CIVIC, EDUCATION));
				description = "Поддерживает проекты молодёжи, проводит форумы и обучает молодых лидеров.";
			}
			else {
				String[] parts;
				int attempts = 0;
				do {
					purpose = purpose();
					form = pick(purpose.forms());
					parts = name(purpose, form, place);
					// a place with more organisations than names (the generated data
					// set):
					// the same name again, told apart by a number as registers do
					if (++attempts > 20) {
						parts = new String[] { parts[0] + " № " + attempts, parts[1] + " № " + attempts, parts[2] };
					}
				}
				while (!this.names.add(parts[0]));
				name = parts[0];
				shortName = parts[1];
				quote = parts[2];
				areas.addAll(purpose.areas());
				if (chance(0.3)) {
					areas.add(pick(List.of(CHARITY, EDUCATION, CIVIC, CULTURE, SOCIAL_SUPPORT, HEALTH)));
				}
				description = pick(purpose.descriptions());
			}
			this.names.add(name);

			LocalDate registered = registration(purpose);
			String inn = unique(() -> inn(place.regionCode() + place.taxOffice() + digits(5)), 9);
			String ogrn = unique(
					() -> ogrn("1" + ogrnYear(registered) + place.regionCode() + place.taxOffice() + digits(5)), 12);
			String kpp = place.regionCode() + place.taxOffice() + "01001";
			boolean oo = form == Form.OO || form == Form.TOS || place.townGenitive() == null;
			Town town = oo || chance(0.7) ? place.towns().get(0) : pick(place.towns());
			String street = chance(0.6) ? pick(STREETS) : pick(place.streets());
			String address = town.postcode() + ", " + place.region() + ", "
					+ (town.rural() ? place.district() + ", " : "") + town.name() + ", " + street + ", д. "
					+ (1 + this.random.nextInt(60)) + (chance(0.2) ? ", корп. " + (1 + this.random.nextInt(3)) : "")
					+ (chance(0.5) ? ", пом. " + (1 + this.random.nextInt(40)) + "-Н" : "");

			boolean socialOriented = form != Form.TOS ? chance(0.71) : chance(0.3);
			LocalDate socialSince = socialOriented
					? between(later(registered.plusDays(60), LocalDate.of(2011, 3, 1)), LAST_DECISION) : null;
			boolean iopu = socialOriented && chance(0.16) && registered.isBefore(LocalDate.of(2024, 1, 1));
			LocalDate iopuSince = iopu ? between(
					later(socialSince, later(registered.plusYears(2), LocalDate.of(2017, 6, 1))), LAST_DECISION) : null;
			boolean resourceCenter = form != Form.TOS && chance(0.03);
			boolean supportParticipant = chance(socialOriented ? 0.5 : 0.17);
			if (chance(0.5)) {
				description += " " + second(place, supportParticipant, registered);
			}

			// openness: a fifth show nothing at all, the others a varied mix
			String slug = slug(quote != null ? quote
					: (purpose == null || purpose.shortWords() == null ? "nko" : purpose.shortWords()), place);
			boolean nothing = chance(0.2);
			String domain = (slug.contains(place.slug().replace('-', '_')) ? slug : slug + "_" + place.slug())
				.replace('_', '-');
			while (!this.domains.add(domain)) {
				domain += place.regionCode();
			}
			String website = !nothing && chance(0.56)
					? "https://" + domain + pick(List.of(".ru", ".ru", ".ru", ".org", "47.ru")) : null;
			List<SocialPageLink> pages = new ArrayList<>();
			if (!nothing && chance(0.75)) {
				if (chance(0.88)) {
					pages.add(new SocialPageLink(SocialNetwork.VK, chance(0.8) ? "https://vk.com/" + slug
							: "https://vk.com/club" + (10_000_000 + this.random.nextInt(220_000_000))));
				}
				if (chance(0.45) || pages.isEmpty()) {
					pages.add(new SocialPageLink(SocialNetwork.TELEGRAM,
							"https://t.me/" + (slug.length() < 5 ? slug + "_lo" : slug)));
				}
				if (chance(0.2)) {
					pages.add(new SocialPageLink(SocialNetwork.ODNOKLASSNIKI, "https://ok.ru/group/"
							+ (50_000_000_000_000L + (long) (this.random.nextDouble() * 20_000_000_000_000L))));
				}
			}
			String publicEmail = !nothing && chance(0.81)
					? (website != null && chance(0.7) ? "info@" + website.substring("https://".length())
							: slug.replace('_', '.') + "@" + pick(MAIL_DOMAINS))
					: null;
			String publicPhone = !nothing && chance(0.69) ? (chance(0.75) ? landline(place) : mobile()) : null;
			if (!nothing && website == null && pages.isEmpty() && publicEmail == null && publicPhone == null) {
				publicPhone = landline(place);
			}

			boolean female = chance(0.58);
			String head = person(female);
			String position = pick(form.positions);
			String contactPerson = null;
			String contactEmail = null;
			String contactPhone = null;
			if (chance(0.8)) {
				boolean contactFemale = chance(0.5) ? female : chance(0.65);
				contactPerson = contactFemale == female && chance(0.6) ? head : person(contactFemale);
				String[] parts = contactPerson.split(" ");
				contactEmail = transliterate(parts[0]).replace(' ', '.') + "." + transliterate(parts[1].substring(0, 1))
						+ "@" + pick(MAIL_DOMAINS);
				contactPhone = mobile();
			}
			return new OrganizationData(name, shortName, form.full, inn, ogrn, kpp, registered, address, municipalityId,
					socialOriented, socialSince, iopu, iopuSince, resourceCenter, supportParticipant, website,
					publicEmail, publicPhone, head, position, description, contactPerson, contactEmail, contactPhone,
					areas, pages);
		}

		/** Full name, short name and the quoted name (or null). */
		private String[] name(Purpose purpose, Form form, Place place) {
			String place2 = place.townGenitive() != null && form == Form.OO ? place.townGenitive()
					: place.districtGenitive();
			if (form == Form.TOS) {
				String quote = pick(purpose.quotes());
				String town = place.townGenitive() != null ? " " + place.townGenitive()
						: " " + place.districtGenitive();
				return new String[] { form.full + " «" + quote + "»" + town, form.abbreviation + " «" + quote + "»",
						quote };
			}
			String quote = purpose.quotes().isEmpty() || chance(0.2) ? null : pick(purpose.quotes())
				.formatted(place.districtGenitive().substring(0, place.districtGenitive().indexOf(' ') - 3) + "ий");
			String title = purpose.titles().isEmpty() ? null : pick(purpose.titles());
			return switch (form) {
				case ANO ->
					title != null && chance(0.4)
							? new String[] {
									form.full + " «" + title + "»"
											+ (chance(0.5) ? " " + place.districtGenitive() : ""),
									form.abbreviation + " «" + title + "»", title }
							: withQuote(form, purpose.activity(), quote, place.districtGenitive());
				case BF, NP -> withQuote(form, purpose.activity(), quote, place.districtGenitive());
				case FOND -> withQuote(form, purpose.activity() + " " + place.districtGenitive(), quote, "");
				case ROO -> withQuote(form, purpose.members(), quote, place.regionGenitive());
				case MOO, ASSOCIATION ->
					withQuote(form, purpose.members() + " " + place.districtGenitive(), chance(0.5) ? quote : null, "");
				case OO -> withQuote(form, purpose.members() + " " + place2, chance(0.5) ? quote : null, "");
				case TOS -> throw new IllegalStateException();
			};
		}

		/**
		 * The words after the legal form, then the quoted name if any, then the place
		 * (the latter two are optional).
		 */
		private static String[] withQuote(Form form, String words, String quote, String place) {
			String tail = place.isEmpty() ? "" : " " + place;
			if (quote != null) {
				String name = form == Form.ROO ? words + " «" + quote + "»" + tail : words + " «" + quote + "»";
				return new String[] { form.full + " " + name, form.abbreviation + " «" + quote + "»", quote };
			}
			// the veterans' statutory name is too long to repeat in the short one
			String shortWords = words.startsWith("ветеранов (")
					? "ветеранов" + words.substring(words.indexOf(" органов") + " органов".length()) : words;
			return new String[] { form.full + " " + words + tail, form.abbreviation + " " + shortWords + tail, null };
		}

		private String second(Place place, boolean supportParticipant, LocalDate registered) {
			List<String> options = new ArrayList<>(List.of("Работает на территории " + place.districtGenitive() + ".",
					"Объединяет около " + (10 + this.random.nextInt(30) * 5) + " участников и добровольцев.",
					"Работает с " + registered.getYear() + " года, проекты поддержаны грантами Губернатора "
							+ place.regionGenitive() + ".",
					"Проводит районные акции и праздники вместе с администрацией и библиотеками."));
			if (supportParticipant) {
				options.add("Участвует в программе поддержки социально ориентированных НКО " + place.regionGenitive()
						+ ".");
			}
			return pick(options);
		}

		private Purpose purpose() {
			int roll = this.random.nextInt(this.totalWeight);
			for (Purpose purpose : PURPOSES) {
				roll -= purpose.weight();
				if (roll < 0) {
					return purpose;
				}
			}
			throw new IllegalStateException();
		}

		private LocalDate registration(Purpose purpose) {
			LocalDate one = between(FIRST_REGISTRATION, LAST_REGISTRATION);
			LocalDate two = between(FIRST_REGISTRATION, LAST_REGISTRATION);
			if (purpose != null && purpose.areas().contains(VETERANS)) {
				return one.isBefore(two) ? one : two;
			}
			if (purpose == null || purpose.forms().contains(Form.TOS) || purpose.areas().contains(CIVIC)) {
				return one.isAfter(two) ? one : two;
			}
			return one;
		}

		/**
		 * Organisations registered before 1 July 2002 received their ОГРН at
		 * re-registration in 2002-2003.
		 */
		private String ogrnYear(LocalDate registered) {
			int year = registered.isBefore(LocalDate.of(2002, 7, 1)) ? (chance(0.6) ? 2002 : 2003)
					: registered.getYear();
			return String.format("%02d", year % 100);
		}

		private String unique(Supplier<String> candidates, int significant) {
			while (true) {
				String candidate = candidates.get();
				if (this.numbers.add(candidate.substring(0, significant))) {
					return candidate;
				}
			}
		}

		private String slug(String words, Place place) {
			String[] parts = transliterate(words).split(" ");
			String base = parts[0].length() > 24 ? parts[0].substring(0, 24) : parts[0];
			for (int i = 1; i < Math.min(parts.length, 3) && base.length() + parts[i].length() < 24; i++) {
				base += "_" + parts[i];
			}
			for (String candidate : List.of(base, base + "_" + place.slug().replace('-', '_'),
					base + place.regionCode())) {
				if (this.slugs.add(candidate)) {
					return candidate;
				}
			}
			for (int i = 2;; i++) {
				if (this.slugs.add(base + "_" + place.slug().replace('-', '_') + i)) {
					return base + "_" + place.slug().replace('-', '_') + i;
				}
			}
		}

		private String person(boolean female) {
			String surname = pick(SURNAMES);
			if (female) {
				surname = surname.endsWith("ий") ? surname.substring(0, surname.length() - 2) + "ая" : surname + "а";
				return surname + " " + pick(FEMALE_NAMES) + " " + pick(FATHERS) + "на";
			}
			return surname + " " + pick(MALE_NAMES) + " " + pick(FATHERS) + "ич";
		}

		private String landline(Place place) {
			return "+7 (" + place.phoneCode() + ") " + (2 + this.random.nextInt(6)) + "-" + digits(2) + "-" + digits(2);
		}

		private String mobile() {
			return "+7 " + pick(MOBILE_CODES) + " " + digits(3) + "-" + digits(2) + "-" + digits(2);
		}

		private String digits(int count) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < count; i++) {
				out.append(this.random.nextInt(10));
			}
			return out.toString();
		}

		private LocalDate between(LocalDate from, LocalDate to) {
			if (!from.isBefore(to)) {
				return to;
			}
			return from.plusDays(this.random.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
		}

		private static LocalDate later(LocalDate one, LocalDate two) {
			return one.isAfter(two) ? one : two;
		}

		private boolean chance(double probability) {
			return this.random.nextDouble() < probability;
		}

		private <T> T pick(List<T> items) {
			return items.get(this.random.nextInt(items.size()));
		}

	}

}

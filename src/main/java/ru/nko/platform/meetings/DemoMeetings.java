package ru.nko.platform.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.decisions.DecisionStatus;
import ru.nko.platform.decisions.PastDecision;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.meetings.Meetings.PastMeeting;
import ru.nko.platform.registrations.PastRegistration;
import ru.nko.platform.shared.time.Quarter;
import ru.nko.platform.system.DemoData;

/**
 * Two years of meetings in all 18 municipalities, as life has them: most quarters with a
 * working meeting closed with minutes, attendance and decisions (some done, some open,
 * some overdue), gaps in Сланцевский and Тихвинский and a missed quarter here and there,
 * a cancelled meeting, two held without minutes yet (one in the demo officer's district,
 * which also has this quarter's meeting still to plan), meetings planned for the rest of
 * this quarter and the next, a few meetings of NGO leaders with the district (7.3) and
 * the region (7.4), and the yearly plans agreed in most municipalities. Past or future is
 * decided by the clock, so the same data reads right on any day.
 */
@Component
@Profile("demo")
class DemoMeetings {

	private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

	/**
	 * Quarters (year * 10 + quarter) without a working meeting, by the municipality's
	 * first word.
	 */
	private static final Map<String, Set<Integer>> GAPS = Map.of("Сланцевский",
			Set.of(20253, 20261, 20262, 20263, 20264), "Тихвинский", Set.of(20252, 20254, 20262, 20263),
			"Лодейнопольский", Set.of(20251), "Приозерский", Set.of(20262));

	/** The district of the demo municipal officer ("municipal"). */
	private static final String DEMO_OFFICER_DISTRICT = "Всеволожский";

	/** The last quarter the demo has working meetings in. */
	private static final Quarter LAST_DEMO_QUARTER = new Quarter(2027, 1);

	static final List<String> AGENDA = List.of("Итоги выполнения решений прошлой встречи",
			"Муниципальная поддержка СО НКО: субсидии и имущество",
			"Проблемы НКО района и план мероприятий по их решению",
			"Подготовка к конкурсу на предоставление грантов Губернатора",
			"Информационная открытость НКО: что публиковать на сайте",
			"Помещения для НКО: свободные объекты муниципального имущества",
			"Совместные мероприятия ко Дню добровольца", "Разное");

	private static final List<String[]> DECISIONS = List.of(new String[] {
			"Подготовить перечень свободных помещений, пригодных для НКО, и опубликовать его на сайте администрации",
			"Комитет по управлению муниципальным имуществом" },
			new String[] { "Провести консультацию для НКО по подготовке заявок на конкурс грантов Губернатора",
					"Ресурсный центр поддержки НКО" },
			new String[] { "Включить проблему транспортной доступности для волонтёров в план мероприятий района",
					"Отдел по связям с общественностью администрации" },
			new String[] { "Разместить на сайте администрации раздел «Поддержка НКО» с контактами ответственного",
					"Пресс-служба администрации" },
			new String[] { "Организовать выездной приём представителей НКО главой администрации",
					"Аппарат главы администрации" },
			new String[] { "Подготовить предложения в муниципальную программу поддержки СО НКО на следующий год",
					"Общественный совет района" },
			new String[] { "Провести совместный субботник НКО и администрации", "Совет НКО района" });

	private final DirectoryManagement directory;

	private final Meetings meetings;

	private final Clock clock;

	private final MeetingRepository repository;

	private final DemoData demo;

	DemoMeetings(DirectoryManagement directory, Meetings meetings, MeetingRepository repository, DemoData demo,
			Clock clock) {
		this.repository = repository;
		this.demo = demo;
		this.directory = directory;
		this.meetings = meetings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.MEETINGS)
	void load() {
		this.demo.load("meetings", () -> this.repository.count() == 0, this::create);
	}

	void create() {
		long started = System.nanoTime();
		Random random = new Random(2026_11_26L);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		OrganizationRef goodNeighbours = this.directory.ensureOrganization(
				"Всеволожская районная общественная организация «Добрые соседи»", "РОО «Добрые соседи»", "4703012340",
				"1024700001230", null);
		List<MunicipalityRef> municipalities = this.directory.municipalities();
		List<PastMeeting> all = new ArrayList<>();
		for (int index = 0; index < municipalities.size(); index++) {
			MunicipalityRef municipality = municipalities.get(index);
			String key = municipality.name().split(" ")[0];
			List<Long> organizations = this.directory.organizationsIn(municipality.id(), 12)
				.stream()
				.map(OrganizationRef::id)
				.toList();
			String officer = "Администрация: " + municipality.name();
			for (int year = 2025; year <= 2027; year++) {
				for (int quarter = 1; quarter <= 4; quarter++) {
					if (year == 2027 && quarter > 1) {
						break;
					}
					if (GAPS.getOrDefault(key, Set.of()).contains(year * 10 + quarter)) {
						continue;
					}
					// the demo officer's district ("municipal") has this quarter's
					// working
					// meeting still to plan (while the demo has a later one), and last
					// quarter's held without its minutes: work for their cabinet
					Quarter demoQuarter = new Quarter(year, quarter);
					boolean officersDistrict = key.equals(DEMO_OFFICER_DISTRICT);
					if (officersDistrict && demoQuarter.equals(Quarter.of(today))
							&& demoQuarter.compareTo(LAST_DEMO_QUARTER) < 0) {
						continue;
					}
					// the middle month of the quarter; this quarter's meeting early in a
					// few places, in December in the rest
					int month = (quarter - 1) * 3 + 2;
					int day = 8 + (index * 3 + quarter) % 18;
					if (year == 2026 && quarter == 4) {
						month = index % 3 == 0 ? 11 : 12;
						day = index % 3 == 0 ? 10 + index % 10 : 3 + index;
					}
					LocalDate date = LocalDate.of(year, month, day);
					OffsetDateTime start = date.atTime(LocalTime.of(index % 2 == 0 ? 15 : 11, 0))
						.atZone(this.clock.getZone())
						.toOffsetDateTime();
					boolean past = start.toInstant().plus(Duration.ofHours(2)).isBefore(now);
					MeetingStatus status = past ? MeetingStatus.CLOSED : MeetingStatus.PLANNED;
					String cancelReason = null;
					if (key.equals("Подпорожский") && year == 2026 && quarter == 2) {
						status = MeetingStatus.CANCELLED;
						cancelReason = "Паводок: зал администрации используется оперативным штабом; встреча перенесена на следующий квартал";
					}
					if (officersDistrict && status == MeetingStatus.CLOSED
							&& demoQuarter.equals(Quarter.of(today).previous())) {
						status = MeetingStatus.HELD;
					}
					if (key.equals("Бокситогорский") && year == 2026 && quarter == 3) {
						// held, but the minutes are not in yet: it does not count until
						// they are
						status = MeetingStatus.HELD;
					}
					// the demo representative's organisation has registered for its
					// district's coming meetings
					all.add(working(municipality, organizations, officer, start, status, cancelReason, random, today,
							key.equals("Всеволожский") ? goodNeighbours.id() : null));
				}
			}
		}
		all.addAll(leaders(municipalities, now, today, random));
		int loaded = this.meetings.loadPast(all);

		log.info("Demo meetings loaded: {} in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
	}

	private PastMeeting working(MunicipalityRef municipality, List<Long> organizations, String officer,
			OffsetDateTime start, MeetingStatus status, String cancelReason, Random random, LocalDate today,
			Long alsoRegistered) {
		List<String> agenda = new ArrayList<>(List.of(AGENDA.get(0)));
		agenda.add(AGENDA.get(1 + random.nextInt(AGENDA.size() - 2)));
		agenda.add(AGENDA.get(AGENDA.size() - 1));
		int invitedCount = Math.min(organizations.size(), 3 + random.nextInt(5));
		List<Long> invited = organizations.subList(0, invitedCount);
		List<PastRegistration> registrations = new ArrayList<>();
		for (int i = 0; i < Math.min(invitedCount, 2 + random.nextInt(3)); i++) {
			registrations.add(new PastRegistration(invited.get(i), 1 + random.nextInt(3), "Представитель организации"));
		}
		if (alsoRegistered != null && status == MeetingStatus.PLANNED
				&& registrations.stream().noneMatch(r -> r.organizationId() == alsoRegistered)) {
			registrations.add(new PastRegistration(alsoRegistered, 2, "Соколова Анна Дмитриевна"));
		}
		Map<Long, Integer> attended = new LinkedHashMap<>();
		List<PastDecision> decisions = new ArrayList<>();
		String minutes = null;
		if (status == MeetingStatus.CLOSED || status == MeetingStatus.HELD) {
			for (PastRegistration r : registrations) {
				if (random.nextInt(5) > 0) {
					attended.put(r.organizationId(), r.participants());
				}
			}
			if (attended.isEmpty() && !invited.isEmpty()) {
				attended.put(invited.get(0), 1);
			}
			LocalDate day = start.toLocalDate();
			int count = 1 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				String[] decision = DECISIONS.get(random.nextInt(DECISIONS.size()));
				LocalDate due = day.plusDays(45 + random.nextInt(90));
				int roll = random.nextInt(10);
				if (due.isBefore(today) && roll < 7) {
					LocalDate done = due.minusDays(random.nextInt(20));
					decisions.add(new PastDecision(decision[0], decision[1], due, DecisionStatus.DONE,
							done.isAfter(today) ? today : done,
							"Выполнено, информация размещена на сайте администрации"));
				}
				else if (roll == 9) {
					decisions.add(new PastDecision(decision[0], decision[1], due, DecisionStatus.CANCELLED, null,
							"Утратило актуальность после изменения муниципальной программы"));
				}
				else {
					// open: overdue if its date has passed
					decisions.add(new PastDecision(decision[0], decision[1], due, DecisionStatus.OPEN, null, null));
				}
			}
			if (status == MeetingStatus.CLOSED) {
				minutes = "Присутствовали представители администрации и " + attended.size() + " НКО района. Обсудили: "
						+ String.join("; ", agenda).toLowerCase(Locale.ROOT) + ". Приняты решения: " + decisions.size()
						+ " (с ответственными и сроками — в разделе «Решения»).";
			}
		}
		boolean online = random.nextInt(6) == 0;
		return new PastMeeting(municipality.id(), MeetingType.WORKING, "Рабочая встреча НКО и администрации района",
				start, Duration.ofHours(2), online ? null : "Зал заседаний администрации, " + municipality.name(),
				online || random.nextInt(3) == 0
						? "https://vk.com/call/join/demo-" + municipality.id() + "-" + start.toLocalDate() : null,
				status, cancelReason, agenda, invited, registrations, attended, 2 + random.nextInt(4), minutes,
				decisions, officer);
	}

	/**
	 * Meetings of NGO leaders with the district's heads (7.3) and with the region (7.4).
	 */
	private List<PastMeeting> leaders(List<MunicipalityRef> municipalities, Instant now, LocalDate today,
			Random random) {
		List<PastMeeting> meetings = new ArrayList<>();
		String committee = "Комитет общественных коммуникаций Ленинградской области";
		Object[][] local = { { "Гатчинский", LocalDate.of(2025, 4, 22) }, { "Всеволожский", LocalDate.of(2026, 3, 17) },
				{ "Кировский", LocalDate.of(2026, 9, 24) }, { "Выборгский", LocalDate.of(2026, 12, 16) } };
		for (Object[] row : local) {
			MunicipalityRef municipality = municipalities.stream()
				.filter(m -> m.name().startsWith((String) row[0]))
				.findFirst()
				.orElseThrow();
			List<Long> organizations = this.directory.organizationsIn(municipality.id(), 8)
				.stream()
				.map(OrganizationRef::id)
				.toList();
			meetings.add(leadersMeeting(municipality.id(), MeetingType.LEADERS_LOCAL,
					"Встреча руководителей НКО с главой администрации",
					((LocalDate) row[1]).atTime(16, 0).atZone(this.clock.getZone()).toOffsetDateTime(),
					"Администрация: " + municipality.name(), "Кабинет главы администрации, " + municipality.name(),
					organizations, now, today, random));
		}
		Object[][] regional = { { null, LocalDate.of(2025, 6, 18) }, { null, LocalDate.of(2025, 12, 11) },
				{ "Лужский", LocalDate.of(2026, 3, 26) }, { null, LocalDate.of(2026, 6, 17) },
				{ null, LocalDate.of(2026, 12, 10) } };
		for (Object[] row : regional) {
			Long municipalityId = row[0] == null ? null
					: municipalities.stream()
						.filter(m -> m.name().startsWith((String) row[0]))
						.findFirst()
						.orElseThrow()
						.id();
			List<Long> organizations = municipalityId == null ? List.of()
					: this.directory.organizationsIn(municipalityId, 6).stream().map(OrganizationRef::id).toList();
			meetings.add(leadersMeeting(municipalityId, MeetingType.LEADERS_REGIONAL,
					municipalityId == null ? "Встреча руководителей НКО с Комитетом общественных коммуникаций"
							: "Выездная встреча Комитета общественных коммуникаций с НКО района",
					((LocalDate) row[1]).atTime(12, 0).atZone(this.clock.getZone()).toOffsetDateTime(), committee,
					"Санкт-Петербург, Суворовский пр., 67, конференц-зал", organizations, now, today, random));
		}
		return meetings;
	}

	private static PastMeeting leadersMeeting(Long municipalityId, MeetingType type, String title, OffsetDateTime start,
			String by, String place, List<Long> organizations, Instant now, LocalDate today, Random random) {
		boolean past = start.toInstant().plus(Duration.ofHours(2)).isBefore(now);
		List<PastRegistration> registrations = organizations.stream()
			.limit(3)
			.map(o -> new PastRegistration(o, 1, "Руководитель НКО"))
			.toList();
		Map<Long, Integer> attended = new LinkedHashMap<>();
		List<PastDecision> decisions = new ArrayList<>();
		if (past) {
			registrations.forEach(r -> attended.put(r.organizationId(), 1));
			LocalDate due = start.toLocalDate().plusDays(60);
			decisions
				.add(new PastDecision("Рассмотреть предложения НКО о порядке предоставления имущественной поддержки",
						by, due, due.isBefore(today) ? DecisionStatus.DONE : DecisionStatus.OPEN,
						due.isBefore(today) ? due.minusDays(7) : null, null));
			decisions.add(new PastDecision("Провести обучающий семинар для руководителей НКО по отчётности",
					"Ресурсный центр поддержки НКО", start.toLocalDate().plusDays(30 + random.nextInt(30)),
					DecisionStatus.OPEN, null, null));
		}
		return new PastMeeting(municipalityId, type, title, start, Duration.ofHours(2), place, null,
				past ? MeetingStatus.CLOSED : MeetingStatus.PLANNED, null,
				List.of("Приветствие", "Поддержка НКО: итоги и планы", "Вопросы руководителей НКО"), organizations,
				registrations, attended, 5 + random.nextInt(10),
				past ? "Руководители НКО обсудили с органами власти меры поддержки, задали вопросы и внесли предложения; ответы направлены письменно."
						: null,
				decisions, by);
	}

}

package ru.nko.platform.meetings;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.actionplans.ActionPlanManagement;
import ru.nko.platform.actionplans.PlanItemRef;
import ru.nko.platform.decisions.DecisionManagement;
import ru.nko.platform.decisions.DecisionStatus;
import ru.nko.platform.decisions.DecisionView;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.meetingdocuments.MeetingDocumentView;
import ru.nko.platform.meetingdocuments.MeetingDocuments;
import ru.nko.platform.meetingplans.MeetingPlanManagement;
import ru.nko.platform.meetingplans.MeetingPlanStatus;
import ru.nko.platform.meetingplans.MeetingPlanView;
import ru.nko.platform.problems.ProblemFixtures;
import ru.nko.platform.problems.ProblemStatus;
import ru.nko.platform.registrations.RegistrationFixtures;
import ru.nko.platform.support.MutableClock;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings end to end through the pages: planning, registration, attendance, minutes,
 * decisions, closing; who may do what across two municipalities; the iCalendar files;
 * query counts of the lists.
 */
@PlatformTest
class MeetingsTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private static final String MINUTES = "Присутствовали представители администрации и двух НКО; обсудили помещения и гранты.";

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MutableClock clock;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	MeetingAgendaRepository agenda;

	@Autowired
	RegistrationFixtures participants;

	@Autowired
	DecisionManagement decisions;

	@Autowired
	MeetingDocuments documents;

	@Autowired
	MeetingPlanManagement plans;

	@Autowired
	Meetings facade;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private long municipality(String name) {
		return this.directory.municipalityByName(name).orElseThrow().id();
	}

	private List<OrganizationRef> organizationsOf(long municipality) {
		return this.directory.organizationsIn(municipality, 5);
	}

	private static RequestPostProcessor officer(long municipality) {
		return TestUsers.municipalOfficerOf(municipality);
	}

	/**
	 * Plans a meeting as the officer, so many days ahead at 15:00 Moscow time; returns
	 * its id.
	 */
	private long plan(long municipality, int daysAhead, RequestPostProcessor who) throws Exception {
		LocalDate day = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(daysAhead);
		MvcResult result = this.mvc
			.perform(post("/meetings").with(who)
				.with(csrf())
				.param("municipalityId", String.valueOf(municipality))
				.param("type", "WORKING")
				.param("title", "Рабочая встреча для проверки")
				.param("date", day.toString())
				.param("startTime", "15:00")
				.param("endTime", "17:00")
				.param("place", "Зал заседаний администрации")
				.param("agenda", "Итоги квартала — Иванова М. С.\nПомещения для НКО")
				.param("repeat", "NONE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).matches("/meetings/\\d+");
		return Long.parseLong(url.substring("/meetings/".length()));
	}

	private Instant startOf(long meetingId) {
		return this.meetings.findById(meetingId).orElseThrow().getStartsAt();
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Meeting meeting(long id) {
		return this.meetings.findById(id).orElseThrow();
	}

	// ---------------------------------------------------------------- the whole flow

	@Test
	void anOfficerPlansNgosRegisterAndTheMeetingIsHeldRecordedAndClosed() throws Exception {
		long volosovo = municipality("Волосовский муниципальный район");
		List<OrganizationRef> orgs = organizationsOf(volosovo);
		long first = orgs.get(0).id();
		long second = orgs.get(1).id();
		long id = plan(volosovo, 3, officer(volosovo));
		assertThat(this.agenda.current(id)).extracting(MeetingAgendaItem::getTitle, MeetingAgendaItem::getSpeaker)
			.containsExactly(Tuple.tuple("Итоги квартала", "Иванова М. С."), Tuple.tuple("Помещения для НКО", null));
		assertThat(this.plans.plan(volosovo, startOf(id).atZone(MOSCOW).getYear())).isPresent();

		this.mvc
			.perform(post("/meetings/{id}/invitations", id).with(officer(volosovo))
				.with(csrf())
				.param("invite", String.valueOf(first))
				.param("invite", String.valueOf(second)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.participants.invitationIds(id)).hasSize(2);

		// each representative registers their own organisation, and only it
		this.mvc
			.perform(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(first))
				.with(csrf())
				.param("organizationId", String.valueOf(first))
				.param("participants", "2")
				.param("participantNames", "Петрова Анна, Сидоров Олег"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(second))
				.with(csrf())
				.param("organizationId", String.valueOf(first))
				.param("participants", "1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(second))
				.with(csrf())
				.param("organizationId", String.valueOf(second))
				.param("participants", "1"))
			.andExpect(status().is3xxRedirection());
		String twice = page(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(second))
			.with(csrf())
			.param("organizationId", String.valueOf(second))
			.param("participants", "11"));
		assertThat(twice).contains("уже зарегистрирована", "от 1 до 10");
		assertThat(this.participants.registrationIds(id)).hasSize(2);

		// the public sees how many registered, never who
		String guest = page(get("/meetings/{id}", id));
		assertThat(guest).contains("2 организации зарегистрировались", "Итоги квартала").doesNotContain("Петрова Анна");
		assertThat(page(get("/meetings/{id}", id).with(TestUsers.representativeOf(first)))).contains("Петрова Анна",
				"Вас пригласили");
		assertThat(page(get("/meetings/{id}", id).with(TestUsers.representativeOf(second))))
			.doesNotContain("Петрова Анна");
		assertThat(page(get("/meetings/{id}", id).with(officer(volosovo)))).contains("Петрова Анна");

		// attendance waits for the start
		String early = page(post("/meetings/{id}/attendance", id).with(officer(volosovo))
			.with(csrf())
			.param("attended", String.valueOf(first))
			.param("count-" + first, "2")
			.param("otherParticipants", "3"));
		assertThat(early).contains("ещё не началась");
		assertThat(meeting(id).getStatus()).isEqualTo(MeetingStatus.PLANNED);

		this.clock.set(startOf(id).plus(Duration.ofHours(1)));
		this.mvc
			.perform(post("/meetings/{id}/attendance", id).with(officer(volosovo))
				.with(csrf())
				.param("attended", String.valueOf(first))
				.param("count-" + first, "2")
				.param("otherParticipants", "3"))
			.andExpect(status().is3xxRedirection());
		assertThat(meeting(id).getStatus()).isEqualTo(MeetingStatus.HELD);
		assertThat(this.participants.attendance(id)).containsOnly(Map.entry(first, true), Map.entry(second, false));

		// no closing without minutes: the page says so in Russian and nothing changes
		String refused = page(post("/meetings/{id}/close", id).with(officer(volosovo)).with(csrf()));
		assertThat(refused).contains("Встречу нельзя закрыть без протокола");
		assertThat(meeting(id).getStatus()).isEqualTo(MeetingStatus.HELD);

		this.mvc
			.perform(multipart("/meetings/{id}/minutes", id)
				.file(new MockMultipartFile("minutesFile", "протокол.pdf", "application/pdf", PDF))
				.param("minutes", MINUTES)
				.with(officer(volosovo))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		LocalDate due = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(30);
		for (String text : List.of("Опубликовать перечень свободных помещений", "Провести консультацию по грантам")) {
			this.mvc
				.perform(post("/meetings/{id}/decisions", id).with(officer(volosovo))
					.with(csrf())
					.param("decisionText", text)
					.param("decisionOwner", "Отдел по связям с общественностью")
					.param("decisionDue", due.toString()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(this.decisions.ofMeeting(id, true)).hasSize(2);
		// before closing, the public sees neither minutes nor decisions
		assertThat(page(get("/meetings/{id}", id))).doesNotContain(MINUTES)
			.doesNotContain("Провести консультацию по грантам");

		int closedBefore = closedWorking(volosovo, startOf(id));
		this.mvc.perform(post("/meetings/{id}/close", id).with(officer(volosovo)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(meeting(id).getStatus()).isEqualTo(MeetingStatus.CLOSED);
		assertThat(closedWorking(volosovo, startOf(id))).isEqualTo(closedBefore + 1);

		// the organisers' history names statuses in Russian
		assertThat(page(get("/meetings/{id}", id).with(officer(volosovo)))).contains("→ проведена, протокол есть")
			.doesNotContain("→ CLOSED");
		String closed = page(get("/meetings/{id}", id));
		assertThat(closed)
			.contains(MINUTES, "Опубликовать перечень свободных помещений", "Провести консультацию по грантам",
					"Проведена, протокол есть")
			.doesNotContain("Петрова Анна");
		this.mvc.perform(get("/meetings/{id}/minutes-file", id)).andExpect(status().isOk());

		// a decision is settled after closing; the facade counts what is open
		DecisionView decision = this.decisions.ofMeeting(id, true).get(0);
		this.mvc
			.perform(post("/meetings/{id}/decisions/{d}/done", id, decision.id()).with(officer(volosovo))
				.with(csrf())
				.param("doneAt", LocalDate.now(this.clock.withZone(MOSCOW)).toString())
				.param("note", "Опубликован"))
			.andExpect(status().is3xxRedirection());
		LocalDate day = startOf(id).atZone(MOSCOW).toLocalDate();
		MeetingSummary summary = this.facade.between(volosovo, day, day)
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(summary.status()).isEqualTo(MeetingStatus.CLOSED);
		assertThat(summary.registrations()).isEqualTo(2);
		assertThat(summary.decisionsOpen()).isEqualTo(1);
		assertThat(summary.decisionsOverdue()).isZero();
		assertThat(summary.startsAt().toInstant()).isEqualTo(startOf(id));

		this.clock.set(due.plusDays(2).atStartOfDay(MOSCOW).toInstant());
		assertThat(this.facade.between(volosovo, day, day)
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow()
			.decisionsOverdue()).isEqualTo(1);
		assertThat(this.decisions.overdueByMunicipality().get(volosovo)).isPositive();
		assertThat(page(get("/meetings/{id}", id))).contains("Просрочено");
	}

	@Autowired
	ActionPlanManagement actionPlans;

	@Test
	void aDecisionAdvancesAnOpenItemOfTheMunicipalitysOwnPlanOnly() throws Exception {
		long kingisepp = municipality("Кингисеппский муниципальный район");
		long kirovsk = municipality("Кировский муниципальный район");
		long id = plan(kingisepp, 2, officer(kingisepp));
		int year = startOf(id).atZone(this.clock.getZone()).getYear();
		List<Integer> years = List.of(year, year + 1);
		PlanItemRef own = this.actionPlans.openItems(kingisepp, years).get(0);
		PlanItemRef foreign = this.actionPlans.openItems(kirovsk, years).get(0);
		this.clock.set(startOf(id).plus(Duration.ofHours(1)));
		this.mvc
			.perform(post("/meetings/{id}/attendance", id).with(officer(kingisepp))
				.with(csrf())
				.param("otherParticipants", "4"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/meetings/{id}", id).with(officer(kingisepp)))).contains(own.title())
			.doesNotContain(foreign.title());

		LocalDate due = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(20);
		String refused = page(post("/meetings/{id}/decisions", id).with(officer(kingisepp))
			.with(csrf())
			.param("decisionText", "Подготовить договор")
			.param("decisionOwner", "Комитет по имуществу")
			.param("decisionDue", due.toString())
			.param("decisionPlanItem", String.valueOf(foreign.id())));
		assertThat(refused).contains("невыполненное мероприятие плана этого муниципального образования");
		assertThat(this.decisions.ofMeeting(id, true)).isEmpty();

		this.mvc
			.perform(post("/meetings/{id}/decisions", id).with(officer(kingisepp))
				.with(csrf())
				.param("decisionText", "Подготовить договор")
				.param("decisionOwner", "Комитет по имуществу")
				.param("decisionDue", due.toString())
				.param("decisionPlanItem", String.valueOf(own.id())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.decisions.ofMeeting(id, true).get(0).planItemId()).isEqualTo(own.id());
		assertThat(page(get("/meetings/{id}", id).with(officer(kingisepp)))).contains("/plan-items/" + own.id());
	}

	private int closedWorking(long municipality, Instant start) {
		ZonedDateTime at = start.atZone(MOSCOW);
		int quarter = (at.getMonthValue() - 1) / 3 + 1;
		return this.facade.workingMeetingsByQuarter(at.getYear())
			.stream()
			.filter(c -> c.municipalityId() == municipality && c.quarter() == quarter)
			.mapToInt(MeetingQuarterCount::closed)
			.sum();
	}

	@Test
	void aSeriesIsPlannedAtOnceAndItsRestCanBeCancelled() throws Exception {
		long kingisepp = municipality("Кингисеппский муниципальный район");
		LocalDate first = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(10);
		String tooLong = page(post("/meetings").with(officer(kingisepp))
			.with(csrf())
			.param("municipalityId", String.valueOf(kingisepp))
			.param("type", "WORKING")
			.param("title", "Серия")
			.param("date", first.toString())
			.param("startTime", "10:00")
			.param("place", "Зал")
			.param("repeat", "MONTHLY")
			.param("repeatCount", "25"));
		assertThat(tooLong).contains("от 2 до 24 встреч");
		MvcResult result = this.mvc
			.perform(post("/meetings").with(officer(kingisepp))
				.with(csrf())
				.param("municipalityId", String.valueOf(kingisepp))
				.param("type", "WORKING")
				.param("title", "Ежеквартальная рабочая встреча")
				.param("date", first.toString())
				.param("startTime", "10:00")
				.param("onlineLink", "https://vk.com/call/join/series")
				.param("repeat", "QUARTERLY")
				.param("repeatCount", "4"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/meetings/".length()));
		Meeting head = meeting(id);
		List<Meeting> series = this.meetings
			.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(head.getSeriesId(), head.getStartsAt());
		assertThat(series).hasSize(4);
		assertThat(series.get(1).getStartsAt().atZone(MOSCOW).toLocalDate()).isEqualTo(first.plusMonths(3));

		String noReason = page(post("/meetings/{id}/cancel", series.get(1).getId()).with(officer(kingisepp))
			.with(csrf())
			.param("reason", " ")
			.param("scope", "following"));
		assertThat(noReason).contains("Укажите причину отмены");
		this.mvc
			.perform(post("/meetings/{id}/cancel", series.get(1).getId()).with(officer(kingisepp))
				.with(csrf())
				.param("reason", "Встречи перенесены в формат совета НКО")
				.param("scope", "following"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.meetings.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(head.getSeriesId(),
				head.getStartsAt()))
			.extracting(Meeting::getStatus)
			.containsExactly(MeetingStatus.PLANNED, MeetingStatus.CANCELLED, MeetingStatus.CANCELLED,
					MeetingStatus.CANCELLED);
	}

	@Test
	void badPlanningInputIsRefusedInRussianAndNothingIsSaved() throws Exception {
		long kirovsk = municipality("Кировский муниципальный район");
		long before = this.meetings.count();
		String refused = page(post("/meetings").with(officer(kirovsk))
			.with(csrf())
			.param("municipalityId", String.valueOf(kirovsk))
			.param("type", "WORKING")
			.param("title", "")
			.param("date", "завтра")
			.param("startTime", "15:00")
			.param("endTime", "14:00")
			.param("onlineLink", "vk.com/call"));
		assertThat(refused).contains("Укажите название встречи", "Укажите дату встречи", "заканчиваться позже",
				"должна начинаться с https://", "href=\"#f-title\"");
		assertThat(this.meetings.count()).isEqualTo(before);
		String nowhere = page(post("/meetings").with(officer(kirovsk))
			.with(csrf())
			.param("municipalityId", String.valueOf(kirovsk))
			.param("type", "WORKING")
			.param("title", "Встреча")
			.param("date", "2027-01-20")
			.param("startTime", "15:00"));
		assertThat(nowhere).contains("Укажите место встречи или ссылку");
		assertThat(this.meetings.count()).isEqualTo(before);
	}

	// ---------------------------------------------------------------- who may do what

	/**
	 * One endpoint that changes something, built for a meeting (and its decision,
	 * document, agenda item, registration).
	 */
	private record Endpoint(String name, Function<long[], AbstractMockHttpServletRequestBuilder<?>> request) {
	}

	private List<Endpoint> changingEndpoints(long municipality, long organization) {
		List<Endpoint> endpoints = new ArrayList<>();
		// ids: [meeting, agenda item, invitation, registration, decision, document]
		endpoints.add(new Endpoint("edit",
				ids -> post("/meetings/{id}/edit", ids[0]).param("type", "WORKING")
					.param("title", "Чужая правка")
					.param("date", "2027-03-01")
					.param("startTime", "10:00")
					.param("place", "Чужой зал")));
		endpoints.add(new Endpoint("agenda",
				ids -> post("/meetings/{id}/agenda", ids[0]).param("agendaTitle", "Чужой пункт")));
		endpoints
			.add(new Endpoint("agenda withdraw", ids -> post("/meetings/{id}/agenda/{i}/withdraw", ids[0], ids[1])));
		endpoints.add(new Endpoint("agenda up", ids -> post("/meetings/{id}/agenda/{i}/up", ids[0], ids[1])));
		endpoints.add(new Endpoint("invite",
				ids -> post("/meetings/{id}/invitations", ids[0]).param("invite", String.valueOf(organization))));
		endpoints.add(new Endpoint("invitation withdraw",
				ids -> post("/meetings/{id}/invitations/{i}/withdraw", ids[0], ids[2])));
		endpoints.add(new Endpoint("registration withdraw",
				ids -> post("/meetings/{id}/registrations/{r}/withdraw", ids[0], ids[3])));
		endpoints.add(new Endpoint("attendance",
				ids -> post("/meetings/{id}/attendance", ids[0]).param("otherParticipants", "5")));
		endpoints
			.add(new Endpoint("minutes", ids -> multipart("/meetings/{id}/minutes", ids[0]).param("minutes", MINUTES)));
		endpoints.add(new Endpoint("decision",
				ids -> post("/meetings/{id}/decisions", ids[0]).param("decisionText", "Чужое решение")
					.param("decisionOwner", "Кто-то")
					.param("decisionDue", "2030-01-01")));
		endpoints.add(new Endpoint("decision done", ids -> post("/meetings/{id}/decisions/{d}/done", ids[0], ids[4])));
		endpoints.add(new Endpoint("decision cancel",
				ids -> post("/meetings/{id}/decisions/{d}/cancel", ids[0], ids[4]).param("note", "Чужая")));
		endpoints.add(new Endpoint("document", ids -> multipart("/meetings/{id}/documents", ids[0])
			.file(new MockMultipartFile("documentFile", "чужой.pdf", "application/pdf", PDF))));
		endpoints.add(new Endpoint("document withdraw",
				ids -> post("/meetings/{id}/documents/{d}/withdraw", ids[0], ids[5])));
		endpoints.add(new Endpoint("close", ids -> post("/meetings/{id}/close", ids[0])));
		endpoints
			.add(new Endpoint("cancel", ids -> post("/meetings/{id}/cancel", ids[0]).param("reason", "Чужая отмена")));
		endpoints.add(new Endpoint("agree plan",
				ids -> multipart("/municipalities/{m}/meetings/plan", municipality).param("year", "2027")
					.param("agreedOn", LocalDate.now(this.clock.withZone(MOSCOW)).toString())
					.param("agreedWith", "Чужой совет")));
		return endpoints;
	}

	/**
	 * A held meeting with something of everything: an agenda item, an invitation, a
	 * registration, a decision, a document.
	 */
	private long[] meetingWithEverything(long municipality, long organization) throws Exception {
		long id = plan(municipality, 2, officer(municipality));
		this.mvc
			.perform(post("/meetings/{id}/invitations", id).with(officer(municipality))
				.with(csrf())
				.param("invite", String.valueOf(organization)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(organization))
				.with(csrf())
				.param("organizationId", String.valueOf(organization))
				.param("participants", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/meetings/{id}/documents", id)
				.file(new MockMultipartFile("documentFile", "материалы.pdf", "application/pdf", PDF))
				.param("documentTitle", "Материалы")
				.with(officer(municipality))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long agendaItem = this.agenda.current(id).get(1).getId();
		long invitation = this.participants.invitationIds(id).get(0);
		long registration = this.participants.registrationIds(id).get(0);
		long document = this.documents.ofMeeting(id, true).get(0).id();
		return new long[] { id, agendaItem, invitation, registration, 0, document };
	}

	/** What the denied requests must leave as it was. */
	private String snapshot(long id, long municipality) {
		Meeting m = meeting(id);
		return m.getStatus() + "/" + m.getVersion() + "/" + m.getTitle() + "/agenda "
				+ this.agenda.current(id).stream().map(a -> a.getId() + ":" + a.getPosition()).toList() + "/inv "
				+ this.participants.invitationIds(id).size() + "/reg " + this.participants.registrationIds(id).size()
				+ "/att " + this.participants.attendance(id).size() + "/dec "
				+ this.decisions.ofMeeting(id, true).stream().map(d -> d.id() + ":" + d.status()).toList() + "/doc "
				+ this.documents.ofMeeting(id, true).size() + "/plan "
				+ this.plans.plan(municipality, 2027).map(MeetingPlanView::status);
	}

	@Test
	void everyChangeIsRefusedToGuestsOtherRolesAndTheOtherMunicipalitysOfficerAndNothingChanges() throws Exception {
		long luga = municipality("Лужский муниципальный район");
		long tosno = municipality("Тосненский муниципальный район");
		long organization = organizationsOf(luga).get(0).id();
		long[] ids = meetingWithEverything(luga, organization);
		long id = ids[0];
		// a held meeting with a decision, so that every endpoint has something to refuse
		Instant start = startOf(id);
		this.clock.set(start.plus(Duration.ofMinutes(30)));
		this.mvc
			.perform(post("/meetings/{id}/attendance", id).with(officer(luga))
				.with(csrf())
				.param("attended", String.valueOf(organization))
				.param("count-" + organization, "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings/{id}/decisions", id).with(officer(luga))
				.with(csrf())
				.param("decisionText", "Своё решение")
				.param("decisionOwner", "Отдел")
				.param("decisionDue", LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(20).toString()))
			.andExpect(status().is3xxRedirection());
		ids[4] = this.decisions.ofMeeting(id, true).get(0).id();
		String before = snapshot(id, luga);

		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : changingEndpoints(luga, organization)) {
			int anonymous = this.mvc.perform(endpoint.request().apply(ids).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			String anonymousTarget = this.mvc.perform(endpoint.request().apply(ids).with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			if (anonymous != 302 || anonymousTarget == null || !anonymousTarget.endsWith("/login")) {
				failures.add(endpoint.name() + " as guest: " + anonymous + " " + anonymousTarget);
			}
			Map<String, RequestPostProcessor> denied = new LinkedHashMap<>();
			denied.put("officer of the other municipality", officer(tosno));
			denied.put("expert", TestUsers.expert());
			denied.put("executor", TestUsers.executorOf(1));
			if (!endpoint.name().equals("registration withdraw")) {
				// the registrant may withdraw their own registration: that is tested in
				// the next test
				denied.put("representative", TestUsers.representativeOf(organization));
			}
			for (Map.Entry<String, RequestPostProcessor> who : denied.entrySet()) {
				int status = this.mvc.perform(endpoint.request().apply(ids).with(who.getValue()).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				if (status != 403) {
					failures.add(endpoint.name() + " as " + who.getKey() + ": " + status);
				}
			}
			// no CSRF token, no change, whoever asks
			int withoutToken = this.mvc.perform(endpoint.request().apply(ids).with(officer(luga)))
				.andReturn()
				.getResponse()
				.getStatus();
			if (withoutToken != 403) {
				failures.add(endpoint.name() + " without CSRF: " + withoutToken);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot(id, luga)).isEqualTo(before);

		// another representative cannot withdraw this organisation's registration; its
		// own representative can, before the start
		this.mvc
			.perform(post("/meetings/{id}/registrations/{r}/withdraw", id, ids[3])
				.with(TestUsers.representativeOf(organizationsOf(tosno).get(0).id()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(snapshot(id, luga)).isEqualTo(before);
	}

	@Test
	void theRightOfficerAndTheAdministratorRunEveryStepAndTheRepresentativeOnlyRegisters() throws Exception {
		long gatchina = municipality("Гатчинский муниципальный округ");
		long organization = organizationsOf(gatchina).get(0).id();
		long other = organizationsOf(gatchina).get(1).id();
		for (RequestPostProcessor who : List.of(officer(gatchina), TestUsers.admin())) {
			long[] ids = meetingWithEverything(gatchina, organization);
			long id = ids[0];
			this.mvc.perform(get("/meetings/new").param("municipality", String.valueOf(gatchina)).with(who))
				.andExpect(status().isOk());
			this.mvc.perform(get("/meetings/{id}/edit", id).with(who)).andExpect(status().isOk());
			// the representative withdraws and registers again; the organiser may
			// withdraw it too
			this.mvc
				.perform(post("/meetings/{id}/registrations/{r}/withdraw", id, ids[3])
					.with(TestUsers.representativeOf(organization))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			this.mvc
				.perform(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(organization))
					.with(csrf())
					.param("organizationId", String.valueOf(organization))
					.param("participants", "3"))
				.andExpect(status().is3xxRedirection());
			ids[3] = this.participants.registrationIds(id).get(0);
			this.mvc.perform(post("/meetings/{id}/registrations/{r}/withdraw", id, ids[3]).with(who).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(this.participants.registrationIds(id)).isEmpty();
			for (Endpoint endpoint : changingEndpoints(gatchina, other)) {
				switch (endpoint.name()) {
					case "registration withdraw", "cancel", "decision done", "decision cancel", "close", "attendance",
							"minutes", "decision" -> {
						continue; // later, in their order
					}
					default -> {
					}
				}
				this.mvc.perform(endpoint.request().apply(ids).with(who).with(csrf()))
					.andExpect(status().is3xxRedirection());
			}
			assertThat(meeting(id).getTitle()).isEqualTo("Чужая правка");
			assertThat(this.documents.ofMeeting(id, true)).hasSize(1);
			assertThat(this.plans.plan(gatchina, 2027).orElseThrow().status()).isEqualTo(MeetingPlanStatus.AGREED);
			this.clock.set(startOf(id).plus(Duration.ofMinutes(10)));
			for (String step : List.of("attendance", "minutes", "decision")) {
				this.mvc
					.perform(changingEndpoints(gatchina, other).stream()
						.filter(e -> e.name().equals(step))
						.findFirst()
						.orElseThrow()
						.request()
						.apply(ids)
						.with(who)
						.with(csrf()))
					.andExpect(status().is3xxRedirection());
			}
			ids[4] = this.decisions.ofMeeting(id, true).get(0).id();
			this.mvc
				.perform(post("/meetings/{id}/decisions/{d}/cancel", id, ids[4]).param("note", "Не нужно")
					.with(who)
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			this.mvc.perform(post("/meetings/{id}/close", id).with(who).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(meeting(id).getStatus()).isEqualTo(MeetingStatus.CLOSED);
			this.clock.reset();
			long cancelled = plan(gatchina, 5, who);
			this.mvc.perform(post("/meetings/{id}/cancel", cancelled).param("reason", "Перенос").with(who).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(meeting(cancelled).getStatus()).isEqualTo(MeetingStatus.CANCELLED);
		}
		// a representative plans nothing and opens no organiser's page
		long id = plan(gatchina, 4, officer(gatchina));
		this.mvc.perform(get("/meetings/new").with(TestUsers.representativeOf(organization)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/new").with(TestUsers.expert())).andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/new")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/meetings/{id}/edit", id).with(officer(municipality("Тосненский муниципальный район"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/{id}/edit", id)).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings").with(officer(municipality("Тосненский муниципальный район")))
				.with(csrf())
				.param("municipalityId", String.valueOf(gatchina))
				.param("type", "WORKING")
				.param("title", "Чужая")
				.param("date", "2027-02-02")
				.param("startTime", "10:00")
				.param("place", "Зал"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/meetings").with(TestUsers.representativeOf(organization))
				.with(csrf())
				.param("municipalityId", String.valueOf(gatchina))
				.param("type", "WORKING")
				.param("title", "Чужая")
				.param("date", "2027-02-02")
				.param("startTime", "10:00")
				.param("place", "Зал"))
			.andExpect(status().isForbidden());
		// regional meetings: administrators and executors, not municipal officers
		this.mvc
			.perform(post("/meetings").with(officer(gatchina))
				.with(csrf())
				.param("municipalityId", "")
				.param("type", "LEADERS_REGIONAL")
				.param("title", "Областная")
				.param("date", "2027-02-02")
				.param("startTime", "10:00")
				.param("place", "Зал"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/meetings").with(TestUsers.executorOf(1))
				.with(csrf())
				.param("municipalityId", "")
				.param("type", "LEADERS_REGIONAL")
				.param("title", "Областная встреча руководителей НКО")
				.param("date", "2027-02-02")
				.param("startTime", "10:00")
				.param("place", "Смольный"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings").with(TestUsers.executorOf(1))
				.with(csrf())
				.param("municipalityId", String.valueOf(gatchina))
				.param("type", "WORKING")
				.param("title", "Рабочая")
				.param("date", "2027-02-02")
				.param("startTime", "10:00")
				.param("place", "Зал"))
			.andExpect(status().isForbidden());
	}

	@Test
	void guestsReadThePublicPagesAndFilesButNotInternalDocumentsOrUnpublishedMinutes() throws Exception {
		long kirishi = municipality("Киришский муниципальный район");
		long id = plan(kirishi, 6, officer(kirishi));
		this.mvc
			.perform(multipart("/meetings/{id}/documents", id)
				.file(new MockMultipartFile("documentFile", "служебная.pdf", "application/pdf", PDF))
				.param("documentTitle", "Служебная записка")
				.param("internal", "true")
				.with(officer(kirishi))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long internal = this.documents.ofMeeting(id, true).get(0).id();
		assertThat(page(get("/meetings/{id}", id))).doesNotContain("Служебная записка");
		this.mvc.perform(get("/meetings/{id}/documents/{d}", id, internal)).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/meetings/{id}/documents/{d}", id, internal)
				.with(officer(municipality("Тосненский муниципальный район"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/{id}/documents/{d}", id, internal).with(officer(kirishi)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/meetings/{id}/minutes-file", id)).andExpect(status().isNotFound());
		for (String path : List.of("/meetings",
				"/meetings?municipality=" + kirishi + "&type=WORKING&status=PLANNED&quarter=2026-4&sort=LATEST",
				"/meetings/" + id, "/municipalities/" + kirishi + "/meetings",
				"/municipalities/" + kirishi + "/meetings?year=2025")) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/meetings/{id}", 987_654_321L)).andExpect(status().isNotFound());
		this.mvc.perform(get("/municipalities/{id}/meetings", 987_654_321L)).andExpect(status().isNotFound());
		// the agreed plan's file is public
		this.mvc
			.perform(multipart("/municipalities/{m}/meetings/plan", kirishi)
				.file(new MockMultipartFile("planFile", "согласование.pdf", "application/pdf", PDF))
				.param("year", "2027")
				.param("agreedOn", LocalDate.now(this.clock.withZone(MOSCOW)).toString())
				.param("agreedWith", "Совет НКО")
				.with(officer(kirishi))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long plan = this.plans.plan(kirishi, 2027).orElseThrow().id();
		this.mvc.perform(get("/meeting-plans/{id}/file", plan)).andExpect(status().isOk());
		assertThat(page(get("/municipalities/{m}/meetings", kirishi).param("year", "2027"))).contains("Согласован",
				"Совет НКО");
	}

	// ---------------------------------------------------------------- dates, forms and
	// files of the card

	@Test
	void anOfficerCannotPlanOrMoveAMeetingIntoThePastButAnAdministratorMay() throws Exception {
		long boksitogorsk = municipality("Бокситогорский муниципальный район");
		LocalDate yesterday = LocalDate.now(this.clock.withZone(MOSCOW)).minusDays(1);
		long before = this.meetings.count();
		String refused = page(post("/meetings").with(officer(boksitogorsk))
			.with(csrf())
			.param("municipalityId", String.valueOf(boksitogorsk))
			.param("type", "LEADERS_LOCAL")
			.param("title", "Встреча задним числом")
			.param("date", yesterday.toString())
			.param("startTime", "10:00")
			.param("place", "Зал заседаний"));
		assertThat(refused).contains("не может быть раньше сегодняшней", "href=\"#f-date\"");
		assertThat(this.meetings.count()).isEqualTo(before);

		// a planned meeting is not moved into the past either
		long id = plan(boksitogorsk, 3, officer(boksitogorsk));
		String moved = page(post("/meetings/{id}/edit", id).with(officer(boksitogorsk))
			.with(csrf())
			.param("type", "WORKING")
			.param("title", "Перенесённая назад")
			.param("date", yesterday.toString())
			.param("startTime", "10:00")
			.param("place", "Зал"));
		assertThat(moved).contains("не может быть раньше сегодняшней");
		assertThat(meeting(id).getTitle()).isEqualTo("Рабочая встреча для проверки");
		// once its day has passed, a meeting still planned keeps that day when only its
		// title is corrected
		LocalDate day = startOf(id).atZone(MOSCOW).toLocalDate();
		this.clock.set(startOf(id).plus(Duration.ofDays(2)));
		this.mvc
			.perform(post("/meetings/{id}/edit", id).with(officer(boksitogorsk))
				.with(csrf())
				.param("type", "WORKING")
				.param("title", "Рабочая встреча: уточнённое название")
				.param("date", day.toString())
				.param("startTime", "15:00")
				.param("endTime", "17:00")
				.param("place", "Зал заседаний администрации"))
			.andExpect(status().is3xxRedirection());
		assertThat(meeting(id).getTitle()).isEqualTo("Рабочая встреча: уточнённое название");

		// the administrator may record a meeting that has already taken place
		this.mvc
			.perform(post("/meetings").with(TestUsers.admin())
				.with(csrf())
				.param("municipalityId", String.valueOf(boksitogorsk))
				.param("type", "LEADERS_LOCAL")
				.param("title", "Встреча задним числом")
				.param("date", yesterday.toString())
				.param("startTime", "10:00")
				.param("place", "Зал заседаний"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.meetings.count()).isEqualTo(before + 2);
	}

	/** Every id on the page is there once. */
	private static void assertUniqueIds(String html) {
		Map<String, Long> ids = Pattern.compile("\\sid=\"([^\"]+)\"")
			.matcher(html)
			.results()
			.map(m -> m.group(1))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(ids.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList()).isEmpty();
	}

	/** Every link of the error summary leads to a field on the page. */
	private static void assertErrorsLinkToFields(String html) {
		List<String> targets = Pattern.compile("href=\"#(f-[^\"]+)\"")
			.matcher(html)
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(targets).isNotEmpty().allSatisfy(target -> assertThat(html).contains("id=\"" + target + "\""));
	}

	@Test
	void theCardOfAHeldMeetingHasUniqueIdsAndItsErrorsPointAtItsOwnFields() throws Exception {
		long tikhvin = municipality("Тихвинский муниципальный район");
		long id = plan(tikhvin, 2, officer(tikhvin));
		this.clock.set(startOf(id).plus(Duration.ofHours(1)));
		LocalDate day = startOf(id).atZone(MOSCOW).toLocalDate();
		this.mvc
			.perform(post("/meetings/{id}/attendance", id).with(officer(tikhvin))
				.with(csrf())
				.param("otherParticipants", "5"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings/{id}/decisions", id).with(officer(tikhvin))
				.with(csrf())
				.param("decisionText", "Подготовить перечень помещений")
				.param("decisionOwner", "Комитет по имуществу")
				.param("decisionDue", day.plusDays(20).toString()))
			.andExpect(status().is3xxRedirection());
		long decision = this.decisions.ofMeeting(id, true).get(0).id();

		String card = page(get("/meetings/{id}", id).with(officer(tikhvin)));
		assertUniqueIds(card);
		assertThat(card)
			.containsPattern("id=\"f-minutes\"[^>]*maxlength=\"20000\"[^>]*aria-describedby=\"h-minutesText\"")
			.contains("id=\"h-minutesText\"");

		// minutes past 20 000 characters are refused in Russian
		String tooLong = page(
				multipart("/meetings/{id}/minutes", id).param("minutes", "Обсудили помещения. ".repeat(1001))
					.with(officer(tikhvin))
					.with(csrf()));
		assertThat(tooLong).contains("не длиннее 20 000 знаков");
		assertErrorsLinkToFields(tooLong);
		assertUniqueIds(tooLong);
		assertThat(meeting(id).getMinutes()).isNull();

		// a decision is not done before the day of its meeting
		String early = page(post("/meetings/{id}/decisions/{d}/done", id, decision).with(officer(tikhvin))
			.with(csrf())
			.param("doneAt", day.minusDays(1).toString())
			.param("note", ""));
		assertThat(early).contains("раньше дня встречи", "href=\"#f-decision-" + decision + "-doneAt\"");
		assertErrorsLinkToFields(early);
		// a note too long on the "done" form points at that form's note, not the cancel
		// form's
		String longNote = page(post("/meetings/{id}/decisions/{d}/done", id, decision).with(officer(tikhvin))
			.with(csrf())
			.param("doneAt", day.toString())
			.param("note", "Исполнено. ".repeat(100)));
		assertThat(longNote).contains("href=\"#f-decision-" + decision + "-doneNote\"")
			.doesNotContain("href=\"#f-decision-" + decision + "-note\"");
		assertErrorsLinkToFields(longNote);
		assertThat(this.decisions.ofMeeting(id, true).get(0).status()).isEqualTo(DecisionStatus.OPEN);

		this.mvc
			.perform(post("/meetings/{id}/decisions/{d}/done", id, decision).with(officer(tikhvin))
				.with(csrf())
				.param("doneAt", day.toString())
				.param("note", "Перечень опубликован"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.decisions.ofMeeting(id, true).get(0).doneAt()).isEqualTo(day);
	}

	@Test
	void aPageNumberFarPastTheEndOfTheListIsAnEmptyPageNotAnError() throws Exception {
		for (String page : List.of("2147483647", "107374183", "1000")) {
			assertThat(page(get("/meetings").param("page", page))).doesNotContain("Рабочая встреча для проверки");
		}
	}

	@Autowired
	ProblemFixtures problems;

	@Test
	void aDecisionNamesItsProblemToThePublicOnlyWhileTheProblemIsPublic() throws Exception {
		long sosnovy = municipality("Сосновоборский городской округ");
		String title = "Нет помещения для клуба ветеранов в Сосновом Бору";
		long problem = this.problems.recordAsOf(sosnovy, null, "PREMISES", title,
				"Клуб ветеранов собирается в коридоре библиотеки", "Автор Тестовый",
				this.clock.instant().minus(Duration.ofDays(3)));
		this.problems.moveAsOf(problem, ProblemStatus.ACCEPTED, "Специалист Тестовый", null,
				this.clock.instant().minus(Duration.ofDays(2)));
		long id = plan(sosnovy, 2, officer(sosnovy));
		this.clock.set(startOf(id).plus(Duration.ofHours(1)));
		this.mvc
			.perform(post("/meetings/{id}/attendance", id).with(officer(sosnovy))
				.with(csrf())
				.param("otherParticipants", "7"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings/{id}/decisions", id).with(officer(sosnovy))
				.with(csrf())
				.param("decisionText", "Найти помещение для клуба")
				.param("decisionOwner", "Комитет по имуществу")
				.param("decisionDue", LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(30).toString())
				.param("decisionProblem", String.valueOf(problem)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(
				multipart("/meetings/{id}/minutes", id).param("minutes", MINUTES).with(officer(sosnovy)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/meetings/{id}/close", id).with(officer(sosnovy)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/meetings/{id}", id))).contains(title, "href=\"/problems/" + problem + "\"");

		// the problem is rejected afterwards: the public no longer reads its title on the
		// meeting, the organisers still do
		this.mvc
			.perform(post("/problems/{id}/reject", problem).param("reason", "Вопрос решается в рамках другой программы")
				.with(officer(sosnovy))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/meetings/{id}", id))).contains("Найти помещение для клуба")
			.doesNotContain(title)
			.doesNotContain("/problems/" + problem);
		assertThat(
				page(get("/meetings/{id}", id).with(TestUsers.representativeOf(organizationsOf(sosnovy).get(0).id()))))
			.doesNotContain(title);
		assertThat(page(get("/meetings/{id}", id).with(officer(sosnovy)))).contains(title);
	}

	@Test
	void theAgreementFormIsOfferedOnlyToThoseWhoMayAgreeThePlan() throws Exception {
		long volkhov = municipality("Волховский муниципальный район");
		String form = "action=\"/municipalities/" + volkhov + "/meetings/plan\"";
		assertThat(page(get("/municipalities/{id}/meetings", volkhov).with(officer(volkhov)))).contains(form);
		assertThat(page(get("/municipalities/{id}/meetings", volkhov).with(TestUsers.admin()))).contains(form);
		// an executor plans regional meetings about the municipality, but does not agree
		// its plan
		String executor = page(get("/municipalities/{id}/meetings", volkhov).with(TestUsers.executorOf(1)));
		assertThat(executor).doesNotContain(form).contains("/meetings/new?municipality=" + volkhov);
		this.mvc
			.perform(multipart("/municipalities/{m}/meetings/plan", volkhov).param("year", "2027")
				.param("agreedOn", LocalDate.now(this.clock.withZone(MOSCOW)).toString())
				.param("agreedWith", "Совет НКО")
				.with(TestUsers.executorOf(1))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void documentsAreDownloadsAndInternalOnesAndUnpublishedMinutesAreKeptOutOfSharedCaches() throws Exception {
		long kirishi = municipality("Киришский муниципальный район");
		long id = plan(kirishi, 7, officer(kirishi));
		for (String internal : List.of("false", "true")) {
			this.mvc
				.perform(multipart("/meetings/{id}/documents", id)
					.file(new MockMultipartFile("documentFile", "материалы.pdf", "application/pdf", PDF))
					.param("documentTitle", "true".equals(internal) ? "Служебная записка" : "Материалы встречи")
					.param("internal", internal)
					.with(officer(kirishi))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		List<MeetingDocumentView> both = this.documents.ofMeeting(id, true);
		long open = both.stream().filter(d -> !d.internal()).findFirst().orElseThrow().id();
		long internal = both.stream().filter(MeetingDocumentView::internal).findFirst().orElseThrow().id();
		var publicFile = this.mvc.perform(get("/meetings/{id}/documents/{d}", id, open))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(publicFile.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(publicFile.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(publicFile.getHeader("Content-Disposition")).startsWith("attachment;");
		var internalFile = this.mvc.perform(get("/meetings/{id}/documents/{d}", id, internal).with(officer(kirishi)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(internalFile.getHeader("Cache-Control")).isEqualTo("no-store, private");
		assertThat(internalFile.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		// the signed minutes: private to the organisers until the meeting is closed, then
		// public
		this.clock.set(startOf(id).plus(Duration.ofHours(1)));
		this.mvc
			.perform(post("/meetings/{id}/attendance", id).with(officer(kirishi))
				.with(csrf())
				.param("otherParticipants", "3"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/meetings/{id}/minutes", id)
				.file(new MockMultipartFile("minutesFile", "протокол.pdf", "application/pdf", PDF))
				.param("minutes", MINUTES)
				.with(officer(kirishi))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get("/meetings/{id}/minutes-file", id).with(officer(kirishi)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Cache-Control")).isEqualTo("no-store, private");
		this.mvc.perform(post("/meetings/{id}/close", id).with(officer(kirishi)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get("/meetings/{id}/minutes-file", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Cache-Control")).isEqualTo("no-cache");
	}

	// ---------------------------------------------------------------- texts longer than
	// their fields

	@Test
	void overLongMeetingTextsAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		long tosno = municipality("Тосненский муниципальный район");
		String title = "Длинная встреча " + "о помещениях ".repeat(25);
		String day = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(5).toString();
		String refused = page(post("/meetings").with(officer(tosno))
			.with(csrf())
			.param("municipalityId", String.valueOf(tosno))
			.param("type", "WORKING")
			.param("title", title)
			.param("date", day)
			.param("startTime", "15:00")
			.param("place", "Зал ".repeat(130))
			.param("repeat", "NONE"));
		assertThat(refused).contains("«Название»: не длиннее 300 знаков", "«Место»: не длиннее 500 знаков",
				"href=\"#f-title\"", "href=\"#f-place\"");
		assertThat(this.jdbc.queryForObject("select count(*) from meeting where title like 'Длинная встреча %'",
				Long.class))
			.isZero();

		long id = plan(tosno, 4, officer(tosno));
		int items = this.agenda.current(id).size();
		String agendaRefused = page(post("/meetings/{id}/agenda", id).with(officer(tosno))
			.with(csrf())
			.param("agendaTitle", "Пункт ".repeat(90))
			.param("agendaSpeaker", "Докладчик ".repeat(31)));
		assertThat(agendaRefused).contains("«Пункт повестки»: не длиннее 500 знаков",
				"«Докладчик»: не длиннее 300 знаков", "href=\"#f-agendaTitle\"");
		assertThat(this.agenda.current(id)).hasSize(items);

		String documentRefused = page(multipart("/meetings/{id}/documents", id)
			.file(new MockMultipartFile("documentFile", "материалы.pdf", "application/pdf", PDF))
			.param("documentTitle", "Материалы ".repeat(31))
			.with(officer(tosno))
			.with(csrf()));
		assertThat(documentRefused).contains("«Название документа»: не длиннее 300 знаков",
				"href=\"#f-documentTitle\"");
		assertThat(this.documents.ofMeeting(id, true)).isEmpty();

		String cancelRefused = page(post("/meetings/{id}/cancel", id).with(officer(tosno))
			.with(csrf())
			.param("reason", "Зал на ремонте. ".repeat(40)));
		assertThat(cancelRefused).contains("«Причина отмены»: не длиннее 500 знаков", "href=\"#f-reason\"");
		assertThat(meeting(id).getStatus()).isEqualTo(MeetingStatus.PLANNED);
	}

	@Test
	void anOverLongListOfParticipantsIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		long tosno = municipality("Тосненский муниципальный район");
		long organization = organizationsOf(tosno).get(0).id();
		long id = plan(tosno, 6, officer(tosno));
		String refused = page(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(organization))
			.with(csrf())
			.param("organizationId", String.valueOf(organization))
			.param("participants", "2")
			.param("participantNames", "Иванова Мария, ".repeat(150)));
		assertThat(refused).contains("«Участники»: не длиннее 2000 знаков", "href=\"#f-participantNames\"");
		assertThat(this.participants.registrationIds(id)).isEmpty();
	}

	@Test
	void overLongDecisionTextsAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		long tosno = municipality("Тосненский муниципальный район");
		long id = plan(tosno, 1, officer(tosno));
		this.clock.set(startOf(id).plus(Duration.ofHours(1)));
		this.mvc.perform(
				post("/meetings/{id}/attendance", id).with(officer(tosno)).with(csrf()).param("otherParticipants", "5"))
			.andExpect(status().is3xxRedirection());
		String due = LocalDate.now(this.clock.withZone(MOSCOW)).plusDays(30).toString();
		String refused = page(post("/meetings/{id}/decisions", id).with(officer(tosno))
			.with(csrf())
			.param("decisionText", "Подготовить перечень помещений. ".repeat(70))
			.param("decisionOwner", "Комитет ".repeat(40))
			.param("decisionDue", due));
		assertThat(refused).contains("«Решение»: не длиннее 2000 знаков", "«Ответственный»: не длиннее 300 знаков",
				"href=\"#f-decisionText\"", "href=\"#f-decisionOwner\"");
		assertThat(this.decisions.ofMeeting(id, true)).isEmpty();

		this.mvc
			.perform(post("/meetings/{id}/decisions", id).with(officer(tosno))
				.with(csrf())
				.param("decisionText", "Подготовить перечень помещений")
				.param("decisionOwner", "Комитет по имуществу")
				.param("decisionDue", due))
			.andExpect(status().is3xxRedirection());
		DecisionView decision = this.decisions.ofMeeting(id, true).get(0);
		String cancelRefused = page(post("/meetings/{id}/decisions/{d}/cancel", id, decision.id()).with(officer(tosno))
			.with(csrf())
			.param("note", "Больше не нужно. ".repeat(60)));
		assertThat(cancelRefused).contains("«Почему снимается с исполнения»: не длиннее 1000 знаков",
				"href=\"#f-decision-" + decision.id() + "-note\"");
		assertThat(this.decisions.ofMeeting(id, true).get(0).status()).isEqualTo(DecisionStatus.OPEN);
	}

	@Test
	void anOverLongAgreementOfThePlanIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		long tosno = municipality("Тосненский муниципальный район");
		String refused = page(multipart("/municipalities/{m}/meetings/plan", tosno).param("year", "2029")
			.param("agreedOn", LocalDate.now(this.clock.withZone(MOSCOW)).toString())
			.param("agreedWith", "Совет НКО района, ".repeat(30))
			.with(officer(tosno))
			.with(csrf()));
		assertThat(refused).contains("«С кем согласован»: не длиннее 500 знаков", "href=\"#f-agreedWith\"");
		assertThat(this.plans.plan(tosno, 2029)).isEmpty();
	}

	// ---------------------------------------------------------------- two requests at
	// once

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	/**
	 * Inserts a row in a transaction of its own that commits only after a pause, as a
	 * second click would: a request that passes its check meanwhile waits on the unique
	 * index and then finds the row there.
	 */
	private Thread insertedMeanwhile(String sql, Object... arguments) throws InterruptedException {
		CountDownLatch inserted = new CountDownLatch(1);
		Thread other = new Thread(() -> new TransactionTemplate(this.transactionManager).executeWithoutResult(tx -> {
			this.jdbc.update(sql, arguments);
			inserted.countDown();
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		other.start();
		assertThat(inserted.await(20, TimeUnit.SECONDS)).isTrue();
		return other;
	}

	@Test
	void aRegistrationSentTwiceAtOnceIsRefusedInRussianNotAServerError() throws Exception {
		long tosno = municipality("Тосненский муниципальный район");
		long organization = organizationsOf(tosno).get(0).id();
		long id = plan(tosno, 8, officer(tosno));
		Thread first = insertedMeanwhile(
				"insert into meeting_registration (id, meeting_id, organization_id, registered_by_name, participants,"
						+ " registered_at) values (nextval('meeting_registration_seq'), ?, ?, 'Первый щелчок', 1, now())",
				id, organization);

		String second = page(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(organization))
			.with(csrf())
			.param("organizationId", String.valueOf(organization))
			.param("participants", "2"));
		first.join();
		assertThat(second).contains("Эта организация уже зарегистрирована на встречу");
		assertThat(this.participants.registeredBy(id)).containsExactly("Первый щелчок");
	}

	@Test
	void twoMeetingsPlannedAtOnceInANewYearDoNotEndInAServerError() throws Exception {
		long tosno = municipality("Тосненский муниципальный район");
		long before = this.meetings.count();
		Thread first = insertedMeanwhile(
				"insert into meeting_plan (id, municipality_id, year, status) values (nextval('meeting_plan_seq'), ?, 2031,"
						+ " 'DRAFT')",
				tosno);

		String second = page(post("/meetings").with(officer(tosno))
			.with(csrf())
			.param("municipalityId", String.valueOf(tosno))
			.param("type", "WORKING")
			.param("title", "Первая встреча 2031 года")
			.param("date", "2031-02-11")
			.param("startTime", "15:00")
			.param("place", "Зал заседаний"));
		first.join();
		assertThat(second).contains("только что начал другой пользователь", "повторите");
		assertThat(this.meetings.count()).isEqualTo(before);
		assertThat(this.plans.plan(tosno, 2031)).isPresent();
	}

	// ---------------------------------------------------------------- calendars

	@Test
	void theIcsFileParsesBackWithTheRightStartAndSummary() throws Exception {
		long priozersk = municipality("Приозерский муниципальный район");
		long id = plan(priozersk, 9, officer(priozersk));
		MvcResult result = this.mvc.perform(get("/meetings/{id}.ics", id)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("meeting-" + id + "@nko-platform");
		assertThat(event.getSummary().getValue()).isEqualTo("Рабочая встреча для проверки");
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(startOf(id));
		assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(startOf(id).plus(Duration.ofHours(2)));
		assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
		assertThat(event.getDescription().getValue()).contains("1. Итоги квартала (Иванова М. С.)");

		this.mvc
			.perform(post("/meetings/{id}/cancel", id).with(officer(priozersk))
				.with(csrf())
				.param("reason", "Перенос на январь"))
			.andExpect(status().is3xxRedirection());
		Calendar cancelled = new CalendarBuilder()
			.build(new StringReader(this.mvc.perform(get("/meetings/{id}.ics", id))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8)));
		VEvent again = cancelled.<VEvent>getComponents("VEVENT").get(0);
		assertThat(again.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(again.getSequence().getValue()))
			.isGreaterThan(Integer.parseInt(event.getSequence().getValue()));
	}

	@Test
	void theMunicipalityFeedHoldsThatMunicipalitysMeetingsOnly() throws Exception {
		// not Всеволожский: the demo officer's district keeps this quarter's meeting to
		// plan
		// (OfficerTasksTests)
		long kirishi = municipality("Киришский муниципальный район");
		long vyborg = municipality("Выборгский район");
		long mine = plan(kirishi, 12, officer(kirishi));
		long theirs = plan(vyborg, 12, officer(vyborg));
		String body = this.mvc.perform(get("/municipalities/{id}/meetings.ics", kirishi))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		Set<String> uids = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.map(e -> e.getUid().orElseThrow().getValue())
			.collect(Collectors.toSet());
		assertThat(uids).contains("meeting-" + mine + "@nko-platform")
			.doesNotContain("meeting-" + theirs + "@nko-platform");
		Set<String> expected = this.meetings
			.findByMunicipalityIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(kirishi,
					this.clock.instant().minus(Duration.ofDays(366)))
			.stream()
			.map(m -> "meeting-" + m.getId() + "@nko-platform")
			.collect(Collectors.toSet());
		assertThat(uids).isEqualTo(expected);
		assertThat(this.meetings.findAllById(uids.stream().map(u -> Long.valueOf(u.replaceAll("\\D", ""))).toList()))
			.allMatch(m -> m.getMunicipalityId() == kirishi);
	}

	// ---------------------------------------------------------------- demo data and
	// query counts

	@Test
	void theDemoHasTwoYearsOfMeetingsWithGapsAndAgreedPlans() {
		long slantsy = municipality("Сланцевский муниципальный район");
		long volkhov = municipality("Волховский муниципальный район");
		List<MeetingQuarterCount> year2025 = this.facade.workingMeetingsByQuarter(2025);
		assertThat(year2025.stream()
			.filter(c -> c.closed() > 0)
			.map(MeetingQuarterCount::municipalityId)
			.distinct()
			.count()).isEqualTo(18);
		assertThat(year2025.stream().filter(c -> c.municipalityId() == volkhov && c.closed() > 0)).hasSize(4);
		assertThat(year2025.stream().filter(c -> c.municipalityId() == slantsy && c.closed() > 0)).hasSize(3);
		assertThat(this.facade.workingMeetingsByQuarter(2026)
			.stream()
			.filter(c -> c.municipalityId() == slantsy && c.closed() > 0)).isEmpty();
		assertThat(this.plans.statuses(2026).values().stream().filter(s -> s == MeetingPlanStatus.AGREED).count())
			.isBetween(12L, 16L);
		assertThat(this.plans.plan(slantsy, 2026)).isEmpty();
		assertThat(this.decisions.overdueByMunicipality().values().stream().mapToInt(Integer::intValue).sum())
			.isPositive();
		List<MeetingSummary> all = this.facade.between(null, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 3, 31));
		assertThat(all).extracting(MeetingSummary::type)
			.contains(MeetingType.LEADERS_LOCAL, MeetingType.LEADERS_REGIONAL);
		assertThat(all).extracting(MeetingSummary::status)
			.contains(MeetingStatus.CANCELLED, MeetingStatus.HELD, MeetingStatus.PLANNED);
		assertThat(all).anyMatch(s -> s.municipalityId() == null);
		// the demo representative ("ngo") has registered its organisation for a coming
		// meeting of its district
		long vsevolozhsk = municipality("Всеволожский муниципальный район");
		OrganizationRef goodNeighbours = this.directory.ensureOrganization(
				"Всеволожская районная общественная организация «Добрые соседи»", "РОО «Добрые соседи»", "4703012340",
				"1024700001230", vsevolozhsk);
		List<Long> coming = this.facade.between(vsevolozhsk, LocalDate.now(this.clock.withZone(MOSCOW)), null)
			.stream()
			.filter(s -> s.status() == MeetingStatus.PLANNED)
			.map(MeetingSummary::id)
			.toList();
		assertThat(this.participants.anyRegistration(coming, Set.of(goodNeighbours.id()))).isTrue();
		// loading past meetings is for the platform itself (an administrator), nobody
		// else
		Assertions.assertThatThrownBy(() -> this.facade.loadPast(List.of()))
			.isInstanceOfAny(AuthenticationException.class, AccessDeniedException.class);
	}

	private long queries(String path) throws Exception {
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		return QueryCounting.count();
	}

	@Test
	void quarterCountsForSomeMunicipalitiesAreTheirsOfTheCountsForAll() {
		int year = LocalDate.now(this.clock).getYear();
		long vsevolozhsky = municipality("Всеволожский муниципальный район");
		List<MeetingQuarterCount> all = this.facade.workingMeetingsByQuarter(year);
		List<MeetingQuarterCount> one = this.facade.workingMeetingsByQuarter(year, Set.of(vsevolozhsky));
		assertThat(all.stream().map(MeetingQuarterCount::municipalityId).distinct().count()).isGreaterThan(1);
		assertThat(one).isNotEmpty()
			.isEqualTo(all.stream().filter(count -> count.municipalityId() == vsevolozhsky).toList());
		assertThat(this.facade.workingMeetingsByQuarter(year, Set.of())).isEmpty();
	}

	@Test
	void theListAndTheYearRunAFixedNumberOfQueriesWhateverTheirRows() throws Exception {
		long few = municipality("Сланцевский муниципальный район");
		long many = municipality("Всеволожский муниципальный район");
		// upcoming first (the default) reads two ranges of the index; the other orders
		// one
		for (String sort : new String[] { "", "&sort=LATEST", "&sort=EARLIEST" }) {
			long onePage = queries("/meetings?municipality=" + few + sort);
			long fullPage = queries("/meetings?municipality=" + many + sort);
			assertThat(onePage).as(sort).isPositive().isLessThanOrEqualTo(8);
			assertThat(fullPage).as(sort).isEqualTo(onePage);
		}
		long thinYear = queries("/municipalities/" + few + "/meetings?year=2025");
		long fullYear = queries("/municipalities/" + many + "/meetings?year=2026");
		assertThat(thinYear).isPositive().isLessThanOrEqualTo(8);
		assertThat(fullYear).isEqualTo(thinYear);
		assertThat(queries("/meetings?mine=true")).isLessThanOrEqualTo(8);
	}

}

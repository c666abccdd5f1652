package ru.nko.platform.meetingmail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.registrations.RegistrationFixtures;
import ru.nko.platform.support.MutableClock;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestUsers;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.SystemAuthentication;
import ru.nko.platform.system.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * E-mail about meetings: invitations, changes, cancellations, registration confirmations
 * and reminders land in the outbox (read here from its tables; no mail server, so they
 * stay QUEUED) once per address and occasion, with the meeting's calendar file, and only
 * when the change they report is committed. Meetings are planned in 2028, so that they
 * change no compliance figure of the years other tests look at.
 */
@PlatformTest
class MeetingMailTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	UserManagement users;

	@Autowired
	MutableClock clock;

	@Autowired
	MeetingMail mail;

	@Autowired
	PlatformTransactionManager transactionManager;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	// ---------------------------------------------------------------- helpers

	/** One outbox row with its (single) attachment. */
	record Row(String recipient, String subject, String body, String status, String fileName, String contentType,
			byte[] content) {
	}

	private List<Row> outbox(String topic) {
		return this.jdbc.query("""
				select m.recipient, m.subject, m.body, m.status, a.file_name, a.content_type, a.content
				from outbox_message m left join outbox_attachment a on a.message_id = m.id
				where m.topic = ? order by m.id, a.id""", (rs, n) -> new Row(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7)), topic);
	}

	/**
	 * The rows of every topic that begins so (an invitation's and a registration's topic
	 * end with its id).
	 */
	private List<Row> outboxStarting(String topicPrefix) {
		return this.jdbc
			.queryForList("select distinct topic from outbox_message where topic like ? order by topic", String.class,
					topicPrefix + "%")
			.stream()
			.flatMap(topic -> outbox(topic).stream())
			.toList();
	}

	private int outboxLike(String topicPrefix) {
		return this.jdbc.queryForObject("select count(*) from outbox_message where topic like ?", Integer.class,
				topicPrefix + "%");
	}

	private static String address(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ru";
	}

	private long municipality() {
		return this.directory.municipalityByName("Подпорожский муниципальный район").orElseThrow().id();
	}

	/** An organisation of the municipality with these e-mails (either may be null). */
	private long organization(String publicEmail, String contactEmail) {
		String inn = "97" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		return SystemAuthentication
			.call(() -> this.directory.saveOrganization(new OrganizationData("АНО «Письма " + inn + "»", null, null,
					inn, null, null, null, null, municipality(), true, null, false, null, false, false, null,
					publicEmail, null, null, null, null, contactEmail == null ? null : "Петрова Анна", contactEmail,
					null, Set.of(), List.of())))
			.id();
	}

	/**
	 * A user who represents the organisation, with an e-mail; a disabled one is not
	 * written to.
	 */
	private void representative(long organizationId, String email, boolean enabled) {
		SystemAuthentication.run(() -> {
			long id = this.users.create(new UserManagement.NewUser(
					"rep-" + UUID.randomUUID().toString().substring(0, 8), "Сидоров Олег", email, "password-123"));
			this.users.grant(id, Grant.of(Role.NGO_REPRESENTATIVE, organizationId));
			if (!enabled) {
				this.users.setEnabled(id, false);
			}
		});
	}

	private static RequestPostProcessor officer(long municipality) {
		return TestUsers.municipalOfficerOf(municipality);
	}

	/**
	 * Plans a meeting on the day at 15:00–17:00 Moscow time as the municipality's
	 * officer; returns its id.
	 */
	private long plan(LocalDate day, String title) throws Exception {
		long municipality = municipality();
		MvcResult result = this.mvc
			.perform(post("/meetings").with(officer(municipality))
				.with(csrf())
				.param("municipalityId", String.valueOf(municipality))
				.param("type", "WORKING")
				.param("title", title)
				.param("date", day.toString())
				.param("startTime", "15:00")
				.param("endTime", "17:00")
				.param("place", "Подпорожье, пр. Ленина, 3, зал заседаний")
				.param("agenda", "Помещения для НКО — Иванова М. С.\nГранты района")
				.param("repeat", "NONE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).matches("/meetings/\\d+");
		return Long.parseLong(url.substring("/meetings/".length()));
	}

	private void invite(long meetingId, long... organizations) throws Exception {
		var request = post("/meetings/{id}/invitations", meetingId).with(officer(municipality())).with(csrf());
		for (long organization : organizations) {
			request.param("invite", String.valueOf(organization));
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private void edit(long meetingId, String title, LocalDate day, String startTime, String place) throws Exception {
		this.mvc
			.perform(post("/meetings/{id}/edit", meetingId).with(officer(municipality()))
				.with(csrf())
				.param("type", "WORKING")
				.param("title", title)
				.param("date", day.toString())
				.param("startTime", startTime)
				.param("endTime", "")
				.param("place", place)
				.param("onlineLink", ""))
			.andExpect(status().is3xxRedirection());
	}

	private static Calendar parse(byte[] ics) throws Exception {
		return new CalendarBuilder().build(new ByteArrayInputStream(ics));
	}

	private static String property(Calendar calendar, String name) {
		VEvent event = calendar.<VEvent>getComponents().get(0);
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	// ---------------------------------------------------------------- invitations

	@Test
	void anInvitationQueuesOneMessagePerAddressWithTheCalendarFileAndReInvitingQueuesNoMore() throws Exception {
		String contact = address("contact");
		String open = address("info");
		long twoAddresses = organization(open.toUpperCase(), contact);
		String repEmail = address("rep");
		String samePublic = address("public");
		long withRepresentative = organization(samePublic, null);
		representative(withRepresentative, repEmail, true);
		representative(withRepresentative, address("gone"), false);
		long noAddress = organization(null, null);
		long id = plan(LocalDate.of(2028, 3, 14), "Рабочая встреча: помещения и гранты");

		invite(id, twoAddresses, withRepresentative, noAddress);

		String topic = "meeting-" + id + "-invitation-";
		List<Row> rows = outboxStarting(topic);
		assertThat(rows).extracting(Row::recipient).containsExactlyInAnyOrder(contact, open, samePublic, repEmail);
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.status()).isEqualTo("QUEUED");
			assertThat(row.subject())
				.isEqualTo("Приглашение на встречу: Рабочая встреча: помещения и гранты, 14 марта 2028 г., 15:00");
			assertThat(row.body()).contains("Вашу организацию приглашают",
					"Вид встречи: Рабочая встреча НКО и администрации (1.5)",
					"Муниципальное образование: Подпорожский муниципальный район",
					"Когда: 14 марта 2028 г., 15:00–17:00 (время московское)",
					"Где: Подпорожье, пр. Ленина, 3, зал заседаний", "1. Помещения для НКО — Иванова М. С.",
					"2. Гранты района", "Страница встречи: http://localhost:8080/meetings/" + id,
					"vstrecha-" + id + ".ics");
			assertThat(row.fileName()).isEqualTo("vstrecha-" + id + ".ics");
			assertThat(row.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
		});
		Calendar calendar = parse(rows.get(0).content());
		assertThat(calendar.getProperty("METHOD").map(Property::getValue)).hasValue("REQUEST");
		assertThat(property(calendar, "UID")).isEqualTo("meeting-" + id + "@nko-platform");
		assertThat(property(calendar, "SUMMARY")).isEqualTo("Рабочая встреча: помещения и гранты");
		assertThat(property(calendar, "ORGANIZER")).startsWith("mailto:");
		assertThat(property(calendar, "DTSTART")).isEqualTo("20280314T120000Z");

		// inviting again writes to nobody twice
		invite(id, twoAddresses);
		assertThat(outboxLike(topic)).isEqualTo(4);

		// the organisers see whom the e-mail cannot reach
		String card = this.mvc.perform(get("/meetings/{id}", id).with(officer(municipality())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(card).contains("организациям, у которых указан адрес; без адреса: 1.");
		assertThat(this.mvc.perform(get("/meetings/{id}", id))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("без адреса");
	}

	@Test
	void anOrganisationWithoutAnAddressGetsNothingAndTheInvitationStillSucceeds() throws Exception {
		long noAddress = organization(" ", null);
		long id = plan(LocalDate.of(2028, 4, 11), "Встреча без адресов");

		invite(id, noAddress);

		assertThat(outboxLike("meeting-" + id + "-")).isZero();
		assertThat(this.directory.organizationAddresses(List.of(noAddress))).isEmpty();
	}

	@Autowired
	RegistrationFixtures participants;

	@Test
	void anOrganisationInvitedOrRegisteredAgainAfterAWithdrawalIsWrittenToAgain() throws Exception {
		String address = address("again");
		long organization = organization(address, null);
		long id = plan(LocalDate.of(2028, 10, 10), "Встреча с повторным приглашением");
		invite(id, organization);
		long invitation = this.participants.invitationIds(id).get(0);
		this.mvc
			.perform(post("/meetings/{id}/invitations/{i}/withdraw", id, invitation).with(officer(municipality()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		invite(id, organization);
		assertThat(outboxStarting("meeting-" + id + "-invitation-")).extracting(Row::recipient)
			.containsExactly(address, address);

		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(organization))
					.with(csrf())
					.param("organizationId", String.valueOf(organization))
					.param("participants", "1"))
				.andExpect(status().is3xxRedirection());
			if (i == 0) {
				long registration = this.participants.registrationIds(id).get(0);
				this.mvc
					.perform(post("/meetings/{id}/registrations/{r}/withdraw", id, registration)
						.with(TestUsers.representativeOf(organization))
						.with(csrf()))
					.andExpect(status().is3xxRedirection());
			}
		}
		List<Row> confirmations = outboxStarting("meeting-" + id + "-registration-");
		assertThat(confirmations).extracting(Row::recipient).containsExactly(address, address);
		assertThat(confirmations)
			.allSatisfy(row -> assertThat(row.subject()).startsWith("Организация зарегистрирована на встречу"));
	}

	// ---------------------------------------------------------------- changes,
	// registrations, cancellations

	@Test
	void aChangeOfTimeOrPlaceIsMailedToInvitedAndRegisteredOrganisationsButATitleChangeIsNot() throws Exception {
		String invitedAddress = address("invited");
		long invited = organization(invitedAddress, null);
		String registeredAddress = address("registered");
		long registered = organization(null, registeredAddress);
		long id = plan(LocalDate.of(2028, 5, 16), "Встреча, которую перенесут");
		invite(id, invited);
		this.mvc
			.perform(post("/meetings/{id}/registrations", id).with(TestUsers.representativeOf(registered))
				.with(csrf())
				.param("organizationId", String.valueOf(registered))
				.param("participants", "2"))
			.andExpect(status().is3xxRedirection());

		// the registration is confirmed to the registering organisation only
		List<Row> confirmation = outboxStarting("meeting-" + id + "-registration-" + registered + "-");
		assertThat(confirmation).extracting(Row::recipient).containsExactly(registeredAddress);
		assertThat(confirmation.get(0).subject())
			.startsWith("Организация зарегистрирована на встречу: Встреча, которую перенесут");
		assertThat(confirmation.get(0).body()).contains("Организация «АНО «Письма");

		edit(id, "Встреча, которую переименовали", LocalDate.of(2028, 5, 16), "15:00",
				"Подпорожье, пр. Ленина, 3, зал заседаний");
		assertThat(outboxLike("meeting-" + id + "-update-")).isZero();

		edit(id, "Встреча, которую переименовали", LocalDate.of(2028, 5, 18), "11:00", "Подпорожье, ул. Свирская, 5");
		List<Row> update = this.jdbc
			.queryForList("select topic from outbox_message where topic like ?", String.class,
					"meeting-" + id + "-update-%")
			.stream()
			.distinct()
			.flatMap(topic -> outbox(topic).stream())
			.toList();
		assertThat(update).extracting(Row::recipient).containsExactlyInAnyOrder(invitedAddress, registeredAddress);
		assertThat(update.get(0).subject())
			.isEqualTo("Встреча перенесена или изменена: Встреча, которую переименовали, 18 мая 2028 г., 11:00");
		assertThat(update.get(0).body()).contains("Когда: 18 мая 2028 г., 11:00–13:00",
				"Где: Подпорожье, ул. Свирская, 5",
				"Было: 16 мая 2028 г., 15:00–17:00; Подпорожье, пр. Ленина, 3, зал заседаний.");
		// the calendar copy is updated: a higher SEQUENCE than the invitation's
		int invitationSequence = Integer
			.parseInt(property(parse(outboxStarting("meeting-" + id + "-invitation-").get(0).content()), "SEQUENCE"));
		int updateSequence = Integer.parseInt(property(parse(update.get(0).content()), "SEQUENCE"));
		assertThat(updateSequence).isGreaterThan(invitationSequence);
		assertThat(property(parse(update.get(0).content()), "DTSTART")).isEqualTo("20280518T080000Z");

		// moved again: another message
		edit(id, "Встреча, которую переименовали", LocalDate.of(2028, 5, 19), "11:00", "Подпорожье, ул. Свирская, 5");
		assertThat(outboxLike("meeting-" + id + "-update-")).isEqualTo(4);
	}

	@Test
	void cancellingMailsTheInvitedAndRegisteredACancellationWhoseCalendarFileRemovesTheMeeting() throws Exception {
		String invitedAddress = address("cancel");
		long invited = organization(invitedAddress, null);
		long id = plan(LocalDate.of(2028, 6, 13), "Встреча, которую отменят");
		invite(id, invited);

		this.mvc
			.perform(post("/meetings/{id}/cancel", id).with(officer(municipality()))
				.with(csrf())
				.param("reason", "Зал на ремонте, встреча переносится на следующий квартал"))
			.andExpect(status().is3xxRedirection());

		List<Row> rows = outbox("meeting-" + id + "-cancelled");
		assertThat(rows).extracting(Row::recipient).containsExactly(invitedAddress);
		Row row = rows.get(0);
		assertThat(row.subject()).isEqualTo("Встреча отменена: Встреча, которую отменят, 13 июня 2028 г., 15:00");
		assertThat(row.body()).contains("отменена", "Причина: Зал на ремонте", "убрать встречу из своего календаря");
		assertThat(row.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
		Calendar calendar = parse(row.content());
		assertThat(calendar.getProperty("METHOD").map(Property::getValue)).hasValue("CANCEL");
		assertThat(property(calendar, "STATUS")).isEqualTo("CANCELLED");
		assertThat(property(calendar, "UID")).isEqualTo("meeting-" + id + "@nko-platform");
	}

	@Test
	void aRefusedOrRolledBackChangeQueuesNothing() throws Exception {
		String invitedAddress = address("rollback");
		long invited = organization(invitedAddress, null);
		long late = organization(address("late"), null);
		long id = plan(LocalDate.of(2028, 7, 11), "Встреча для отката");
		invite(id, invited);

		// a change refused by validation: the page shows the error, nothing is mailed
		String refused = this.mvc
			.perform(post("/meetings/{id}/edit", id).with(officer(municipality()))
				.with(csrf())
				.param("type", "WORKING")
				.param("title", "Встреча для отката")
				.param("date", "завтра")
				.param("startTime", "09:00")
				.param("place", "Другой зал"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Укажите дату встречи");
		assertThat(outboxLike("meeting-" + id + "-update-")).isZero();
		// a cancellation without a reason is refused: no cancellation mail
		this.mvc
			.perform(post("/meetings/{id}/cancel", id).with(officer(municipality())).with(csrf()).param("reason", ""))
			.andExpect(status().isOk());
		assertThat(outboxLike("meeting-" + id + "-cancelled")).isZero();

		// an invitation whose transaction rolls back after the mail was queued leaves no
		// mail behind
		new TransactionTemplate(this.transactionManager).executeWithoutResult(tx -> {
			try {
				invite(id, late);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			assertThat(outboxStarting("meeting-" + id + "-invitation-")).hasSize(2);
			tx.setRollbackOnly();
		});
		assertThat(outboxStarting("meeting-" + id + "-invitation-")).extracting(Row::recipient)
			.containsExactly(invitedAddress);
	}

	// ---------------------------------------------------------------- reminders

	@Test
	void theReminderJobQueuesOnceAndOnlyForPlannedMeetingsStartingWithinTheWindow() throws Exception {
		String address = address("remind");
		long organization = organization(address, null);
		long soon = plan(LocalDate.of(2028, 9, 12), "Встреча, о которой напомнят");
		long later = plan(LocalDate.of(2028, 9, 19), "Встреча через неделю");
		long cancelled = plan(LocalDate.of(2028, 9, 12), "Отменённая встреча");
		for (long id : List.of(soon, later, cancelled)) {
			invite(id, organization);
		}
		this.mvc
			.perform(post("/meetings/{id}/cancel", cancelled).with(officer(municipality()))
				.with(csrf())
				.param("reason", "Не нужна"))
			.andExpect(status().is3xxRedirection());
		Instant soonStart = LocalDate.of(2028, 9, 12).atTime(15, 0).atZone(MOSCOW).toInstant();

		this.clock.set(soonStart.minus(Duration.ofHours(25)));
		this.mail.remindDue();
		assertThat(outboxLike("meeting-" + soon + "-reminder")).isZero();

		this.clock.set(soonStart.minus(Duration.ofHours(23)));
		this.mail.remindDue();
		this.clock.advance(Duration.ofMinutes(15));
		this.mail.remindDue();
		assertThat(outboxLike("meeting-" + soon + "-reminder")).isEqualTo(1);
		String topic = this.jdbc.queryForObject("select topic from outbox_message where topic like ?", String.class,
				"meeting-" + soon + "-reminder%");
		Row reminder = outbox(topic).get(0);
		assertThat(reminder.recipient()).isEqualTo(address);
		assertThat(reminder.subject())
			.isEqualTo("Напоминание о встрече: Встреча, о которой напомнят, 12 сентября 2028 г., 15:00");
		assertThat(reminder.body()).contains("Напоминаем о встрече", "Когда: 12 сентября 2028 г., 15:00–17:00");
		assertThat(reminder.fileName()).isEqualTo("vstrecha-" + soon + ".ics");
		assertThat(outboxLike("meeting-" + later + "-reminder")).isZero();
		assertThat(outboxLike("meeting-" + cancelled + "-reminder")).isZero();

		// once the meeting has started it is no longer reminded of; the next one is, when
		// its day comes
		this.clock.set(soonStart.plus(Duration.ofMinutes(10)));
		this.mail.remindDue();
		assertThat(outboxLike("meeting-" + soon + "-reminder")).isEqualTo(1);
		this.clock.set(LocalDate.of(2028, 9, 19).atTime(15, 0).atZone(MOSCOW).toInstant().minus(Duration.ofHours(2)));
		this.mail.remindDue();
		assertThat(outboxLike("meeting-" + later + "-reminder")).isEqualTo(1);
	}

}

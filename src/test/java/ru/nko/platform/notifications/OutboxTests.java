package ru.nko.platform.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.support.MutableClock;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.QueryCounting;
import ru.nko.platform.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * E-mail through the outbox, against a real SMTP server (GreenMail): queued with the
 * caller's transaction, once per recipient and topic, delivered intact, retried with
 * growing pauses, given up after six attempts and sent again by the administrator. The
 * only test class with a mail server, hence its own application context; the scheduled
 * run is pushed out of the way so that the tests decide when the sender runs.
 */
@PlatformTest
@TestPropertySource(properties = { "nko.mail.initial-delay=1h", "nko.mail.interval=1h" })
class OutboxTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	private static final byte[] ICS = String
		.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//НКО Ленинградской области//Встречи//RU",
				"METHOD:REQUEST", "BEGIN:VEVENT", "UID:meeting-42@nko.lenobl.example", "DTSTAMP:20250301T090000Z",
				"DTSTART:20250312T080000Z", "SUMMARY:Рабочая встреча НКО и администрации Всеволожского района",
				"LOCATION:Всеволожск, Колтушское ш., 138, зал № 2", "END:VEVENT", "END:VCALENDAR", "")
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxRepository messages;

	@Autowired
	OutboxSender sender;

	@Autowired
	MailSettings settings;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void emptyMailboxAndStopTheClock() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		// the database keeps microseconds: a clock on whole microseconds lets tests
		// compare instants exactly
		this.clock.set(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	@AfterEach
	void restore() {
		this.clock.reset();
		if (!greenMail.isRunning()) {
			greenMail.start();
		}
	}

	@Test
	void aMessageQueuedInATransactionThatRollsBackIsNeverStoredNorSent() {
		String topic = topic("rollback");
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> {
			assertThat(this.notifications.queue(mail(topic, unique("otkat")))).isEqualTo(1);
			assertThat(this.messages.findByTopicOrderById(topic)).hasSize(1);
			status.setRollbackOnly();
		});
		assertThat(this.messages.findByTopicOrderById(topic)).isEmpty();
	}

	@Test
	void queuesOneMessagePerValidRecipientSkippingMalformedAddressesAndRepeatedTopics() {
		String topic = topic("dedup");
		String ivan = unique("Ivan.Petrov");
		String lowerIvan = ivan.toLowerCase();
		String cyrillicDomain = unique("org").replace("@example.ru", "@нко.рф");

		int queued = this.notifications
			.queue(new Mail(List.of(" " + ivan.toUpperCase() + " ", lowerIvan, "не адрес", "", "two@@example.ru",
					"name <x@example.ru>", "no-domain@", cyrillicDomain), "Тема", "Текст", null, topic));

		assertThat(queued).isEqualTo(2);
		assertThat(this.messages.findByTopicOrderById(topic)).extracting(OutboxMessage::getRecipient)
			.containsExactly(lowerIvan, cyrillicDomain);
		// the same topic again: only the new recipient gets it
		String newcomer = unique("new");
		assertThat(this.notifications.queue(new Mail(List.of(ivan, newcomer), "Тема", "Текст", null, topic)))
			.isEqualTo(1);
		assertThat(this.messages.findByTopicOrderById(topic)).extracting(OutboxMessage::getRecipient)
			.containsExactly(lowerIvan, cyrillicDomain, newcomer);
		// without a topic nothing is treated as a repeat
		String plain = unique("plain");
		assertThat(this.notifications.queue(new Mail(List.of(plain), "Тема", "Текст", null, null))).isEqualTo(1);
		assertThat(this.notifications.queue(new Mail(List.of(plain), "Тема", "Текст", null, " "))).isEqualTo(1);
		assertThat(this.messages.findByRecipientOrderById(plain)).hasSize(2).allSatisfy(m -> {
			assertThat(m.getStatus()).isEqualTo(OutboxStatus.QUEUED);
			assertThat(m.getTopic()).isNull();
		});
	}

	@Test
	void refusesAttachmentsOverFiveMegabytesAndMessagesWithoutSubject() {
		String topic = topic("too-big");
		byte[] half = new byte[2_621_440];
		Mail.Attachment first = new Mail.Attachment("план.pdf", "application/pdf", half);
		Mail.Attachment second = new Mail.Attachment("смета.pdf", "application/pdf", new byte[2_621_441]);

		assertThatThrownBy(() -> this.notifications
			.queue(new Mail(List.of(unique("big")), "Тема", "Текст", List.of(first, second), topic)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("5 MB");
		assertThatThrownBy(() -> this.notifications.queue(new Mail(List.of(unique("big")), " ", "Текст", null, topic)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.messages.findByTopicOrderById(topic)).isEmpty();
		// exactly 5 MB together is allowed
		assertThat(this.notifications
			.queue(new Mail(List.of(unique("big")), "Тема", "Текст", List.of(first, first), topic))).isEqualTo(1);
	}

	@Test
	void theSenderDeliversCyrillicSubjectBodyAndTheCalendarFileIntact() throws Exception {
		String topic = topic("delivery");
		String to = unique("predsedatel");
		String subject = "Приглашение на рабочую встречу 12 марта: «Ёлки, палки и НКО»";
		String body = "Здравствуйте!\nПриглашаем вас на рабочую встречу НКО и администрации.\nФайл календаря — во вложении.\nС уважением, Ёжикова Л. Щ.";
		this.notifications.queue(new Mail(List.of(to), subject, body,
				List.of(new Mail.Attachment("приглашение.ics", "text/calendar; charset=UTF-8; method=REQUEST", ICS)),
				topic));

		OutboxSender.Run run = this.sender.sendDue();

		assertThat(run.sent()).isPositive();
		MimeMessage received = receivedBy(to);
		assertThat(received.getSubject()).isEqualTo(subject);
		assertThat(received.getFrom()[0].toString()).isEqualTo("noreply@nko.lenobl.example");
		assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		MimeMultipart parts = (MimeMultipart) received.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(body);
		BodyPart calendar = parts.getBodyPart(1);
		assertThat(calendar.getFileName()).isEqualTo("приглашение.ics");
		assertThat(calendar.getContentType()).startsWith("text/calendar");
		assertThat(calendar.getInputStream().readAllBytes()).isEqualTo(ICS);

		OutboxMessage sent = this.messages.findByTopicOrderById(topic).get(0);
		assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.getAttempts()).isEqualTo(1);
		assertThat(sent.getSentAt()).isEqualTo(this.clock.instant());
		assertThat(sent.getNextAttemptAt()).isNull();
		// a sent message is not sent twice
		greenMail.purgeEmailFromAllMailboxes();
		this.sender.sendDue();
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, to))).isEmpty();
	}

	@Test
	void aFailingServerIsRetriedWithGrowingPausesThenTheMessageFailsAndTheAdministratorSendsItAgain() throws Exception {
		assertThat(this.settings.maxAttempts()).isEqualTo(6);
		assertThat(this.settings.retryDelays()).startsWith(Duration.ofMinutes(1), Duration.ofMinutes(5),
				Duration.ofMinutes(30), Duration.ofHours(2));
		String topic = topic("failure");
		String to = unique("glava");
		this.notifications.queue(mail(topic, to));
		long id = this.messages.findByTopicOrderById(topic).get(0).getId();
		greenMail.stop();

		for (int attempt = 1; attempt <= 6; attempt++) {
			this.sender.sendDue();
			OutboxMessage message = reload(id);
			assertThat(message.getAttempts()).isEqualTo(attempt);
			assertThat(message.getLastError()).contains("ConnectException")
				.doesNotContain("\n")
				.doesNotContain("\tat ")
				.hasSizeLessThanOrEqualTo(500);
			if (attempt < 6) {
				Duration pause = this.settings.retryDelay(attempt);
				assertThat(message.getStatus()).isEqualTo(OutboxStatus.QUEUED);
				assertThat(message.getNextAttemptAt()).isEqualTo(this.clock.instant().plus(pause));
				// before the pause is over a run leaves the message alone
				this.clock.advance(pause.minusSeconds(1));
				this.sender.sendDue();
				assertThat(reload(id).getAttempts()).isEqualTo(attempt);
				this.clock.advance(Duration.ofSeconds(1));
			}
		}
		OutboxMessage failed = reload(id);
		assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.getNextAttemptAt()).isNull();
		this.clock.advance(Duration.ofDays(2));
		this.sender.sendDue();
		assertThat(reload(id).getAttempts()).isEqualTo(6);

		greenMail.start();
		this.mvc.perform(post("/admin/outbox/{id}/resend", id).with(TestUsers.admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox/" + id));
		OutboxMessage requeued = reload(id);
		assertThat(requeued.getStatus()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(requeued.getAttempts()).isZero();
		assertThat(requeued.getRequeuedBy()).isEqualTo("test-admin");
		assertThat(requeued.getRequeuedAt()).isEqualTo(this.clock.instant());
		// sending again what is not failed changes nothing
		this.mvc.perform(post("/admin/outbox/{id}/resend", id).with(TestUsers.admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox/" + id));
		assertThat(reload(id).getRequeuedAt()).isEqualTo(requeued.getRequeuedAt());

		this.sender.sendDue();
		assertThat(reload(id).getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(receivedBy(to).getSubject()).isEqualTo("Напоминание о встрече");
	}

	@Test
	void onlyTheRegionalAdministratorOpensTheOutbox() throws Exception {
		String to = unique("lichnye-dannye");
		this.notifications.queue(mail(topic("auth"), to));
		long id = this.messages.findByRecipientOrderById(to).get(0).getId();

		this.mvc.perform(get("/admin/outbox")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/outbox/{id}", id)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/outbox/{id}/resend", id).with(csrf())).andExpect(redirectedUrl("/login"));
		for (var someoneElse : List.of(TestUsers.municipalOfficerOf(1), TestUsers.representativeOf(1),
				TestUsers.executorOf(1), TestUsers.expert())) {
			this.mvc.perform(get("/admin/outbox").with(someoneElse)).andExpect(status().isForbidden());
			String denied = this.mvc.perform(get("/admin/outbox/{id}", id).with(someoneElse))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(denied).doesNotContain(to);
			this.mvc.perform(post("/admin/outbox/{id}/resend", id).with(someoneElse).with(csrf()))
				.andExpect(status().isForbidden());
		}

		String list = html("/admin/outbox");
		var counts = this.messages.countByStatus()
			.stream()
			.collect(Collectors.toMap(r -> (OutboxStatus) r[0], r -> (Long) r[1]));
		assertThat(countShown(list, OutboxStatus.QUEUED)).isEqualTo(counts.get(OutboxStatus.QUEUED));
		assertThat(list).contains(to).doesNotContain("Почтовый сервер не настроен");
		assertThat(html("/admin/outbox/" + id)).contains(to, "Напоминание о встрече",
				"Встреча состоится 12 марта в 11:00.");
		this.mvc.perform(get("/admin/outbox/{id}", Long.MAX_VALUE).with(TestUsers.admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListFiltersByStatusTopicPrefixAndAPartOfTheAddress() throws Exception {
		String prefix = topic("filter");
		String first = unique("pervyj");
		String second = unique("vtoroj");
		this.notifications.queue(mail(prefix + "-invitation", first));
		this.notifications.queue(mail(prefix + "-reminder", second));
		this.notifications.queue(mail(topic("other"), unique("chuzhoj")));

		assertThat(html("/admin/outbox?topic=" + prefix)).contains(first, second).contains("Найдено 2 письма");
		assertThat(html("/admin/outbox?topic=" + prefix + "-rem")).contains(second).doesNotContain(first);
		assertThat(html("/admin/outbox?recipient=" + first.substring(0, first.indexOf('@')).toUpperCase()))
			.contains(first)
			.contains("Найдено 1 письмо");
		assertThat(html("/admin/outbox?status=SENT&topic=" + prefix)).doesNotContain(first)
			.contains("По этому отбору писем нет");
		assertThat(html("/admin/outbox?status=QUEUED&topic=" + prefix)).contains(first, second);
		// the wildcard of LIKE is taken literally
		assertThat(html("/admin/outbox?topic=%25" + prefix.substring(1))).contains("По этому отбору писем нет");
	}

	@Test
	void theOutboxListRunsAFixedNumberOfQueriesWhateverItsRows() throws Exception {
		String prefix = topic("queries");
		// more than a page of messages first, so that "before" already counts the rows'
		// and the
		// count's queries (a first page that is not full needs no count), whatever ran
		// earlier
		for (int i = 0; i <= OutboxAdministration.PAGE_SIZE; i++) {
			this.notifications
				.queue(new Mail(List.of(unique("q-first" + i)), "Тема", "Текст", List.of(), prefix + "-first-" + i));
		}
		long before = queries("/admin/outbox");
		for (int i = 0; i < 30; i++) {
			this.notifications.queue(new Mail(List.of(unique("q" + i)), "Тема " + i, "Текст",
					List.of(new Mail.Attachment("i.ics", "text/calendar", ICS)), prefix + "-" + i));
		}
		assertThat(queries("/admin/outbox")).isPositive().isEqualTo(before).isLessThanOrEqualTo(6);
		assertThat(queries("/admin/outbox?topic=" + prefix + "&status=QUEUED")).isPositive().isLessThanOrEqualTo(6);
	}

	private long queries(String path) throws Exception {
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		QueryCounting.reset();
		this.mvc.perform(get(path).with(TestUsers.admin())).andExpect(status().isOk());
		return QueryCounting.count();
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static long countShown(String html, OutboxStatus status) {
		Matcher matcher = Pattern
			.compile("status-" + status.name() + "\">[^<]*</span>\\s*<span[^>]*>([\\d\\u202F]+)</span>")
			.matcher(html);
		assertThat(matcher.find()).as("count of %s on the page", status).isTrue();
		return Long.parseLong(matcher.group(1).replace("\u202F", ""));
	}

	private OutboxMessage reload(long id) {
		return this.messages.findById(id).orElseThrow();
	}

	private static MimeMessage receivedBy(String address) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> addressedTo(m, address))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no message to " + address));
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Mail mail(String topic, String to) {
		return new Mail(List.of(to), "Напоминание о встрече", "Встреча состоится 12 марта в 11:00.", null, topic);
	}

	private static String topic(String what) {
		return "test-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ru";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

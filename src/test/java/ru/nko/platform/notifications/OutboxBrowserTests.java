package ru.nko.platform.notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nko.platform.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administrator finds messages in the outbox, reads a failed one and sends it again;
 * no mail server here.
 */
class OutboxBrowserTests extends BrowserTest {

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxRepository messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAdministratorFiltersTheOutboxAndSendsAFailedMessageAgain() {
		String topic = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		this.notifications.queue(new Mail(
				List.of("predsedatel@nko-primer.ru",
						"sekretar.obshchestvennoj.palaty.vsevolozhskogo.rajona@nko-primer.ru"),
				"Приглашение на рабочую встречу НКО и администрации 12 марта",
				"Здравствуйте!\nПриглашаем вас на рабочую встречу.",
				List.of(new Mail.Attachment("приглашение.ics", "text/calendar", ics)), topic + "-invitation"));
		this.notifications.queue(new Mail(List.of("glava@mo-primer.ru"), "Напоминание о встрече завтра",
				"Встреча состоится завтра в 11:00.", null, topic + "-reminder"));
		long failed = this.messages.findByTopicOrderById(topic + "-reminder").get(0).getId();
		this.jdbc.update(
				"update outbox_message set status = 'FAILED', attempts = 6, next_attempt_at = null, last_error = ? where id = ?",
				"MailSendException / ConnectException: Connection refused", failed);

		login("admin", "demo");
		open("/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Исходящие письма")).click();
		assertThat(page.locator("#mail-not-configured"))
			.containsText("Почтовый сервер не настроен — письма ждут отправки");
		page.locator("#f-topic").fill(topic);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Показать")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Найдено 3 письма");
		checkAccessible("outbox");
		checkAccessibleOnPhone("outbox-phone");
		checkZoom200("outbox-zoom200");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Напоминание о встрече завтра")).click();
		assertThat(page.locator("#outbox-error")).containsText("Connection refused");
		checkAccessible("outbox-message-failed");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить повторно")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Письмо снова в очереди");
		assertThat(page.locator("main dl")).containsText("В очереди");
		checkAccessibleOnPhone("outbox-message-phone");
		checkZoom200("outbox-message-zoom200");
	}

}

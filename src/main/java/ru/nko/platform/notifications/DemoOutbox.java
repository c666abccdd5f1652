package ru.nko.platform.notifications;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.system.DemoData;

/**
 * A letter the mail server refused for good, so that the administrator of the demo sees
 * what a failure looks like in the outbox and in their cabinet, and can send it again.
 */
@Component
@Profile("demo")
class DemoOutbox {

	static final String TOPIC = "demo-undeliverable";

	private final OutboxService outbox;

	private final OutboxRepository messages;

	private final MailSettings settings;

	private final DemoData demo;

	private final Clock clock;

	DemoOutbox(OutboxService outbox, OutboxRepository messages, MailSettings settings, DemoData demo, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.settings = settings;
		this.demo = demo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.OPENNESS + 2)
	void load() {
		this.demo.load("an undeliverable letter", () -> this.messages.findByTopicOrderById(TOPIC).isEmpty(),
				this::create);
	}

	void create() {
		this.outbox.queue(new Mail(List.of("predsedatel@dobrye-sosedi.invalid"),
				"Приглашение на рабочую встречу НКО и администрации",
				"Здравствуйте! Приглашаем представителей организации на рабочую встречу. Подробности — на платформе.",
				List.of(), TOPIC));
		this.messages.findByTopicOrderById(TOPIC)
			.forEach(message -> message.failed(this.clock.instant(),
					"550 5.1.1 Адрес получателя не существует (predsedatel@dobrye-sosedi.invalid)", true,
					this.settings));
	}

}

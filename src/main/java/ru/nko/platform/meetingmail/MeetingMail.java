package ru.nko.platform.meetingmail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.meetingcalendar.MeetingCalendars;
import ru.nko.platform.meetings.MeetingCancelled;
import ru.nko.platform.meetings.MeetingLetter;
import ru.nko.platform.meetings.MeetingManagement;
import ru.nko.platform.meetings.MeetingRescheduled;
import ru.nko.platform.meetings.MeetingStatus;
import ru.nko.platform.meetings.OrganisationRegistered;
import ru.nko.platform.meetings.OrganisationsInvited;
import ru.nko.platform.notifications.Mail;
import ru.nko.platform.notifications.Notifications;
import ru.nko.platform.registrations.RegistrationManagement;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.RegionSettings;
import ru.nko.platform.system.WebSettings;

/**
 * E-mail about meetings to the organisations concerned: invitations, changes of time or
 * place, cancellations, registration confirmations and reminders, each with the meeting's
 * calendar file. Mail is queued in the outbox inside the caller's transaction (nothing
 * goes out if the change rolls back) and once per address and occasion. An organisation
 * is written to at its contact and public e-mails from the directory and at the e-mails
 * of the users who represent it; one without any address is skipped without failing
 * anything.
 */
@Component
class MeetingMail {

	private static final Logger log = LoggerFactory.getLogger(MeetingMail.class);

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	/**
	 * The reminder's topic names the start, so a meeting moved after its reminder is
	 * reminded of again.
	 */
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'")
		.withZone(ZoneOffset.UTC);

	private final Notifications notifications;

	private final RegistrationManagement registrations;

	private final MeetingManagement meetings;

	private final MeetingCalendars calendars;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	private final RussianFormat format;

	private final WebSettings web;

	private final MeetingMailSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final String organizerAddress;

	private final String region;

	MeetingMail(Notifications notifications, MeetingManagement meetings, MeetingCalendars calendars,
			RegistrationManagement registrations, DirectoryManagement directory, MessageSource messages,
			RussianFormat format, WebSettings web, MeetingMailSettings settings, Clock clock,
			PlatformTransactionManager transactionManager, RegionSettings regionSettings) {
		this.notifications = notifications;
		this.meetings = meetings;
		this.calendars = calendars;
		this.registrations = registrations;
		this.directory = directory;
		this.messages = messages;
		this.format = format;
		this.web = web;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.organizerAddress = notifications.senderAddress();
		this.region = regionSettings.region();
	}

	/** What kind of message, with the calendar method its file carries. */
	private enum Occasion {

		INVITATION("REQUEST"), UPDATE("REQUEST"), CANCELLED("CANCEL"), REGISTRATION("REQUEST"), REMINDER("REQUEST");

		private final String method;

		Occasion(String method) {
			this.method = method;
		}

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	// ---------------------------------------------------------------- occasions, inside
	// the meeting's transaction

	/**
	 * Invites organisations just invited to a planned meeting. Each invitation is an
	 * occasion of its own (its id in the topic): an organisation invited again after a
	 * withdrawal is written to again.
	 */
	@EventListener
	void on(OrganisationsInvited event) {
		this.meetings.letter(event.meetingId())
			.ifPresent(meeting -> event.invitations()
				.forEach(invitation -> send(meeting, Occasion.INVITATION,
						addresses(List.of(invitation.organizationId())),
						"meeting-" + meeting.id() + "-invitation-" + invitation.invitationId(), null, null)));
	}

	/**
	 * Tells the invited and registered organisations that the meeting moved, if its time,
	 * place or link changed.
	 */
	@EventListener
	void on(MeetingRescheduled before) {
		this.meetings.letter(before.meetingId()).ifPresent(meeting -> {
			boolean same = meeting.startsAt().equals(before.startsAt()) && meeting.endsAt().equals(before.endsAt())
					&& Objects.equals(meeting.place(), before.place())
					&& Objects.equals(meeting.onlineLink(), before.onlineLink());
			if (same || meeting.status() != MeetingStatus.PLANNED) {
				return;
			}
			String was = this.format.timeRange(before.startsAt(), before.endsAt()) + "; "
					+ where(before.place(), before.onlineLink());
			send(meeting, Occasion.UPDATE, addresses(this.registrations.concerned(meeting.id())),
					"meeting-" + meeting.id() + "-update-" + meeting.version(), text("meeting.mail.update.before", was),
					null);
		});
	}

	/**
	 * Tells the invited and registered organisations that the meeting is cancelled, and
	 * why.
	 */
	@EventListener
	void on(MeetingCancelled event) {
		this.meetings.letter(event.meetingId())
			.ifPresent(
					meeting -> send(meeting, Occasion.CANCELLED, addresses(this.registrations.concerned(meeting.id())),
							"meeting-" + meeting.id() + "-cancelled", meeting.cancelReason() == null ? null
									: text("meeting.mail.cancelled.reason", meeting.cancelReason()),
							null));
	}

	/**
	 * Confirms an organisation's registration to the organisation (each registration
	 * once: a new one after a withdrawal too).
	 */
	@EventListener
	void on(OrganisationRegistered event) {
		String name = this.directory.organization(event.organizationId()).map(o -> o.name()).orElse("");
		this.meetings.letter(event.meetingId())
			.ifPresent(meeting -> send(
					meeting, Occasion.REGISTRATION, addresses(List.of(event.organizationId())), "meeting-"
							+ meeting.id() + "-registration-" + event.organizationId() + "-" + event.registrationId(),
					null, name));
	}

	/**
	 * Reminds the invited and registered organisations of a planned meeting coming soon.
	 */
	int remind(MeetingLetter meeting) {
		if (meeting.status() != MeetingStatus.PLANNED) {
			return 0;
		}
		return send(meeting, Occasion.REMINDER, addresses(this.registrations.concerned(meeting.id())),
				"meeting-" + meeting.id() + "-reminder-" + STAMP.format(meeting.startsAt()), null, null);
	}

	// ---------------------------------------------------------------- reminders

	@Scheduled(initialDelayString = "${nko.meetings.reminder-initial-delay:1m}",
			fixedDelayString = "${nko.meetings.reminder-interval:15m}")
	@SchedulerLock(name = "interaction.meetings.remind", lockAtMostFor = "PT10M")
	public void remindJob() {
		remindDue();
	}

	/**
	 * Queues reminders of the planned meetings that start within
	 * {@code nko.meetings.reminder-before} from now, each meeting in a transaction of its
	 * own (one failing neither stops nor undoes the others); returns how many messages
	 * were queued. Runs again and again, but each address gets a meeting's reminder once.
	 */
	int remindDue() {
		Instant now = this.clock.instant();
		List<Long> due = this.meetings.plannedStarting(now, now.plus(this.settings.reminderBefore()));
		int queued = 0;
		for (Long id : due) {
			try {
				Integer sent = this.transaction.execute(status -> this.meetings.letter(id).map(this::remind).orElse(0));
				queued += sent == null ? 0 : sent;
			}
			catch (RuntimeException ex) {
				log.warn("Reminders of meeting {} were not queued: {}", id, ex.toString());
			}
		}
		if (queued > 0) {
			log.info("Meeting reminders: {} message(s) queued for {} meeting(s) starting soon", queued, due.size());
		}
		return queued;
	}

	// ---------------------------------------------------------------- composing

	/** Every address of these organisations, each once. */
	private List<String> addresses(Collection<Long> organizationIds) {
		Map<Long, List<String>> addresses = this.directory.organizationAddresses(organizationIds);
		Set<String> all = new LinkedHashSet<>();
		organizationIds.forEach(id -> all.addAll(addresses.getOrDefault(id, List.of())));
		return List.copyOf(all);
	}

	private int send(MeetingLetter meeting, Occasion occasion, List<String> to, String topic, String extra,
			String organization) {
		if (to.isEmpty()) {
			return 0;
		}
		String municipality = meeting.municipalityId() == null ? null
				: this.directory.municipality(meeting.municipalityId()).map(MunicipalityRef::name).orElse(null);
		String subject = text("meeting.mail." + occasion.key() + ".subject", meeting.title(),
				this.format.dateTime(meeting.startsAt()));
		StringBuilder body = new StringBuilder();
		body.append(text("meeting.mail.greeting")).append("\n\n");
		body.append(occasion == Occasion.REGISTRATION ? text("meeting.mail.registration.lead", organization)
				: text("meeting.mail." + occasion.key() + ".lead"))
			.append('\n');
		if (extra != null) {
			body.append(extra).append('\n');
		}
		body.append('\n').append(details(meeting, municipality)).append('\n');
		body.append(text("meeting.mail.page", this.web.link("/meetings/" + meeting.id()))).append('\n');
		if (occasion == Occasion.INVITATION || occasion == Occasion.REMINDER) {
			body.append(text("meeting.mail." + occasion.key() + ".register")).append('\n');
		}
		String fileName = "vstrecha-" + meeting.id() + ".ics";
		body.append('\n')
			.append(text(occasion == Occasion.CANCELLED ? "meeting.mail.calendar.cancelled" : "meeting.mail.calendar",
					fileName))
			.append("\n\n");
		body.append("—\n").append(text("meeting.mail.footer", this.region)).append('\n');
		return this.notifications.queue(new Mail(to, subject, body.toString(),
				List.of(calendar(meeting, municipality, occasion.method, fileName)), topic));
	}

	/**
	 * The meeting as people read it: title, kind, where in the region, when, where,
	 * agenda.
	 */
	private String details(MeetingLetter meeting, String municipality) {
		List<MeetingLetter.AgendaLine> items = meeting.agenda();
		StringBuilder text = new StringBuilder();
		text.append(meeting.title()).append('\n');
		text.append(text("meeting.mail.type", text("meeting.type." + meeting.type().name()))).append('\n');
		text.append(
				text("meeting.mail.municipality", municipality == null ? text("meeting.wholeRegion") : municipality))
			.append('\n');
		text.append(text("meeting.mail.when", this.format.timeRange(meeting.startsAt(), meeting.endsAt())))
			.append('\n');
		if (meeting.place() != null) {
			text.append(text("meeting.mail.place", meeting.place())).append('\n');
		}
		if (meeting.onlineLink() != null) {
			text.append(text("meeting.mail.link", meeting.onlineLink())).append('\n');
		}
		if (!items.isEmpty()) {
			text.append(text("meeting.mail.agenda")).append('\n');
			for (int i = 0; i < items.size(); i++) {
				MeetingLetter.AgendaLine item = items.get(i);
				text.append(
						item.speaker() == null ? text("meeting.mail.agenda.item", String.valueOf(i + 1), item.title())
								: text("meeting.mail.agenda.itemWithSpeaker", String.valueOf(i + 1), item.title(),
										item.speaker()))
					.append('\n');
			}
		}
		return text.toString();
	}

	private String where(String place, String onlineLink) {
		List<String> parts = new ArrayList<>();
		if (place != null) {
			parts.add(place);
		}
		if (onlineLink != null) {
			parts.add(onlineLink);
		}
		return String.join(", ", parts);
	}

	/**
	 * The meeting's calendar file as an iMIP message ({@code METHOD:REQUEST} or
	 * {@code CANCEL}, the same in the file and in its content type, with the organising
	 * municipality or region as ORGANIZER at the platform's address), so mail programs
	 * offer to add, update or remove the meeting.
	 */
	private Mail.Attachment calendar(MeetingLetter meeting, String municipality, String method, String fileName) {
		byte[] published = this.calendars.meeting(meeting.id());
		try {
			Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(published));
			calendar.replace(new Method(method));
			Organizer organizer = new Organizer(URI.create("mailto:" + this.organizerAddress));
			organizer.add(new Cn(municipality == null ? this.region : municipality));
			for (VEvent event : calendar.<VEvent>getComponents()) {
				event.replace(organizer);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new CalendarOutputter(false).output(calendar, out);
			return new Mail.Attachment(fileName, "text/calendar; charset=UTF-8; method=" + method, out.toByteArray());
		}
		catch (IOException | ParserException | RuntimeException ex) {
			// the published file still imports into every calendar; only the mail
			// program's buttons are lost
			log.warn("Meeting {}: calendar file attached as published ({})", meeting.id(), ex.toString());
			return new Mail.Attachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", published);
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, RU);
	}

}

package ru.nko.platform.meetings;

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

import jakarta.persistence.EntityManager;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.notifications.Mail;
import ru.nko.platform.notifications.Notifications;
import ru.nko.platform.registrations.Invited;
import ru.nko.platform.registrations.Registered;
import ru.nko.platform.registrations.RegistrationManagement;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.UserManagement;
import ru.nko.platform.system.WebSettings;

/**
 * E-mail about meetings to the organisations concerned: invitations, changes of time or place, cancellations,
 * registration confirmations and reminders, each with the meeting's calendar file. Mail is queued in the outbox
 * inside the caller's transaction (nothing goes out if the change rolls back) and once per address and occasion.
 * An organisation is written to at its contact and public e-mails from the directory and at the e-mails of the
 * users who represent it; one without any address is skipped without failing anything.
 */
@Component
class MeetingMail {

	private static final Logger log = LoggerFactory.getLogger(MeetingMail.class);

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	/** The reminder's topic names the start, so a meeting moved after its reminder is reminded of again. */
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

	private final Notifications notifications;

	private final EntityManager entityManager;

	private final MeetingAgendaRepository agenda;

	private final RegistrationManagement registrations;

	private final DirectoryManagement directory;

	private final UserManagement users;

	private final MessageSource messages;

	private final RussianFormat format;

	private final WebSettings web;

	private final MeetingMailSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final String organizerAddress;

	private final String region;

	MeetingMail(Notifications notifications, EntityManager entityManager, MeetingAgendaRepository agenda,
			RegistrationManagement registrations, DirectoryManagement directory,
			UserManagement users, MessageSource messages, RussianFormat format, WebSettings web, MeetingMailSettings settings, Clock clock,
			PlatformTransactionManager transactionManager, @Value("${nko.mail.from:noreply@nko.lenobl.example}") String organizerAddress,
			@Value("${nko.region}") String region) {
		this.notifications = notifications;
		this.entityManager = entityManager;
		this.agenda = agenda;
		this.registrations = registrations;
		this.directory = directory;
		this.users = users;
		this.messages = messages;
		this.format = format;
		this.web = web;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.organizerAddress = organizerAddress;
		this.region = region;
	}

	/** When and where a meeting takes place: what, when changed, its participants are told of. */
	record Moment(Instant startsAt, Instant endsAt, String place, String onlineLink) {

		static Moment of(Meeting meeting) {
			return new Moment(meeting.getStartsAt(), meeting.getEndsAt(), meeting.getPlace(), meeting.getOnlineLink());
		}
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

	// ---------------------------------------------------------------- occasions (called by the meeting services in its transaction)

	/**
	 * Invites organisations just invited to a planned meeting; returns how many messages were queued. Each invitation
	 * is an occasion of its own (its id in the topic): an organisation invited again after a withdrawal is written to again.
	 */
	int invited(Meeting meeting, Collection<Invited> fresh) {
		int queued = 0;
		for (Invited invitation : fresh) {
			queued += send(meeting, Occasion.INVITATION, addresses(List.of(invitation.organizationId())),
					"meeting-" + meeting.getId() + "-invitation-" + invitation.invitationId(), null, null);
		}
		return queued;
	}

	/** Tells the invited and registered organisations that the meeting moved, if its time, place or link changed. */
	int rescheduled(Meeting meeting, Moment before) {
		if (Moment.of(meeting).equals(before) || meeting.getStatus() != MeetingStatus.PLANNED) {
			return 0;
		}
		// the stored version (the calendar's SEQUENCE) grows with the change: written now, it names this change
		this.entityManager.flush();
		String was = MeetingQueries.when(before.startsAt(), before.endsAt(), this.clock.getZone()) + "; " + where(before.place(), before.onlineLink());
		return send(meeting, Occasion.UPDATE, addresses(this.registrations.concerned(meeting.getId())), "meeting-" + meeting.getId() + "-update-" + meeting.getVersion(),
				text("meeting.mail.update.before", was), null);
	}

	/** Tells the invited and registered organisations that the meeting is cancelled, and why. */
	int cancelled(Meeting meeting) {
		return send(meeting, Occasion.CANCELLED, addresses(this.registrations.concerned(meeting.getId())), "meeting-" + meeting.getId() + "-cancelled",
				meeting.getCancelReason() == null ? null : text("meeting.mail.cancelled.reason", meeting.getCancelReason()), null);
	}

	/** Confirms an organisation's registration to the organisation (each registration once: a new one after a withdrawal too). */
	int registered(Meeting meeting, Registered registration) {
		long organizationId = registration.organizationId();
		String name = this.directory.organization(organizationId).map(o -> o.name()).orElse("");
		return send(meeting, Occasion.REGISTRATION, addresses(List.of(organizationId)),
				"meeting-" + meeting.getId() + "-registration-" + organizationId + "-" + registration.registrationId(), null, name);
	}

	/** Reminds the invited and registered organisations of a planned meeting coming soon. */
	int remind(Meeting meeting) {
		if (meeting.getStatus() != MeetingStatus.PLANNED) {
			return 0;
		}
		return send(meeting, Occasion.REMINDER, addresses(this.registrations.concerned(meeting.getId())),
				"meeting-" + meeting.getId() + "-reminder-" + STAMP.format(meeting.getStartsAt()), null, null);
	}

	// ---------------------------------------------------------------- reminders

	@Scheduled(initialDelayString = "${nko.meetings.reminder-initial-delay:1m}", fixedDelayString = "${nko.meetings.reminder-interval:15m}")
	@SchedulerLock(name = "interaction.meetings.remind", lockAtMostFor = "PT10M")
	public void remindJob() {
		remindDue();
	}

	/**
	 * Queues reminders of the planned meetings that start within {@code nko.meetings.reminder-before} from now, each
	 * meeting in a transaction of its own (one failing neither stops nor undoes the others); returns how many
	 * messages were queued. Runs again and again, but each address gets a meeting's reminder once.
	 */
	int remindDue() {
		Instant now = this.clock.instant();
		List<Long> due = this.transaction.execute(status -> this.entityManager
			.createQuery("select m.id from Meeting m where m.status = :planned and m.startsAt > :now and m.startsAt <= :until order by m.startsAt",
					Long.class)
			.setParameter("planned", MeetingStatus.PLANNED)
			.setParameter("now", now)
			.setParameter("until", now.plus(this.settings.reminderBefore()))
			.getResultList());
		int queued = 0;
		for (Long id : Objects.requireNonNull(due)) {
			try {
				Integer sent = this.transaction.execute(status -> {
					Meeting meeting = this.entityManager.find(Meeting.class, id);
					return meeting == null ? 0 : remind(meeting);
				});
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

	// ---------------------------------------------------------------- the card

	/** How many of these organisations have no address to write to (for the organisers' card); two queries. */
	int withoutAddress(Collection<Long> organizationIds) {
		if (organizationIds.isEmpty()) {
			return 0;
		}
		Set<Long> reachable = new java.util.HashSet<>(this.directory.organizationEmails(organizationIds).keySet());
		reachable.addAll(this.users.representativeEmails(organizationIds).keySet());
		return (int) organizationIds.stream().distinct().filter(id -> !reachable.contains(id)).count();
	}

	// ---------------------------------------------------------------- composing

	/** Every address of these organisations: contact and public e-mails, then their representatives' e-mails. */
	private List<String> addresses(Collection<Long> organizationIds) {
		if (organizationIds.isEmpty()) {
			return List.of();
		}
		Set<String> addresses = new LinkedHashSet<>();
		Map<Long, List<String>> own = this.directory.organizationEmails(organizationIds);
		Map<Long, List<String>> representatives = this.users.representativeEmails(organizationIds);
		for (Long id : organizationIds) {
			own.getOrDefault(id, List.of()).forEach(address -> addresses.add(address.strip().toLowerCase(Locale.ROOT)));
			representatives.getOrDefault(id, List.of()).forEach(address -> addresses.add(address.strip().toLowerCase(Locale.ROOT)));
		}
		return List.copyOf(addresses);
	}

	private int send(Meeting meeting, Occasion occasion, List<String> to, String topic, String extra, String organization) {
		if (to.isEmpty()) {
			return 0;
		}
		// written now, so that the calendar file carries the version (SEQUENCE) this change gives the meeting
		this.entityManager.flush();
		List<MeetingAgendaItem> items = this.agenda.current(meeting.getId());
		String municipality = meeting.getMunicipalityId() == null ? null
				: this.directory.municipality(meeting.getMunicipalityId()).map(MunicipalityRef::name).orElse(null);
		String subject = text("meeting.mail." + occasion.key() + ".subject", meeting.getTitle(), this.format.dateTime(meeting.getStartsAt()));
		StringBuilder body = new StringBuilder();
		body.append(text("meeting.mail.greeting")).append("\n\n");
		body.append(occasion == Occasion.REGISTRATION ? text("meeting.mail.registration.lead", organization)
				: text("meeting.mail." + occasion.key() + ".lead")).append('\n');
		if (extra != null) {
			body.append(extra).append('\n');
		}
		body.append('\n').append(details(meeting, municipality, items)).append('\n');
		body.append(text("meeting.mail.page", this.web.link("/meetings/" + meeting.getId()))).append('\n');
		if (occasion == Occasion.INVITATION || occasion == Occasion.REMINDER) {
			body.append(text("meeting.mail." + occasion.key() + ".register")).append('\n');
		}
		String fileName = "vstrecha-" + meeting.getId() + ".ics";
		body.append('\n').append(text(occasion == Occasion.CANCELLED ? "meeting.mail.calendar.cancelled" : "meeting.mail.calendar", fileName))
			.append("\n\n");
		body.append("—\n").append(text("meeting.mail.footer", this.region)).append('\n');
		return this.notifications.queue(new Mail(to, subject, body.toString(),
				List.of(calendar(meeting, municipality, items, occasion.method, fileName)), topic));
	}

	/** The meeting as people read it: title, kind, where in the region, when, where, agenda. */
	private String details(Meeting meeting, String municipality, List<MeetingAgendaItem> items) {
		StringBuilder text = new StringBuilder();
		text.append(meeting.getTitle()).append('\n');
		text.append(text("meeting.mail.type", text("meeting.type." + meeting.getType().name()))).append('\n');
		text.append(text("meeting.mail.municipality", municipality == null ? text("meeting.wholeRegion") : municipality)).append('\n');
		text.append(text("meeting.mail.when", MeetingQueries.when(meeting.getStartsAt(), meeting.getEndsAt(), this.clock.getZone()))).append('\n');
		if (meeting.getPlace() != null) {
			text.append(text("meeting.mail.place", meeting.getPlace())).append('\n');
		}
		if (meeting.getOnlineLink() != null) {
			text.append(text("meeting.mail.link", meeting.getOnlineLink())).append('\n');
		}
		if (!items.isEmpty()) {
			text.append(text("meeting.mail.agenda")).append('\n');
			for (int i = 0; i < items.size(); i++) {
				MeetingAgendaItem item = items.get(i);
				text.append(item.getSpeaker() == null ? text("meeting.mail.agenda.item", String.valueOf(i + 1), item.getTitle())
						: text("meeting.mail.agenda.itemWithSpeaker", String.valueOf(i + 1), item.getTitle(), item.getSpeaker())).append('\n');
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
	 * The meeting's calendar file as an iMIP message ({@code METHOD:REQUEST} or {@code CANCEL}, the same in the file
	 * and in its content type, with the organising municipality or region as ORGANIZER at the platform's address),
	 * so mail programs offer to add, update or remove the meeting.
	 */
	private Mail.Attachment calendar(Meeting meeting, String municipality, List<MeetingAgendaItem> items, String method, String fileName) {
		byte[] published = MeetingCalendar.write(meeting.getTitle(), List.of(meeting), Map.of(meeting.getId(), items), this.clock);
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
			// the published file still imports into every calendar; only the mail program's buttons are lost
			log.warn("Meeting {}: calendar file attached as published ({})", meeting.getId(), ex.toString());
			return new Mail.Attachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", published);
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, RU);
	}
}

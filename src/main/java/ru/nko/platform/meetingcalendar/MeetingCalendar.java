package ru.nko.platform.meetingcalendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import ru.nko.platform.meetings.MeetingLetter;
import ru.nko.platform.meetings.MeetingStatus;

/**
 * Meetings as iCalendar (RFC 5545) for people's calendars: one VEVENT per meeting, times
 * in UTC, the agenda in the description, cancelled meetings marked so calendars remove
 * them; the version of the meeting is the SEQUENCE, so a moved meeting updates the copy
 * in the calendar.
 */
final class MeetingCalendar {

	private MeetingCalendar() {
	}

	/** A calendar of these meetings, with their agendas. */
	static byte[] write(String name, List<MeetingLetter> meetings, Clock clock) {
		Instant now = clock.instant();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//NKO Platform//Meetings//RU"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(Method.VALUE_PUBLISH));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", clock.getZone().getId()));
		for (MeetingLetter meeting : meetings) {
			calendar.add(event(meeting, now));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static VEvent event(MeetingLetter meeting, Instant now) {
		List<MeetingLetter.AgendaLine> agenda = meeting.agenda();
		VEvent event = new VEvent(meeting.startsAt().truncatedTo(ChronoUnit.SECONDS),
				meeting.endsAt().truncatedTo(ChronoUnit.SECONDS), meeting.title());
		event.replace(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
		event.add(new Uid("meeting-" + meeting.id() + "@nko-platform"));
		event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, meeting.version())));
		event.add(new Status(
				meeting.status() == MeetingStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
		if (meeting.place() != null) {
			event.add(new Location(meeting.place()));
		}
		else if (meeting.onlineLink() != null) {
			event.add(new Location(meeting.onlineLink()));
		}
		if (meeting.onlineLink() != null) {
			try {
				event.add(new Url(new URI(meeting.onlineLink())));
			}
			catch (URISyntaxException ex) {
				// a link people typed that is not a valid URI stays in the description
				// only
			}
		}
		StringBuilder description = new StringBuilder();
		if (!agenda.isEmpty()) {
			description.append("Повестка:\n");
			for (int i = 0; i < agenda.size(); i++) {
				MeetingLetter.AgendaLine item = agenda.get(i);
				description.append(i + 1).append(". ").append(item.title());
				if (item.speaker() != null) {
					description.append(" (").append(item.speaker()).append(')');
				}
				description.append('\n');
			}
		}
		if (meeting.onlineLink() != null) {
			description.append("Подключение: ").append(meeting.onlineLink()).append('\n');
		}
		if (meeting.status() == MeetingStatus.CANCELLED && meeting.cancelReason() != null) {
			description.append("Встреча отменена: ").append(meeting.cancelReason()).append('\n');
		}
		if (!description.isEmpty()) {
			event.add(new Description(description.toString().strip()));
		}
		return event;
	}

}

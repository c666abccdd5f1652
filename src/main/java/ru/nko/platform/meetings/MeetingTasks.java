package ru.nko.platform.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.registrations.ParticipantMarks;
import ru.nko.platform.registrations.RegistrationManagement;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.shared.time.Quarter;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Meetings in people's cabinets. A municipal officer:
 * <ul>
 * <li>{@code meetings.quarter} — plans a working meeting (1.5) in each quarter where
 * their municipality has none planned, held or closed (cancelled ones do not count): the
 * current quarter, and the next one once it starts within {@value #NEXT_QUARTER_DAYS}
 * days; due on the quarter's last day. The quarters and counts are the compliance
 * matrix's own ({@link Meetings#workingMeetingsByQuarter}); a meeting held without
 * minutes is the next task's business, not this one's;</li>
 * <li>{@code meetings.minutes} — records the minutes of a meeting of their municipality
 * that was held (attendance recorded) without them, due {@value #MINUTES_DAYS} days after
 * the meeting's day: a working week to write and sign them;</li>
 * <li>{@code meetings.close} — closes a held meeting whose minutes are in (only a closed
 * meeting counts as held), due on the same day.</li>
 * </ul>
 * Regional meetings (7.4) are run by the region, so they give officers no task. A
 * representative of an organisation:
 * <ul>
 * <li>{@code meetings.attend} — takes part in a coming meeting the organisation
 * registered for, due on the meeting's day;</li>
 * <li>{@code meetings.invitation} — answers an invitation to a coming meeting by
 * registering, due on the meeting's day (registration closes when it starts). An
 * invitation cannot be declined: the task goes when the organisation registers, the
 * invitation is withdrawn, the meeting is cancelled or starts.</li>
 * </ul>
 * An officer runs three to four queries whatever their scope, a representative three.
 */
@Component
class MeetingTasks implements TaskProvider {

	/** How many days before a quarter starts its meeting becomes a task. */
	static final int NEXT_QUARTER_DAYS = 30;

	/** Days after a meeting its minutes are due. */
	static final int MINUTES_DAYS = 5;

	private static final Set<MeetingType> MUNICIPAL = EnumSet.of(MeetingType.WORKING, MeetingType.LEADERS_LOCAL);

	private final MeetingRepository meetings;

	private final Meetings facade;

	private final RegistrationManagement registrations;

	private final DirectoryManagement directory;

	private final RussianFormat format;

	private final Clock clock;

	MeetingTasks(MeetingRepository meetings, Meetings facade, RegistrationManagement registrations,
			DirectoryManagement directory, RussianFormat format, Clock clock) {
		this.meetings = meetings;
		this.facade = facade;
		this.registrations = registrations;
		this.directory = directory;
		this.format = format;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		List<Task> tasks = new ArrayList<>();
		Set<Long> officerOf = user.scopeIds(Role.MUNICIPAL_OFFICER);
		if (!officerOf.isEmpty()) {
			quarters(officerOf, today, tasks);
			held(officerOf, today, tasks);
		}
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		if (!representing.isEmpty()) {
			coming(representing, today, tasks);
		}
		return tasks;
	}

	/** The quarters of the officer's municipalities that have no working meeting yet. */
	private void quarters(Set<Long> officerOf, LocalDate today, List<Task> tasks) {
		List<Quarter> quarters = new ArrayList<>(List.of(Quarter.of(today)));
		Quarter next = quarters.get(0).next();
		if (!next.firstDay().isAfter(today.plusDays(NEXT_QUARTER_DAYS))) {
			quarters.add(next);
		}
		Map<Integer, List<MeetingQuarterCount>> byYear = new HashMap<>();
		for (Quarter quarter : quarters) {
			byYear.computeIfAbsent(quarter.year(), year -> this.facade.workingMeetingsByQuarter(year, officerOf));
		}
		Map<Long, Set<Quarter>> covered = new HashMap<>();
		for (Quarter quarter : quarters) {
			for (MeetingQuarterCount count : byYear.get(quarter.year())) {
				if (count.quarter() == quarter.quarter()
						&& count.closed() + count.heldWithoutMinutes() + count.planned() > 0) {
					covered.computeIfAbsent(count.municipalityId(), id -> new HashSet<>()).add(quarter);
				}
			}
		}
		boolean several = officerOf.size() > 1;
		String concerns = text("meetings.tasks.concerns");
		for (MunicipalityRef municipality : this.directory.municipalities()) {
			if (!municipality.active() || !officerOf.contains(municipality.id())) {
				continue;
			}
			for (Quarter quarter : quarters) {
				if (covered.getOrDefault(municipality.id(), Set.of()).contains(quarter)) {
					continue;
				}
				String title = several
						? text("meetings.tasks.quarter.in", quarter.roman(), String.valueOf(quarter.year()),
								municipality.name())
						: text("meetings.tasks.quarter", quarter.roman(), String.valueOf(quarter.year()));
				tasks.add(Task.due("meetings.quarter", concerns, title, quarter.lastDay(), "/meetings/new?municipality="
						+ municipality.id() + "&type=" + MeetingType.WORKING.name() + "&quarter=" + quarter.code(),
						today));
			}
		}
	}

	/** Meetings of the officer's municipalities held and not yet closed. */
	private void held(Set<Long> officerOf, LocalDate today, List<Task> tasks) {
		String concerns = text("meetings.tasks.concerns");
		for (Meeting meeting : this.meetings.findByMunicipalityIdInAndStatusAndTypeInOrderByStartsAtAscIdAsc(officerOf,
				MeetingStatus.HELD, MUNICIPAL, Limit.of(LIMIT))) {
			LocalDate day = LocalDate.ofInstant(meeting.getStartsAt(), this.clock.getZone());
			String date = this.format.date(day);
			if (meeting.hasMinutes()) {
				tasks.add(Task.due("meetings.close", concerns, text("meetings.tasks.close", meeting.getTitle(), date),
						day.plusDays(MINUTES_DAYS), "/meetings/" + meeting.getId() + "#status", today));
			}
			else {
				tasks.add(
						Task.due("meetings.minutes", concerns, text("meetings.tasks.minutes", meeting.getTitle(), date),
								day.plusDays(MINUTES_DAYS), "/meetings/" + meeting.getId() + "#minutes", today));
			}
		}
	}

	/**
	 * Coming meetings the representative's organisations are registered for or invited
	 * to.
	 */
	private void coming(Set<Long> representing, LocalDate today, List<Task> tasks) {
		ParticipantMarks standing = this.registrations.standing(representing);
		Set<Long> ids = new HashSet<>(standing.invited());
		ids.addAll(standing.registered());
		if (ids.isEmpty()) {
			return;
		}
		String concerns = text("meetings.tasks.concerns");
		for (Meeting meeting : this.meetings.findByIdInAndStatusAndStartsAtAfterOrderByStartsAtAscIdAsc(ids,
				MeetingStatus.PLANNED, this.clock.instant(), Limit.of(LIMIT))) {
			LocalDate day = LocalDate.ofInstant(meeting.getStartsAt(), this.clock.getZone());
			String when = this.format.dateTime(meeting.getStartsAt());
			if (standing.registered().contains(meeting.getId())) {
				tasks.add(Task.due("meetings.attend", concerns, text("meetings.tasks.attend", meeting.getTitle(), when),
						day, "/meetings/" + meeting.getId(), today));
			}
			else {
				tasks.add(Task.due("meetings.invitation", concerns,
						text("meetings.tasks.invitation", meeting.getTitle(), when), day,
						"/meetings/" + meeting.getId() + "#registration", today));
			}
		}
	}

	private String text(String key, Object... arguments) {
		return this.format.text(key, arguments);
	}

}

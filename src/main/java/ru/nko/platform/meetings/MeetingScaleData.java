package ru.nko.platform.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import ru.nko.platform.scale.BulkInsert;
import ru.nko.platform.system.DemoData;
import ru.nko.platform.scale.ScaleData;
import ru.nko.platform.scale.ScaleSize;

/**
 * The meetings' part of the generated data set: working meetings (and some of NGO leaders
 * with the head) in every municipality over three years and the next half-year, with an
 * agenda; past ones closed with minutes, some held without minutes yet, some cancelled,
 * future ones planned.
 */
@Component
@Profile("scale")
class MeetingScaleData implements ScaleData {

	private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

	private static final String OFFICER = "Специалист администрации";

	@Override
	public int order() {
		return DemoData.MEETINGS;
	}

	@Override
	public String name() {
		return "встречи с повесткой";
	}

	@Override
	public void generate(ScaleSize size, BulkInsert bulk) {
		Map<Long, String> municipalities = new HashMap<>();
		bulk.jdbc()
			.query("select id, name from municipality where active and id in "
					+ "(select municipality_id from organization where municipality_id is not null)",
					(RowCallbackHandler) rs -> municipalities.put(rs.getLong(1), rs.getString(2)));
		List<Long> ids = new ArrayList<>(municipalities.keySet());
		ids.sort(null);
		Random random = new Random(size.ordinal() + 60L);
		int count = size.meetings();
		long firstId = bulk.nextId("meeting");
		long[] places = new long[count];
		Instant[] starts = new Instant[count];
		MeetingStatus[] statuses = new MeetingStatus[count];
		for (int i = 0; i < count; i++) {
			places[i] = ids.get(i % ids.size());
			// three years back and half a year ahead, at 10:00 or 15:00 Moscow time
			long day = random.nextInt(3 * 365 + 182) - 3 * 365;
			starts[i] = NOW.plus(Duration.ofDays(day)).plus(Duration.ofHours(random.nextBoolean() ? -2 : 3));
			if (starts[i].isAfter(NOW)) {
				statuses[i] = MeetingStatus.PLANNED;
			}
			else {
				int roll = random.nextInt(20);
				statuses[i] = roll < 16 ? MeetingStatus.CLOSED
						: roll < 18 ? MeetingStatus.HELD : MeetingStatus.CANCELLED;
			}
		}
		bulk.copy("meeting",
				"id, municipality_id, type, title, starts_at, ends_at, place, online_link, status, other_participants, "
						+ "held_at, minutes, minutes_by, minutes_at, closed_at, closed_by, cancel_reason, cancelled_at, "
						+ "cancelled_by, created_by, created_at, version",
				count, (i, row) -> {
					boolean leaders = i % 10 == 9;
					MeetingStatus status = statuses[i];
					Instant start = starts[i];
					boolean past = status == MeetingStatus.CLOSED || status == MeetingStatus.HELD;
					String name = municipalities.get(places[i]);
					row.add(firstId + i, places[i], leaders ? MeetingType.LEADERS_LOCAL : MeetingType.WORKING,
							leaders ? "Встреча руководителей НКО с главой администрации"
									: "Рабочая встреча НКО и администрации района",
							start, start.plus(Duration.ofHours(2)), "Зал заседаний администрации, " + name,
							i % 6 == 0 ? "https://vk.com/call/join/scale-" + (firstId + i) : null, status, i % 5,
							past ? start.plus(Duration.ofHours(2)) : null,
							status == MeetingStatus.CLOSED ? "Присутствовали представители администрации и НКО района. "
									+ "Обсудили итоги выполнения решений и поддержку СО НКО. Решения записаны в разделе «Решения»."
									: null,
							status == MeetingStatus.CLOSED ? OFFICER : null,
							status == MeetingStatus.CLOSED ? start.plus(Duration.ofDays(2)) : null,
							status == MeetingStatus.CLOSED ? start.plus(Duration.ofDays(3)) : null,
							status == MeetingStatus.CLOSED ? OFFICER : null,
							status == MeetingStatus.CANCELLED
									? "Перенесена из-за совпадения с заседанием совета депутатов" : null,
							status == MeetingStatus.CANCELLED ? start.minus(Duration.ofDays(3)) : null,
							status == MeetingStatus.CANCELLED ? OFFICER : null, OFFICER,
							start.minus(Duration.ofDays(30)), 0);
				});
		int perMeeting = 3;
		long firstItem = bulk.nextId("meeting_agenda_item");
		bulk.copy("meeting_agenda_item", "id, meeting_id, position, title", count * perMeeting, (i, row) -> {
			int meeting = i / perMeeting;
			int position = i % perMeeting;
			String title = position == 0 ? DemoMeetings.AGENDA.get(0)
					: position == perMeeting - 1 ? DemoMeetings.AGENDA.get(DemoMeetings.AGENDA.size() - 1)
							: DemoMeetings.AGENDA.get(1 + meeting % (DemoMeetings.AGENDA.size() - 2));
			row.add(firstItem + i, firstId + meeting, position, title);
		});
		bulk.syncSequence("meeting_seq", "meeting");
		bulk.syncSequence("meeting_agenda_item_seq", "meeting_agenda_item");
	}

}

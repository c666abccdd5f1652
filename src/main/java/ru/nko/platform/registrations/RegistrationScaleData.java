package ru.nko.platform.registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * The registrations' part of the generated data set: for every generated meeting, a few
 * organisations of its municipality invited, most of them registered, and who came to the
 * meetings already held.
 */
@Component
@Profile("scale")
class RegistrationScaleData implements ScaleData {

	private static final String OFFICER = "Специалист администрации";

	@Override
	public int order() {
		return DemoData.MEETINGS + 1;
	}

	@Override
	public String name() {
		return "приглашения, регистрации и присутствие";
	}

	@Override
	public void generate(ScaleSize size, BulkInsert bulk) {
		Map<Long, long[]> organizations = bulk.grouped(
				"select municipality_id, id from organization where active and municipality_id is not null order by id");
		List<Object[]> invitations = new ArrayList<>();
		List<Object[]> registrations = new ArrayList<>();
		List<Object[]> attendance = new ArrayList<>();
		Random random = new Random(size.ordinal() + 61L);
		bulk.jdbc()
			.query("select m.id, m.municipality_id, m.starts_at, m.status from meeting m where m.municipality_id is not null "
					+ "and not exists (select 1 from meeting_invitation i where i.meeting_id = m.id) order by m.id",
					(RowCallbackHandler) rs -> {
						long meeting = rs.getLong(1);
						long[] local = organizations.get(rs.getLong(2));
						if (local == null) {
							return;
						}
						Instant start = rs.getTimestamp(3).toInstant();
						String status = rs.getString(4);
						boolean held = status.equals("CLOSED") || status.equals("HELD");
						int invited = Math.min(local.length, 3 + random.nextInt(5));
						int offset = random.nextInt(local.length);
						for (int i = 0; i < invited; i++) {
							long organization = local[(offset + i) % local.length];
							invitations
								.add(new Object[] { meeting, organization, start.minus(Duration.ofDays(20)), OFFICER });
							if (i < invited - 1) {
								int participants = 1 + random.nextInt(3);
								registrations.add(new Object[] { meeting, organization, "Представитель организации",
										participants, start.minus(Duration.ofDays(10 - i)) });
								if (held) {
									boolean came = random.nextInt(5) > 0;
									attendance
										.add(new Object[] { meeting, organization, came, came ? participants : 0 });
								}
							}
						}
					});
		long firstInvitation = bulk.nextId("meeting_invitation");
		bulk.copy("meeting_invitation", "id, meeting_id, organization_id, invited_at, invited_by", invitations.size(),
				(i, row) -> row.add(firstInvitation + i).add(invitations.get(i)));
		invitations.clear();
		long firstRegistration = bulk.nextId("meeting_registration");
		bulk.copy("meeting_registration",
				"id, meeting_id, organization_id, registered_by_name, participants, registered_at",
				registrations.size(), (i, row) -> row.add(firstRegistration + i).add(registrations.get(i)));
		registrations.clear();
		long firstAttendance = bulk.nextId("meeting_attendance");
		bulk.copy("meeting_attendance", "id, meeting_id, organization_id, attended, participants", attendance.size(),
				(i, row) -> row.add(firstAttendance + i).add(attendance.get(i)));
		bulk.syncSequence("meeting_invitation_seq", "meeting_invitation");
		bulk.syncSequence("meeting_registration_seq", "meeting_registration");
		bulk.syncSequence("meeting_attendance_seq", "meeting_attendance");
	}

}

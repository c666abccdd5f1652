package ru.nko.platform.decisions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import ru.nko.platform.scale.BulkInsert;
import ru.nko.platform.system.DemoData;
import ru.nko.platform.scale.ScaleData;
import ru.nko.platform.scale.ScaleSize;

/**
 * The decisions' part of the generated data set: one to three decisions of every
 * generated meeting held, each with its owner and due date; most of those due are done,
 * some are overdue, a few cancelled.
 */
@Component
@Profile("scale")
class DecisionScaleData implements ScaleData {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final List<String[]> DECISIONS = List.of(
			new String[] { "Подготовить перечень свободных помещений, пригодных для НКО, и опубликовать его на сайте",
					"Комитет по управлению муниципальным имуществом" },
			new String[] { "Провести консультацию для НКО по подготовке заявок на конкурс грантов",
					"Ресурсный центр поддержки НКО" },
			new String[] { "Включить проблему транспортной доступности для волонтёров в план мероприятий района",
					"Отдел по связям с общественностью администрации" },
			new String[] { "Разместить на сайте администрации раздел «Поддержка НКО» с контактами ответственного",
					"Пресс-служба администрации" });

	@Override
	public int order() {
		return DemoData.MEETINGS + 2;
	}

	@Override
	public String name() {
		return "решения встреч";
	}

	@Override
	public void generate(ScaleSize size, BulkInsert bulk) {
		List<Object[]> decisions = new ArrayList<>();
		Random random = new Random(size.ordinal() + 62L);
		bulk.jdbc()
			.query("select m.id, m.municipality_id, m.starts_at, m.closed_at from meeting m "
					+ "where m.status in ('CLOSED', 'HELD') and m.municipality_id is not null "
					+ "and not exists (select 1 from meeting_decision d where d.meeting_id = m.id) order by m.id",
					(RowCallbackHandler) rs -> {
						LocalDate day = rs.getTimestamp(3).toInstant().atZone(MOSCOW).toLocalDate();
						int count = 1 + random.nextInt(3);
						for (int i = 0; i < count; i++) {
							String[] decision = DECISIONS.get(random.nextInt(DECISIONS.size()));
							LocalDate due = day.plusDays(45 + random.nextInt(90));
							int roll = random.nextInt(10);
							DecisionStatus status = due.isBefore(TODAY) && roll < 7 ? DecisionStatus.DONE
									: roll == 9 ? DecisionStatus.CANCELLED : DecisionStatus.OPEN;
							decisions.add(new Object[] { rs.getLong(1), decision[0], decision[1], due, status,
									status == DecisionStatus.DONE ? due.minusDays(random.nextInt(20)) : null,
									status == DecisionStatus.CANCELLED ? "Утратило актуальность" : null,
									"Специалист администрации", rs.getTimestamp(3).toInstant(), rs.getLong(2), day,
									false });
						}
					});
		long first = bulk.nextId("meeting_decision");
		bulk.copy("meeting_decision",
				"id, meeting_id, text, owner, due_date, status, done_at, note, created_by, created_at, municipality_id, "
						+ "meeting_day, regional, version",
				decisions.size(), (i, row) -> row.add(first + i).add(decisions.get(i)).add(0));
		bulk.syncSequence("meeting_decision_seq", "meeting_decision");
	}

}

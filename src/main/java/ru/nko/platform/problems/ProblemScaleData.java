package ru.nko.platform.problems;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import ru.nko.platform.problems.DemoProblems.Seed;
import ru.nko.platform.scale.BulkInsert;
import ru.nko.platform.system.DemoData;
import ru.nko.platform.scale.ScaleData;
import ru.nko.platform.scale.ScaleSize;

/**
 * The problems' part of the generated data set: the demo problems' texts raised again and
 * again by organisations of every municipality over three years, in every status, with
 * their steps and supporters.
 */
@Component
@Profile("scale")
class ProblemScaleData implements ScaleData {

	private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

	private static final String OFFICER = "Специалист администрации";

	@Override
	public int order() {
		return DemoData.PROBLEMS;
	}

	@Override
	public String name() {
		return "проблемы";
	}

	@Override
	public void generate(ScaleSize size, BulkInsert bulk) {
		Map<Long, long[]> organizations = bulk.grouped(
				"select municipality_id, id from organization where active and municipality_id is not null order by id");
		List<Long> municipalities = new ArrayList<>(organizations.keySet());
		Map<String, Long> categories = new HashMap<>();
		bulk.jdbc()
			.query("select code, id from problem_category",
					(RowCallbackHandler) rs -> categories.put(rs.getString(1), rs.getLong(2)));
		Long fallback = categories.values().iterator().next();
		Random random = new Random(size.ordinal() + 40L);
		long firstId = bulk.nextId("problem");
		int count = size.problems();
		long[] authors = new long[count];
		long[] places = new long[count];
		Instant[] registered = new Instant[count];
		for (int i = 0; i < count; i++) {
			long municipality = municipalities.get(random.nextInt(municipalities.size()));
			long[] local = organizations.get(municipality);
			places[i] = municipality;
			authors[i] = local[random.nextInt(local.length)];
			registered[i] = NOW.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
		}
		bulk.copy("problem", "id, municipality_id, author_organization_id, category_id, title, description, status, "
				+ "rejection_reason, recorded_by, registered_at, version", count, (i, row) -> {
					Seed seed = DemoProblems.SEEDS.get(i % DemoProblems.SEEDS.size());
					row.add(firstId + i, places[i], authors[i], categories.getOrDefault(seed.category(), fallback),
							seed.title(), seed.description(), seed.status(),
							seed.status() == ProblemStatus.REJECTED ? seed.note() : null, "Представитель организации",
							registered[i], 0);
				});
		// the steps: raised, then each move to the status it has now
		List<Object[]> steps = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Seed seed = DemoProblems.SEEDS.get(i % DemoProblems.SEEDS.size());
			long id = firstId + i;
			Instant at = registered[i];
			steps.add(new Object[] { id, ProblemStatus.NEW, at, "Представитель организации", null });
			if (seed.status() == ProblemStatus.REJECTED) {
				steps.add(
						new Object[] { id, ProblemStatus.REJECTED, at.plus(Duration.ofDays(9)), OFFICER, seed.note() });
			}
			else if (seed.status() != ProblemStatus.NEW) {
				steps.add(new Object[] { id, ProblemStatus.ACCEPTED, at.plus(Duration.ofDays(6)), OFFICER, null });
				if (seed.status() != ProblemStatus.ACCEPTED) {
					steps.add(new Object[] { id, ProblemStatus.IN_PLAN, at.plus(Duration.ofDays(40)), OFFICER, null });
				}
				if (seed.status() == ProblemStatus.RESOLVED) {
					steps.add(new Object[] { id, ProblemStatus.RESOLVED, at.plus(Duration.ofDays(150)), OFFICER,
							seed.note() });
				}
			}
		}
		bulk.copy("problem_step", "problem_id, status, occurred_at, by_name, note", steps.size(),
				(i, row) -> row.add(steps.get(i)));
		steps.clear();
		// up to three other organisations of the municipality join a problem
		List<Object[]> supporters = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long[] local = organizations.get(places[i]);
			int wanted = Math.min(random.nextInt(4), local.length - 1);
			Set<Long> chosen = new HashSet<>();
			while (chosen.size() < wanted) {
				long supporter = local[random.nextInt(local.length)];
				if (supporter != authors[i] && chosen.add(supporter)) {
					supporters.add(new Object[] { firstId + i, supporter, "Представитель организации",
							registered[i].plus(Duration.ofDays(10 + chosen.size() * 5L)), 0 });
				}
			}
		}
		bulk.copy("problem_supporter", "problem_id, organization_id, joined_by, joined_at, version", supporters.size(),
				(i, row) -> row.add(supporters.get(i)));
		bulk.syncIdentity("problem");
		bulk.syncIdentity("problem_step");
		bulk.syncIdentity("problem_supporter");
	}

}

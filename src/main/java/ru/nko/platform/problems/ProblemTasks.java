package ru.nko.platform.problems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Problems in people's cabinets: a municipal officer checks each new problem of their
 * municipalities within a week of its registration; a representative follows their
 * organisations' problems until they are resolved or rejected.
 */
@Component
class ProblemTasks implements TaskProvider {

	/** Days an officer has to check a new problem. */
	static final int MODERATION_DAYS = 7;

	private static final Set<ProblemStatus> FOLLOWED = EnumSet.of(ProblemStatus.NEW, ProblemStatus.ACCEPTED,
			ProblemStatus.IN_PLAN);

	private final ProblemRepository problems;

	private final RussianFormat format;

	private final Clock clock;

	ProblemTasks(ProblemRepository problems, RussianFormat format, Clock clock) {
		this.problems = problems;
		this.format = format;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		List<Task> tasks = new ArrayList<>();
		String concerns = text("problems.tasks.concerns");
		Set<Long> officerOf = user.scopeIds(Role.MUNICIPAL_OFFICER);
		if (!officerOf.isEmpty()) {
			for (Problem problem : this.problems.findByMunicipalityIdInAndStatusOrderByRegisteredAtAscIdAsc(officerOf,
					ProblemStatus.NEW, Limit.of(LIMIT))) {
				LocalDate due = LocalDate.ofInstant(problem.getRegisteredAt(), this.clock.getZone())
					.plusDays(MODERATION_DAYS);
				tasks.add(Task.due("problems.moderate", concerns, text("problems.tasks.moderate", problem.getTitle()),
						due, "/problems/" + problem.getId(), today));
			}
		}
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		if (!representing.isEmpty()) {
			for (Problem problem : this.problems.findByAuthorOrganizationIdInAndStatusInOrderByRegisteredAtAscIdAsc(
					representing, FOLLOWED, Limit.of(LIMIT))) {
				if (officerOf.contains(problem.getMunicipalityId()) && problem.getStatus() == ProblemStatus.NEW) {
					continue;
				}
				tasks.add(Task.open("problems.follow", concerns,
						text("problems.tasks.follow", problem.getTitle(),
								text("problems.status." + problem.getStatus().name())),
						"/problems/" + problem.getId()));
			}
		}
		return tasks;
	}

	private String text(String key, Object... arguments) {
		return this.format.text(key, arguments);
	}

}

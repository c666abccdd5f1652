package ru.nko.platform.openness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Openness in representatives' cabinets: an organisation they represent below the basic
 * level (some required criterion not met) gets a task naming the next step, the first
 * unmet required criterion of the checklist, with its advice; three queries for any
 * number of organisations.
 */
@Component
class OpennessTasks implements TaskProvider {

	private final OpennessManagement openness;

	private final DirectoryManagement directory;

	private final RussianFormat format;

	OpennessTasks(OpennessManagement openness, DirectoryManagement directory, RussianFormat format) {
		this.openness = openness;
		this.directory = directory;
		this.format = format;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		if (representing.isEmpty()) {
			return List.of();
		}
		Map<Long, OrganizationData> organizations = this.directory.organizationData(representing);
		Map<Long, OpennessRules.Evaluation> evaluations = this.openness.evaluations(organizations);
		String concerns = this.format.text("openness.tasks.concerns");
		List<Task> tasks = new ArrayList<>();
		organizations.entrySet()
			.stream()
			.sorted(Comparator.comparing(entry -> entry.getValue().name()))
			.forEach(entry -> {
				OpennessRules.Evaluation evaluation = evaluations.get(entry.getKey());
				if (evaluation == null || evaluation.level() != OpennessLevel.LOW) {
					return;
				}
				evaluation.results()
					.stream()
					.filter(result -> result.required() && !result.met())
					.findFirst()
					.ifPresent(next -> tasks.add(Task.open("openness.basic", concerns,
							this.format.text("openness.tasks.basic", name(entry.getValue()),
									next.advice() == null || next.advice().isBlank() ? next.name() : next.advice()),
							"/organizations/" + entry.getKey() + "/openness")));
			});
		return tasks.size() > LIMIT ? tasks.subList(0, LIMIT) : tasks;
	}

	private static String name(OrganizationData organization) {
		return organization.shortName() != null && !organization.shortName().isBlank() ? organization.shortName()
				: organization.name();
	}

}

package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Cards in representatives' cabinets: while a card of an organisation they represent
 * lacks something people look for (what it does, where to find it on the internet, how to
 * reach it, its head, its address, its activity areas), a task to check the card and one
 * per missing field, each opening the form at that field. One query for any number of
 * organisations.
 */
@Component
class OrganizationTasks implements TaskProvider {

	private final OrganizationRepository organizations;

	private final RussianFormat format;

	OrganizationTasks(OrganizationRepository organizations, RussianFormat format) {
		this.organizations = organizations;
		this.format = format;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		if (representing.isEmpty()) {
			return List.of();
		}
		String concerns = this.format.text("organizations.tasks.concerns");
		List<Task> tasks = new ArrayList<>();
		this.organizations.findWithDetailsByIdIn(representing)
			.stream()
			.filter(Organization::isActive)
			.sorted(Comparator.comparing(Organization::getName))
			.forEach(organization -> {
				String name = organization.getShortName() != null && !organization.getShortName().isBlank()
						? organization.getShortName() : organization.getName();
				List<String> missing = CardCompleteness.missing(DirectoryManagement.data(organization));
				if (missing.isEmpty()) {
					return;
				}
				tasks.add(Task.open("directory.card", concerns,
						this.format.text("organizations.tasks.card", name,
								this.format.plural("organizations.tasks.fields", missing.size())),
						"/organizations/" + organization.getId()));
				for (String field : missing) {
					tasks.add(Task.open("directory.field", concerns,
							this.format.text("organizations.tasks.field." + field, name),
							"/organizations/" + organization.getId() + "/edit#f-" + field));
				}
			});
		return tasks.size() > LIMIT ? tasks.subList(0, LIMIT) : tasks;
	}

}

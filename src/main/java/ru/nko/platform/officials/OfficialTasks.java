package ru.nko.platform.officials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Responsible officials in municipal officers' cabinets ({@code officials.appoint}): each
 * active municipality of theirs without an official appointed under an act for today
 * (none ever, the last appointment ended, or the next one not yet begun) is to appoint
 * one (measure 1.4); the measure sets no date, so the task has none. Two queries whatever
 * the scope.
 */
@Component
class OfficialTasks implements TaskProvider {

	private final OfficialRepository officials;

	private final DirectoryManagement directory;

	private final RussianFormat format;

	OfficialTasks(OfficialRepository officials, DirectoryManagement directory, RussianFormat format) {
		this.officials = officials;
		this.directory = directory;
		this.format = format;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		Set<Long> officerOf = user.scopeIds(Role.MUNICIPAL_OFFICER);
		if (officerOf.isEmpty()) {
			return List.of();
		}
		Set<Long> appointed = new HashSet<>(this.officials.municipalitiesWithOfficialOn(officerOf, today));
		String concerns = this.format.text("officials.tasks.concerns");
		List<Task> tasks = new ArrayList<>();
		for (MunicipalityRef municipality : this.directory.municipalities()) {
			if (!municipality.active() || !officerOf.contains(municipality.id())
					|| appointed.contains(municipality.id())) {
				continue;
			}
			String title = officerOf.size() > 1 ? this.format.text("officials.tasks.appoint.in", municipality.name())
					: this.format.text("officials.tasks.appoint");
			tasks.add(Task.open("officials.appoint", concerns, title,
					"/municipalities/" + municipality.id() + "/official"));
		}
		return tasks;
	}

}

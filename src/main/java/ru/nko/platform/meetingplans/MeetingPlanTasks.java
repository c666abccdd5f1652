package ru.nko.platform.meetingplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.shared.time.Quarter;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Meeting plans in municipal officers' cabinets ({@code meetingplans.agree}): each active
 * municipality of theirs without an agreed plan of meetings for the current year (none,
 * or a draft) is to agree one (measure 1.3), due on the last day of the year's first
 * quarter — the plan sets the quarterly meetings, so it is late once the first of them
 * should have taken place under it. Two queries whatever the scope.
 */
@Component
class MeetingPlanTasks implements TaskProvider {

	private final MeetingPlanRepository plans;

	private final DirectoryManagement directory;

	private final RussianFormat format;

	MeetingPlanTasks(MeetingPlanRepository plans, DirectoryManagement directory, RussianFormat format) {
		this.plans = plans;
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
		int year = today.getYear();
		Set<Long> agreed = this.plans.findByMunicipalityIdInAndYearAndStatus(officerOf, year, MeetingPlanStatus.AGREED)
			.stream()
			.map(MeetingPlan::getMunicipalityId)
			.collect(Collectors.toSet());
		LocalDate due = new Quarter(year, 1).lastDay();
		String concerns = this.format.text("meetingplans.tasks.concerns");
		List<Task> tasks = new ArrayList<>();
		for (MunicipalityRef municipality : this.directory.municipalities()) {
			if (!municipality.active() || !officerOf.contains(municipality.id())
					|| agreed.contains(municipality.id())) {
				continue;
			}
			String title = officerOf.size() > 1
					? this.format.text("meetingplans.tasks.agree.in", String.valueOf(year), municipality.name())
					: this.format.text("meetingplans.tasks.agree", String.valueOf(year));
			tasks.add(Task.due("meetingplans.agree", concerns, title, due,
					"/municipalities/" + municipality.id() + "/meetings", today));
		}
		return tasks;
	}

}

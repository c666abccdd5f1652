package ru.nko.platform.cabinet;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Failed file imports in the cabinet of the person who ran them: each import that failed
 * within the last hour, until its page is opened (the jobs live in this node's memory).
 */
@Component
class ImportTasks implements TaskProvider {

	private final ImportJobs jobs;

	private final RussianFormat format;

	ImportTasks(ImportJobs jobs, RussianFormat format) {
		this.jobs = jobs;
		this.format = format;
	}

	@Override
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		String concerns = this.format.text("imports.tasks.concerns");
		return this.jobs.failed(user.getUsername())
			.stream()
			.filter(job -> job.url() != null)
			.limit(LIMIT)
			.map(job -> Task.due("imports.failed", concerns,
					this.format.text("imports.tasks.failed", job.fileName() == null ? "" : job.fileName()), today,
					job.url(), today))
			.toList();
	}

}

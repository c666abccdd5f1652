package ru.nko.platform.notifications;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Failed e-mails in the administrator's cabinet: one task counting the letters given up
 * on, until each is sent again (or the list is empty).
 */
@Component
class OutboxTasks implements TaskProvider {

	private final OutboxRepository messages;

	private final RussianFormat format;

	OutboxTasks(OutboxRepository messages, RussianFormat format) {
		this.messages = messages;
		this.format = format;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		if (!user.isAdmin()) {
			return List.of();
		}
		long failed = this.messages.countByStatus(OutboxStatus.FAILED);
		if (failed == 0) {
			return List.of();
		}
		return List.of(Task.open("notifications.failed", this.format.text("outbox.tasks.concerns"),
				this.format.plural("outbox.tasks.failed", failed), "/admin/outbox?status=" + OutboxStatus.FAILED));
	}

}

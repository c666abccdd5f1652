package ru.nko.platform.notifications;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.system.ListFilters;

/**
 * The administrator's outbox page: the list with filters and counts, a message, sending a
 * failed one again.
 */
@Controller
class OutboxController {

	private final OutboxAdministration outbox;

	OutboxController(OutboxAdministration outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String list(ListQuery query, @RequestParam(defaultValue = "1") int page, Model model) {
		OutboxAdministration.Filter filter = query.filter();
		Page<OutboxAdministration.MessageView> result = this.outbox.list(filter, page);
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("statuses", OutboxStatus.values());
		model.addAttribute("mailConfigured", this.outbox.mailServerConfigured());
		model.addAttribute("pageUrl", ListFilters.currentWithoutPage());
		return "notifications/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String message(@PathVariable long id, Model model) {
		model.addAttribute("detail", this.outbox.detail(id));
		model.addAttribute("mailConfigured", this.outbox.mailServerConfigured());
		return "notifications/outbox-message";
	}

	@PostMapping("/admin/outbox/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", this.outbox.resend(id) ? "outbox.resent" : "outbox.notFailed");
		return "redirect:/admin/outbox/" + id;
	}

	/** An unknown status in the address means "any", as if none were given. */
	/**
	 * The list's filters as the address gives them; a value that cannot be read is
	 * ignored.
	 */
	record ListQuery(String status, String topic, String recipient) {

		OutboxAdministration.Filter filter() {
			return new OutboxAdministration.Filter(ListFilters.option(OutboxStatus.class, this.status), this.topic,
					this.recipient);
		}
	}

}

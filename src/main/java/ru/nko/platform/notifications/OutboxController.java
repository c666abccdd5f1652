package ru.nko.platform.notifications;

import java.util.Arrays;

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
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String recipient, @RequestParam(defaultValue = "1") int page, Model model) {
		OutboxAdministration.Filter filter = new OutboxAdministration.Filter(status(status), topic, recipient);
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
	private static OutboxStatus status(String text) {
		return Arrays.stream(OutboxStatus.values()).filter(s -> s.name().equals(text)).findFirst().orElse(null);
	}

	/** The list's address with its filters, for the pager to add a page number to. */

}

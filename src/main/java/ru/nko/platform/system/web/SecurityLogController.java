package ru.nko.platform.system.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nko.platform.system.audit.SecurityEventRepository;

/** The security log for administrators: sign-ins, refusals, role changes, newest first. */
@Controller
class SecurityLogController {

	static final int PAGE_SIZE = 50;

	private final SecurityEventRepository events;

	SecurityLogController(SecurityEventRepository events) {
		this.events = events;
	}

	/** Page numbers in the address start at 1, as people count. */
	@GetMapping("/admin/security-log")
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	String log(@RequestParam(defaultValue = "1") int page, Model model) {
		// newest first in the order they were written (the log is append-only, so ids follow time)
		PageRequest request = PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"));
		model.addAttribute("page", this.events.findAll(request));
		return "system/security-log";
	}
}

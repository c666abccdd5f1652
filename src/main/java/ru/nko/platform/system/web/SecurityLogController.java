package ru.nko.platform.system.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.audit.SecurityEvent;
import ru.nko.platform.system.audit.SecurityEventLog;
import ru.nko.platform.system.audit.SecurityEventRepository;
import ru.nko.platform.system.audit.SignInFailure;

/**
 * The security log for administrators: sign-ins, refusals, role changes, newest first.
 */
@Controller
class SecurityLogController {

	static final int PAGE_SIZE = 50;

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final SecurityEventRepository events;

	private final MessageSource messages;

	SecurityLogController(SecurityEventRepository events, MessageSource messages) {
		this.events = events;
		this.messages = messages;
	}

	/** One line of the log as the page shows it. */
	record Line(Instant occurredAt, SecurityEventLog.Kind kind, String username, String remoteAddr, String detail) {
	}

	/** Page numbers in the address start at 1, as people count. */
	@GetMapping("/admin/security-log")
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	String log(@RequestParam(defaultValue = "1") int page, Model model) {
		// newest first in the order they were written (the log is append-only, so ids
		// follow time)
		PageRequest request = ListFilters.page(page, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"));
		model.addAttribute("page", this.events.findAll(request).map(this::line));
		return "system/security-log";
	}

	private Line line(SecurityEvent event) {
		return new Line(event.getOccurredAt(), event.getKind(), event.getUsername(), event.getRemoteAddr(),
				detail(event));
	}

	/**
	 * A failed sign-in's reason in Russian, whether stored as a code or, in older rows,
	 * as an exception's class name.
	 */
	private String detail(SecurityEvent event) {
		if (event.getKind() != SecurityEventLog.Kind.LOGIN_FAILED || event.getDetail() == null) {
			return event.getDetail();
		}
		return Arrays.stream(event.getDetail().split("; "))
			.map(part -> SignInFailure.fromStored(part)
				.map(reason -> this.messages.getMessage("security.reason." + reason.name(), null, RU))
				.orElse(part))
			.collect(Collectors.joining("; "));
	}

}

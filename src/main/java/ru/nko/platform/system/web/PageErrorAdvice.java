package ru.nko.platform.system.web;

import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.audit.SecurityEventLog;

/** Turns refusals from services into Russian error pages on HTML pages. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private final SecurityEventLog securityLog;

	private final ApiProblems problems;

	PageErrorAdvice(SecurityEventLog securityLog, ApiProblems problems) {
		this.securityLog = securityLog;
		this.problems = problems;
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFound ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler(AccessDenied.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(AccessDenied ex, Model model) {
		this.securityLog.record(SecurityEventLog.Kind.ACCESS_DENIED,
				CurrentUser.get().map(u -> u.getUsername()).orElse(null), ex.getMessage());
		model.addAttribute("message", ex.getMessage());
		return "error/403";
	}

	/**
	 * Wrong parameters of a page that has no form to show them in (a quarter that does
	 * not exist, say).
	 */
	@ExceptionHandler(InvalidInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInput ex, Model model) {
		model.addAttribute("message",
				ex.errors().stream().map(InvalidInput.FieldError::message).collect(Collectors.joining(" ")));
		return "error/400";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	String tooLarge(Model model) {
		model.addAttribute("message", this.problems.detail(HttpStatus.CONTENT_TOO_LARGE));
		return "error/413";
	}

}

package ru.nko.platform.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.WebUtils;

import ru.nko.platform.system.CurrentUser;

/**
 * What the layout needs on every page: who is signed in and whether the large-print
 * version is on.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.get().orElse(null);
	}

	@ModelAttribute("lowVision")
	boolean lowVision(HttpServletRequest request) {
		var cookie = WebUtils.getCookie(request, AccessibilityController.COOKIE);
		return cookie != null && "on".equals(cookie.getValue());
	}

	@ModelAttribute("vision")
	VisionSettings vision(HttpServletRequest request) {
		var cookie = WebUtils.getCookie(request, AccessibilityController.SETTINGS_COOKIE);
		return VisionSettings.parse(cookie == null ? null : cookie.getValue());
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}

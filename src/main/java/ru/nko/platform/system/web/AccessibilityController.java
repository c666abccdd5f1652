package ru.nko.platform.system.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Switches the version for the visually impaired (large print, high contrast) on and off.
 */
@Controller
class AccessibilityController {

	static final String COOKIE = "nko-low-vision";

	@GetMapping("/accessibility/low-vision")
	RedirectView toggle(@RequestParam(defaultValue = "on") String mode, @RequestParam(defaultValue = "/") String back,
			HttpServletResponse response) {
		Cookie cookie = new Cookie(COOKIE, "on".equals(mode) ? "on" : "off");
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		// back to the page the visitor was on: a local path only, taken literally (no URI
		// templates)
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& back.chars().noneMatch(Character::isISOControl);
		RedirectView redirect = new RedirectView(local ? back : "/", true);
		redirect.setExpandUriTemplateVariables(false);
		return redirect;
	}

}

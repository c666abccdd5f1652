package ru.nko.platform.system.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Switches the version for the visually impaired (large print, high contrast) on and off. */
@Controller
class AccessibilityController {

	static final String COOKIE = "nko-low-vision";

	@GetMapping("/accessibility/low-vision")
	String toggle(@RequestParam(defaultValue = "on") String mode, @RequestParam(defaultValue = "/") String back,
			HttpServletResponse response) {
		Cookie cookie = new Cookie(COOKIE, "on".equals(mode) ? "on" : "off");
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		String target = back.startsWith("/") && !back.startsWith("//") ? back : "/";
		return "redirect:" + target;
	}
}

package ru.nko.platform.system.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Switches the version for the visually impaired (large print, high contrast) on and off,
 * and keeps its settings (size, colours, spacing, images).
 */
@Controller
class AccessibilityController {

	static final String COOKIE = "nko-low-vision";

	static final String SETTINGS_COOKIE = "nko-vision";

	@GetMapping("/accessibility/low-vision")
	RedirectView toggle(@RequestParam(defaultValue = "on") String mode, @RequestParam(defaultValue = "/") String back,
			HttpServletResponse response) {
		keep(response, COOKIE, "on".equals(mode) ? "on" : "off");
		return back(back);
	}

	/**
	 * Applies the settings (and turns the version on); unknown values fall back to the
	 * defaults.
	 */
	@GetMapping("/accessibility/settings")
	RedirectView settings(@RequestParam(required = false) String size, @RequestParam(required = false) String scheme,
			@RequestParam(required = false) String spacing, @RequestParam(defaultValue = "on") String images,
			@RequestParam(defaultValue = "/") String back, HttpServletResponse response) {
		keep(response, COOKIE, "on");
		keep(response, SETTINGS_COOKIE, new VisionSettings(size, scheme, spacing, !"off".equals(images)).value());
		return back(back);
	}

	private static void keep(HttpServletResponse response, String name, String value) {
		Cookie cookie = new Cookie(name, value);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private static RedirectView back(String back) {
		// back to the page the visitor was on: a local path only, taken literally (no URI
		// templates)
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& back.chars().noneMatch(Character::isISOControl);
		RedirectView redirect = new RedirectView(local ? back : "/", true);
		redirect.setExpandUriTemplateVariables(false);
		return redirect;
	}

}

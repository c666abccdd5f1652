package ru.nko.platform.system.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The Russian page for a page request the security rules refused (the API answers with a
 * problem instead).
 */
@Controller
class AccessDeniedPageController {

	@RequestMapping("/access-denied")
	String denied(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "error/403";
	}

}

package ru.nko.platform.system.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.nko.platform.system.security.SignInThrottled;

/** The sign-in page; after too many failed attempts it says when to try again. */
@Controller
class LoginController {

	private final Clock clock;

	LoginController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (request.getParameter("throttled") != null && session != null
				&& session.getAttribute(SignInThrottled.PAUSED_UNTIL) instanceof Instant pausedUntil) {
			Duration left = Duration.between(this.clock.instant(), pausedUntil);
			if (!left.isNegative() && !left.isZero()) {
				model.addAttribute("pausedUntil", pausedUntil);
				model.addAttribute("pauseMinutes", (left.toMillis() + 59_999) / 60_000);
			}
		}
		return "system/login";
	}

}

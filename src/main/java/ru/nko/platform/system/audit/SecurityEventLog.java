package ru.nko.platform.system.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.nko.platform.system.CurrentUser;

/**
 * Writes sign-ins, failed sign-ins, denied access and role changes to the append-only
 * security log.
 */
@Component
public class SecurityEventLog {

	/** What happened. */
	public enum Kind {

		LOGIN, LOGIN_FAILED, ACCESS_DENIED, ROLE_GRANTED, ROLE_REVOKED, USER_ENABLED, USER_DISABLED,
		PERSONAL_DATA_VIEWED, PASSWORD_CHANGED

	}

	private final SecurityEventRepository events;

	private final Clock clock;

	SecurityEventLog(SecurityEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** Records an event about a subject user; the actor is the signed-in user, if any. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(Kind kind, String subject, String detail) {
		String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse(null);
		String text = actor == null || actor.equals(subject) ? detail
				: "кем: " + actor + (detail == null ? "" : "; " + detail);
		this.events.save(new SecurityEvent(this.clock.instant(), kind, subject, remoteAddress(), text));
	}

	/**
	 * Sign-ins through the login page; API calls with HTTP Basic authenticate on every
	 * request and are not logged as sign-ins.
	 */
	@EventListener
	void onSuccess(InteractiveAuthenticationSuccessEvent event) {
		record(Kind.LOGIN, event.getAuthentication().getName(), null);
	}

	/**
	 * The reason is stored as a {@link SignInFailure} code, shown in Russian on the
	 * security log page.
	 */
	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		record(Kind.LOGIN_FAILED, String.valueOf(event.getAuthentication().getName()),
				SignInFailure.of(event.getException()).name());
	}

	@EventListener
	void onDenied(AuthorizationDeniedEvent<?> event) {
		var authentication = event.getAuthentication().get();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			record(Kind.ACCESS_DENIED, authentication.getName(), deniedWhere(event.getSource()));
		}
	}

	/**
	 * What was refused, as an administrator reads it: the request (a service's refusal
	 * names the request that led to it), never a class name; "без запроса" for work that
	 * no page started.
	 */
	static String deniedWhere(Object source) {
		if (source instanceof HttpServletRequest request) {
			return request.getMethod() + " " + request.getRequestURI();
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI();
		}
		return "без запроса";
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}

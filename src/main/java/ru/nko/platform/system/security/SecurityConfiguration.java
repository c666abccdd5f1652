package ru.nko.platform.system.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ru.nko.platform.shared.files.UploadLimits;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.web.ApiProblems;

/**
 * Who may open what: public pages for guests, form login for pages, HTTP Basic also on
 * the API, CSRF for every browser form. Finer rules (scopes) are checked in the services.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/roadmaps/**", "/measures/**", "/dashboard", "/login", "/error",
			"/accessibility/**", "/organizations", "/organizations/*", "/organizations/*/documents/*", "/interaction",
			"/officials", "/officials/acts/*", "/meetings", "/meetings/*", "/meetings/*/documents/*",
			"/meetings/*/minutes-file", "/municipalities/*/meetings", "/municipalities/*/meetings.ics",
			"/meeting-plans/*/file", "/problems", "/problems/*", "/problems/similar", "/municipalities/*/problems",
			"/plans", "/plans/*/approval", "/plan-items/*", "/municipalities/*/plan", "/municipalities/*/plan.pdf",
			"/municipalities/*/plan.xlsx", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
			"/actuator/health", "/fortunes", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	static final String[] SIGNED_IN_PAGES = { "/problems/new", "/problems/export.xlsx", "/meetings/new" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiProblems problems, UploadLimits limits,
			RussianFormat format, Clock clock,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping pages) throws Exception {
		AuthenticationEntryPoint unauthorizedProblem = (request, response, exception) -> {
			if (exception instanceof SignInThrottled throttled) {
				pausedProblem(problems, format, response, Duration.between(clock.instant(), throttled.pausedUntil()));
			}
			else {
				unauthorized(problems, response);
			}
		};
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		// CSRF is skipped only for API clients that send credentials and no session
		// cookie: a browser with a
		// session (or with Basic credentials it was tricked into caching) still needs the
		// token
		RequestMatcher basicApiCall = request -> api.matches(request) && request.getHeader("Authorization") != null
				&& request.getRequestedSessionId() == null;
		http.authorizeHttpRequests(requests -> requests
			// pages under public patterns that only signed-in people use (the services
			// check the role as well)
			.requestMatchers(HttpMethod.GET, SIGNED_IN_PAGES)
			.authenticated()
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/login", "/error", "/register", "/access-denied")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/roadmaps", "/api/v1/municipalities", "/api/v1/roadmaps/*",
					"/api/v1/roadmaps/*/indicators", "/api/v1/indicator-providers", "/api/v1/organizations",
					"/api/v1/organizations/*", "/api/v1/problems", "/api/v1/problems/*", "/api/v1/meetings",
					"/api/v1/meetings/*")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("REGIONAL_ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/cabinet", false)
				.permitAll()
				.failureHandler(SecurityConfiguration::signInFailed))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorizedProblem))
			.csrf(csrf -> csrf.ignoringRequestMatchers(basicApiCall))
			.exceptionHandling(
					exceptions -> exceptions.defaultAuthenticationEntryPointFor(unauthorizedProblem, api)
						.defaultAuthenticationEntryPointFor(signInOrNotFound(pages), request -> true)
						.defaultAccessDeniedHandlerFor(uploadTooLargeFirst(
								(request, response, denied) -> apiAccessDenied(problems, response), limits), api)
						// pages: the Russian 403 page, not the API's problem JSON
						.defaultAccessDeniedHandlerFor(uploadTooLargeFirst(pageAccessDenied(), limits),
								request -> true))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: https:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
		return http.build();
	}

	/**
	 * A guest asking for a page that needs signing in is sent to sign in; one asking for
	 * an address no page answers gets the Russian 404 page, as a signed-in person would.
	 */
	private static AuthenticationEntryPoint signInOrNotFound(RequestMappingHandlerMapping pages) {
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if (answered(pages, request)) {
				signIn.commence(request, response, exception);
			}
			else {
				response.sendError(HttpStatus.NOT_FOUND.value());
			}
		};
	}

	private static boolean answered(RequestMappingHandlerMapping pages, HttpServletRequest request) {
		try {
			return pages.getHandler(request) != null;
		}
		catch (Exception ex) {
			// the address exists, only not for this method or these headers
			return true;
		}
	}

	private static AccessDeniedHandler pageAccessDenied() {
		AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
		handler.setErrorPage("/access-denied");
		return handler;
	}

	/**
	 * A form posted with a file over the upload limit fails the CSRF check only because
	 * the server would not read the body that holds the token: it is answered as too
	 * large (the Russian 413 page or problem), not as a denial.
	 */
	private static AccessDeniedHandler uploadTooLargeFirst(AccessDeniedHandler handler, UploadLimits limits) {
		return (request, response, denied) -> {
			if (denied instanceof CsrfException && uploadOverLimit(request, limits)) {
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			}
			else {
				handler.handle(request, response, denied);
			}
		};
	}

	private static boolean uploadOverLimit(HttpServletRequest request, UploadLimits limits) {
		return new StandardServletMultipartResolver().isMultipart(request) && limits.exceeded(request);
	}

	/**
	 * Failed sign-ins of every kind reach the security log, a refused paused address
	 * among them.
	 */
	@Bean
	DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setAdditionalExceptionMappings(Map.of(SignInThrottled.class, AuthenticationFailureLockedEvent.class));
		publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		return publisher;
	}

	/**
	 * Back to the login page, which says what went wrong; only a pause's end is kept in
	 * the session (the exception itself would carry the typed password into the session
	 * table).
	 */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof SignInThrottled throttled) {
			request.getSession().setAttribute(SignInThrottled.PAUSED_UNTIL, throttled.pausedUntil());
			response.sendRedirect(request.getContextPath() + "/login?throttled");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?error");
		}
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No WWW-Authenticate challenge: browsers would prompt for and then cache Basic
	 * credentials.
	 */
	private static void unauthorized(ApiProblems problems, HttpServletResponse response) throws IOException {
		problems.write(response, problems.of(HttpStatus.UNAUTHORIZED));
	}

	/**
	 * An API client whose address is paused after failed sign-ins: 429 with Retry-After.
	 */
	private static void pausedProblem(ApiProblems problems, RussianFormat format, HttpServletResponse response,
			Duration left) throws IOException {
		long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
		long minutes = (seconds + 59) / 60;
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		problems.write(response, problems.explained(HttpStatus.TOO_MANY_REQUESTS, "throttled",
				format.plural("login.throttled.minutes", minutes)));
	}

	/**
	 * Nobody signed in (e.g. an API call stopped by CSRF before authentication) gets 401,
	 * a signed-in user 403.
	 */
	private static void apiAccessDenied(ApiProblems problems, HttpServletResponse response) throws IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || new AuthenticationTrustResolverImpl().isAnonymous(authentication)) {
			unauthorized(problems, response);
		}
		else {
			problems.write(response, problems.of(HttpStatus.FORBIDDEN));
		}
	}

}

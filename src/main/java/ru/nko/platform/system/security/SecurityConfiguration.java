package ru.nko.platform.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what: public pages for guests, form login for pages, HTTP Basic also on the API,
 * CSRF for every browser form. Finer rules (scopes) are checked in the services.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/roadmaps/**", "/measures/**", "/dashboard", "/login", "/error",
			"/accessibility/**", "/organizations", "/organizations/*", "/organizations/*/documents/*", "/interaction", "/officials", "/officials/acts/*",
			"/meetings", "/meetings/*", "/meetings/*/documents/*", "/meetings/*/minutes-file", "/municipalities/*/meetings", "/municipalities/*/meetings.ics", "/meeting-plans/*/file",
			"/problems", "/problems/*", "/problems/similar", "/municipalities/*/problems",
			"/plans", "/plans/*/approval", "/plan-items/*", "/municipalities/*/plan", "/municipalities/*/plan.pdf", "/municipalities/*/plan.xlsx", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	static final String[] SIGNED_IN_PAGES = { "/problems/new", "/problems/export.xlsx", "/meetings/new" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		// CSRF is skipped only for API clients that send credentials and no session cookie: a browser with a
		// session (or with Basic credentials it was tricked into caching) still needs the token
		RequestMatcher basicApiCall = request -> api.matches(request) && request.getHeader("Authorization") != null
				&& request.getRequestedSessionId() == null;
		http.authorizeHttpRequests(requests -> requests
			// pages under public patterns that only signed-in people use (the services check the role as well)
			.requestMatchers(HttpMethod.GET, SIGNED_IN_PAGES).authenticated()
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
			.requestMatchers("/login", "/error", "/register", "/access-denied").permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/roadmaps", "/api/v1/municipalities", "/api/v1/roadmaps/*", "/api/v1/roadmaps/*/indicators",
					"/api/v1/indicator-providers", "/api/v1/organizations", "/api/v1/organizations/*",
					"/api/v1/problems", "/api/v1/problems/*",
					"/api/v1/meetings", "/api/v1/meetings/*").permitAll()
			.requestMatchers("/admin/**").hasRole("REGIONAL_ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
				.failureHandler(new org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler() {
					{
						setDefaultFailureUrl("/login?error");
						setExceptionMappings(java.util.Map.of(org.springframework.security.authentication.LockedException.class.getName(), "/login?locked"));
					}
				}))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorizedProblem))
			.csrf(csrf -> csrf.ignoringRequestMatchers(basicApiCall))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(SecurityConfiguration::unauthorizedProblem, api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
				.defaultAccessDeniedHandlerFor(SecurityConfiguration::apiAccessDenied, api)
				// pages: the Russian 403 page, not the API's problem JSON
				.defaultAccessDeniedHandlerFor(pageAccessDenied(), request -> true))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: https:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
		return http.build();
	}

	private static org.springframework.security.web.access.AccessDeniedHandler pageAccessDenied() {
		org.springframework.security.web.access.AccessDeniedHandlerImpl handler = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
		handler.setErrorPage("/access-denied");
		return handler;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static void unauthorizedProblem(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException exception) throws IOException {
		// no WWW-Authenticate challenge: browsers would prompt for and then cache Basic credentials
		writeProblem(response, HttpStatus.UNAUTHORIZED, "Требуется вход",
				"Войдите в систему: передайте логин и пароль (HTTP Basic) или войдите через страницу входа.");
	}

	/** Nobody signed in (e.g. an API call stopped by CSRF before authentication) gets 401, a signed-in user 403. */
	private static void apiAccessDenied(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException denied) throws IOException {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || new org.springframework.security.authentication.AuthenticationTrustResolverImpl().isAnonymous(authentication)) {
			unauthorizedProblem(request, response, null);
		}
		else {
			forbiddenProblem(response);
		}
	}

	private static void forbiddenProblem(HttpServletResponse response) throws IOException {
		writeProblem(response, HttpStatus.FORBIDDEN, "Доступ запрещён", "У вас нет прав на это действие.");
	}

	static void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + detail + "\"}");
	}
}

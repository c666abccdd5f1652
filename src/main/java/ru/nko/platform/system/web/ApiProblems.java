package ru.nko.platform.system.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import ru.nko.platform.shared.files.UploadLimits;

/**
 * RFC 9457 problem details for every refusal of the REST API, titled and explained in
 * Russian from the message bundle ({@code api.problem.<status>.title|detail}); used by
 * the controller advice, the error dispatch and the security filters alike.
 */
@Component
public class ApiProblems {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final MessageSource messages;

	private final JsonMapper json;

	private final UploadLimits uploadLimits;

	ApiProblems(MessageSource messages, JsonMapper json, UploadLimits uploadLimits) {
		this.messages = messages;
		this.json = json;
		this.uploadLimits = uploadLimits;
	}

	/**
	 * Whether the request (or, on the error dispatch, the request that failed) is a call
	 * of the API.
	 */
	public static boolean isApi(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String original ? original : request.getRequestURI();
		return uri != null && uri.startsWith(request.getContextPath() + "/api/");
	}

	/** The problem with the status's own Russian title and explanation. */
	public ProblemDetail of(HttpStatusCode status) {
		return of(status, detail(status));
	}

	/**
	 * The problem with the status's Russian title and a detail already in Russian (a
	 * service's refusal, say).
	 */
	public ProblemDetail of(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text(status, "title"));
		return problem;
	}

	/**
	 * The problem with the status's Russian title and the detail from the bundle under
	 * {@code api.problem.<key>}.
	 */
	public ProblemDetail explained(HttpStatusCode status, String key, Object... arguments) {
		return of(status, this.messages.getMessage("api.problem." + key, arguments, RU));
	}

	/**
	 * The Russian explanation of a status, e.g. for an error page that has no text of its
	 * own; "too large" names the limit of the address the upload was sent to.
	 */
	public String detail(HttpStatusCode status) {
		if (status.value() == 413) {
			return this.messages.getMessage("api.problem.413.detail",
					new Object[] { String.valueOf(this.uploadLimits.maxFileSize().toMegabytes()) }, RU);
		}
		return text(status, "detail");
	}

	/**
	 * Writes the problem as {@code application/problem+json}, for answers given outside a
	 * controller.
	 */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), asMap(problem));
	}

	/**
	 * The problem's members in the order RFC 9457 lists them, extension members last (as
	 * Spring writes a {@link ProblemDetail}).
	 */
	Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		if (problem.getType() != null) {
			members.put("type", problem.getType().toString());
		}
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

	private String text(HttpStatusCode status, String part) {
		String fallback = this.messages
			.getMessage("api.problem." + (status.is5xxServerError() ? "5xx." : "4xx.") + part, null, RU);
		return this.messages.getMessage("api.problem." + status.value() + "." + part, null, fallback, RU);
	}

}

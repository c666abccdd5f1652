package ru.nko.platform.system.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.BadRequest;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.audit.SecurityEventLog;

/**
 * RFC 9457 problem details with a Russian {@code detail} for every refusal a REST
 * controller meets (see {@link ApiProblems}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

	private final SecurityEventLog securityLog;

	private final ApiProblems problems;

	ApiErrorAdvice(SecurityEventLog securityLog, ApiProblems problems) {
		this.securityLog = securityLog;
		this.problems = problems;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return this.problems.of(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(AccessDenied.class)
	ProblemDetail denied(AccessDenied ex) {
		this.securityLog.record(SecurityEventLog.Kind.ACCESS_DENIED,
				CurrentUser.get().map(CurrentUser::getUsername).orElse(null), ex.getMessage());
		return this.problems.of(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		ProblemDetail problem = this.problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		List<Map<String, String>> errors = ex.errors()
			.stream()
			.map(error -> Map.of("field", error.field() == null ? "" : error.field(), "message", error.message()))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
	ProblemDetail missing(Exception ex) {
		String name = ex instanceof MissingServletRequestParameterException p ? p.getParameterName()
				: ((MissingServletRequestPartException) ex).getRequestPartName();
		return this.problems.explained(HttpStatus.BAD_REQUEST, "missingParameter", name);
	}

	@ExceptionHandler(BadRequest.class)
	ProblemDetail badRequest(BadRequest ex) {
		return this.problems.of(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return this.problems.explained(HttpStatus.BAD_REQUEST, "badParameter", ex.getName());
	}

	/** A body that is not JSON at all, or not of the expected shape. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable() {
		return this.problems.explained(HttpStatus.BAD_REQUEST, "unreadableBody");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge() {
		return this.problems.of(HttpStatus.CONTENT_TOO_LARGE);
	}

	/**
	 * Everything else: framework refusals keep their status with a Russian text; real
	 * failures are 500 and logged.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex; // the security filter answers these (401 or 403)
		}
		if (ex instanceof ErrorResponse response) {
			return this.problems.of(response.getStatusCode());
		}
		log.error("API request failed", ex);
		return this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}

package ru.nko.platform.system.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

/** RFC 9457 problem details with a Russian {@code detail} for every refusal of the REST API. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiErrorAdvice.class);

	private final SecurityEventLog securityLog;

	ApiErrorAdvice(SecurityEventLog securityLog) {
		this.securityLog = securityLog;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "Не найдено", ex.getMessage());
	}

	@ExceptionHandler(AccessDenied.class)
	ProblemDetail denied(AccessDenied ex) {
		this.securityLog.record(SecurityEventLog.Kind.ACCESS_DENIED, CurrentUser.get().map(CurrentUser::getUsername).orElse(null),
				ex.getMessage());
		return problem(HttpStatus.FORBIDDEN, "Доступ запрещён", ex.getMessage());
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Данные не приняты", ex.getMessage());
		List<Map<String, String>> errors = ex.errors().stream()
			.map(error -> Map.of("field", error.field() == null ? "" : error.field(), "message", error.message()))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
	ProblemDetail missing(Exception ex) {
		String name = ex instanceof MissingServletRequestParameterException p ? p.getParameterName()
				: ((MissingServletRequestPartException) ex).getRequestPartName();
		return problem(HttpStatus.BAD_REQUEST, "Неполный запрос", "Не передан параметр «" + name + "».");
	}

	@ExceptionHandler(BadRequest.class)
	ProblemDetail badRequest(BadRequest ex) {
		return problem(HttpStatus.BAD_REQUEST, "Неверный запрос", ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Неверный запрос", "Параметр «" + ex.getName() + "» имеет неверное значение.");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge() {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Файл слишком большой", "Можно загрузить файл не больше 25 МБ.");
	}

	/** Everything else: framework refusals keep their status with a Russian text; real failures are 500 and logged. */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex; // the security filter answers these (401 or 403)
		}
		if (ex instanceof org.springframework.web.ErrorResponse response) {
			HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
			String detail = switch (status) {
				case NOT_FOUND -> "Такого адреса в API нет.";
				case METHOD_NOT_ALLOWED -> "Этот метод HTTP здесь не поддерживается.";
				case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> "Этот формат данных здесь не поддерживается.";
				default -> "Запрос не может быть выполнен: проверьте его параметры.";
			};
			return problem(status, "Запрос не выполнен", detail);
		}
		log.error("API request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка",
				"Что-то пошло не так. Повторите запрос позже; если ошибка повторится, сообщите администратору.");
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}

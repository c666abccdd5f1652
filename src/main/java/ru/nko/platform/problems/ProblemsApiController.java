package ru.nko.platform.problems;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nko.platform.system.ListFilters;

/**
 * Problems of NGOs over REST: public ones for everyone, more within the caller's scope;
 * recording a new one.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Проблемы НКО",
		description = "Проблемы некоммерческих организаций в муниципальных образованиях (мероприятие 1.1)")
class ProblemsApiController {

	static final int MAX_SIZE = 100;

	private final ProblemQueries queries;

	private final ProblemWork work;

	ProblemsApiController(ProblemQueries queries, ProblemWork work) {
		this.queries = queries;
		this.work = work;
	}

	record ProblemJson(long id, String title, String category, String categoryName, String status, long municipalityId,
			String municipality, Instant registeredAt, long supporters) {
	}

	/**
	 * A page of problems; {@code total} counts up to 1 000, and {@code totalCapped} says
	 * there are more.
	 */
	record ListJson(List<ProblemJson> items, long total, boolean totalCapped) {
	}

	record CardJson(long id, String title, String description, String category, String categoryName, String status,
			long municipalityId, String municipality, Instant registeredAt, long supporters) {
	}

	/**
	 * A new problem; organizationId may be left out (then an organisation of the caller
	 * in that municipality is taken).
	 */
	record NewProblemJson(String title, String description, String category, Long municipalityId, Long organizationId) {
	}

	@GetMapping("/problems")
	@Operation(summary = "Проблемы НКО",
			description = "Без входа — только опубликованные (принятые, включённые в план, решённые) проблемы, без персональных данных. "
					+ "Специалист ОМСУ видит также все проблемы своего муниципального образования, представитель НКО — проблемы своих "
					+ "организаций, администратор — все. Новые сверху. status: NEW, ACCEPTED, IN_PLAN, RESOLVED, REJECTED; "
					+ "страницы с 0, size не больше 100. total — сколько найдено, но не больше 1 000: если больше, "
					+ "totalCapped = true.")
	ListJson list(
			@Parameter(description = "Id муниципального образования") @RequestParam(required = false) Long municipality,
			@Parameter(description = "Статус: NEW, ACCEPTED, IN_PLAN, RESOLVED, REJECTED") @RequestParam(
					required = false) ProblemStatus status,
			@Parameter(
					description = "Код категории: PREMISES, FINANCE, INFORMATION, AUTHORITIES, STAFF, LEGAL, OTHER") @RequestParam(
							required = false) String category,
			@Parameter(description = "Номер страницы, с 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Размер страницы, от 1 до 100") @RequestParam(defaultValue = "20") int size) {
		Page<ProblemQueries.Row> result = this.queries.list(
				new ProblemQueries.Filter(municipality, status,
						category == null || category.isBlank() ? null : category.strip()),
				ListFilters.apiPage(page, size, MAX_SIZE));
		return new ListJson(result.getContent().stream().map(ProblemsApiController::json).toList(),
				Math.min(result.getTotalElements(), ListFilters.COUNT_CAP),
				result.getTotalElements() > ListFilters.COUNT_CAP);
	}

	@GetMapping("/problems/{id}")
	@Operation(summary = "Проблема НКО",
			description = "Опубликованная проблема видна всем; новая или отклонённая — организации-автору, специалистам ОМСУ "
					+ "её муниципального образования и администраторам. Имена людей и файлы через API не выдаются.")
	CardJson card(@PathVariable long id) {
		ProblemQueries.Card c = this.queries.card(id);
		return new CardJson(c.id(), c.title(), c.description(), c.categoryCode(), c.categoryName(), c.status().name(),
				c.municipalityId(), c.municipality(), c.registeredAt(), c.supporterCount());
	}

	@PostMapping(path = "/problems", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Сообщить о проблеме НКО",
			description = "Проблема регистрируется со статусом NEW и ждёт рассмотрения специалистом ОМСУ. category — код категории "
					+ "(PREMISES, FINANCE, INFORMATION, AUTHORITIES, STAFF, LEGAL, OTHER). Представитель НКО сообщает о проблемах "
					+ "в муниципальных образованиях, где находятся его организации (или от имени своей организации — organizationId), "
					+ "специалист ОМСУ — в своём муниципальном образовании; иначе 403. Ошибки в данных — 422 со списком errors "
					+ "(field, message).",
			responses = {
					@ApiResponse(responseCode = "201", description = "Проблема зарегистрирована; Location — её адрес"),
					@ApiResponse(responseCode = "401", description = "Не выполнен вход"),
					@ApiResponse(responseCode = "403",
							description = "Муниципальное образование вне области ответственности"),
					@ApiResponse(responseCode = "422", description = "Данные не приняты") })
	ResponseEntity<CardJson> record(@RequestBody NewProblemJson body) {
		Long organization = body.organizationId();
		if (organization == null && body.municipalityId() != null) {
			organization = this.queries.organizationIn(body.municipalityId());
		}
		long id = this.work.record(new ProblemWork.Form(body.title(), body.description(), body.category(),
				body.municipalityId(), organization), List.of());
		return ResponseEntity.created(URI.create("/api/v1/problems/" + id)).body(card(id));
	}

	/**
	 * A body that is not JSON of the expected shape: the same 422 problem details as
	 * other bad input.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Тело запроса должно быть JSON вида {\"title\", \"description\", \"category\", \"municipalityId\"}.");
		problem.setTitle("Данные не приняты");
		problem.setProperty("errors", List.of());
		return problem;
	}

	private static ProblemJson json(ProblemQueries.Row r) {
		return new ProblemJson(r.id(), r.title(), r.categoryCode(), r.categoryName(), r.status().name(),
				r.municipalityId(), r.municipality(), r.registeredAt(), r.supporters());
	}

}

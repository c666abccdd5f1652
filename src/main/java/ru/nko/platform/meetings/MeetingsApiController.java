package ru.nko.platform.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.system.BadRequest;
import ru.nko.platform.system.NotFound;

/**
 * Meetings over REST, all public: the calendar of meetings and a meeting's iCalendar
 * file.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Встречи НКО с органами власти",
		description = "Рабочие встречи НКО и администраций (мероприятия 1.3, 1.5) и встречи руководителей НКО с органами власти (7.3, 7.4)")
class MeetingsApiController {

	/** The longest period one request may ask for. */
	static final int MAX_YEARS = 2;

	private final Meetings meetings;

	private final DirectoryManagement directory;

	private final Clock clock;

	MeetingsApiController(Meetings meetings, DirectoryManagement directory, Clock clock) {
		this.meetings = meetings;
		this.directory = directory;
		this.clock = clock;
	}

	/** A meeting as the public sees it: no names of people, no registrations' details. */
	record MeetingJson(long id, Long municipalityId, String municipality, String type, String measure, String title,
			OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String onlineLink, String status,
			int registrations, int decisionsOpen, int decisionsOverdue, String url, String ics) {
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Встречи за период",
			description = "Встречи, которые начинаются в дни from–to включительно (по московскому времени), всех видов и статусов, "
					+ "от ранних к поздним; без municipality — всех муниципальных образований и региональные (municipalityId null). "
					+ "По умолчанию from — 90 дней назад, to — 180 дней вперёд; период не длиннее двух лет. "
					+ "type: WORKING (1.5), LEADERS_LOCAL (7.3), LEADERS_REGIONAL (7.4); status: PLANNED, HELD (состоялась, нет протокола), "
					+ "CLOSED (проведена, протокол есть), CANCELLED. Персональных данных нет.",
			responses = { @ApiResponse(responseCode = "200", description = "Список встреч"),
					@ApiResponse(responseCode = "400", description = "Неверные даты или слишком длинный период"),
					@ApiResponse(responseCode = "404", description = "Муниципальное образование не найдено") })
	List<MeetingJson> list(
			@Parameter(description = "Id муниципального образования") @RequestParam(required = false) Long municipality,
			@Parameter(description = "Первый день периода, ГГГГ-ММ-ДД") @RequestParam(required = false) String from,
			@Parameter(description = "Последний день периода, ГГГГ-ММ-ДД") @RequestParam(required = false) String to) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = date("from", from, today.minusDays(90));
		LocalDate last = date("to", to, today.plusDays(180));
		if (first.isAfter(last)) {
			throw new BadRequest("Дата from (" + first + ") позже даты to (" + last + ").");
		}
		if (first.plusYears(MAX_YEARS).isBefore(last)) {
			throw new BadRequest("Период длиннее двух лет (" + ChronoUnit.DAYS.between(first, last)
					+ " дн.): запросите его частями.");
		}
		Map<Long, String> names = this.directory.municipalities()
			.stream()
			.collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name));
		if (municipality != null && !names.containsKey(municipality)) {
			throw new NotFound("Муниципальное образование не найдено");
		}
		return this.meetings.between(municipality, first, last)
			.stream()
			.map(m -> new MeetingJson(m.id(), m.municipalityId(),
					m.municipalityId() == null ? null : names.get(m.municipalityId()), m.type().name(),
					m.type().measure(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.onlineLink(),
					m.status().name(), m.registrations(), m.decisionsOpen(), m.decisionsOverdue(),
					"/meetings/" + m.id(), "/api/v1/meetings/" + m.id() + ".ics"))
			.toList();
	}

	private static LocalDate date(String name, String text, LocalDate fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequest("Параметр " + name + " — дата в виде ГГГГ-ММ-ДД, например 2026-03-31; получено «"
					+ text.strip() + "».");
		}
	}

}

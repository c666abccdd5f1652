package ru.nko.platform.meetingcalendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.system.NotFound;

/**
 * The calendar files of meetings, public: a meeting's, on its page and in the API, and a
 * municipality's feed.
 */
@RestController
@Tag(name = "Встречи НКО с органами власти")
class MeetingCalendarController {

	private final MeetingCalendars calendars;

	private final DirectoryManagement directory;

	MeetingCalendarController(MeetingCalendars calendars, DirectoryManagement directory) {
		this.calendars = calendars;
		this.directory = directory;
	}

	@GetMapping({ "/meetings/{id:\\d+}.ics", "/api/v1/meetings/{id:\\d+}.ics" })
	@Operation(summary = "Встреча в формате iCalendar",
			description = "Файл .ics для календаря (text/calendar): время, место или ссылка, повестка; отменённая встреча помечена как отменённая.",
			responses = {
					@ApiResponse(responseCode = "200", description = "Файл iCalendar",
							content = @Content(mediaType = Downloads.CALENDAR)),
					@ApiResponse(responseCode = "404", description = "Встреча не найдена") })
	ResponseEntity<byte[]> meeting(@Parameter(description = "Id встречи") @PathVariable long id) {
		return Downloads.calendar(this.calendars.meeting(id), "meeting-" + id + ".ics");
	}

	@GetMapping("/municipalities/{id}/meetings.ics")
	@Operation(summary = "Встречи муниципального образования в формате iCalendar",
			description = "Подписка для календаря: встречи за последний год и предстоящие, отменённые помечены как отменённые.")
	ResponseEntity<byte[]> municipality(
			@Parameter(description = "Id муниципального образования") @PathVariable long id) {
		String name = this.directory.municipality(id)
			.map(MunicipalityRef::name)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
		return Downloads.calendar(this.calendars.municipality(id, name), "meetings-" + id + ".ics");
	}

}

package ru.nko.platform.compliance;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nko.platform.system.BadRequest;

/** The quarterly compliance matrix of working meetings over REST, public. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Встречи НКО с органами власти")
class ComplianceApiController {

	private final MeetingCompliance compliance;

	private final Clock clock;

	ComplianceApiController(MeetingCompliance compliance, Clock clock) {
		this.compliance = compliance;
		this.clock = clock;
	}

	/** One municipality's row of the compliance matrix. */
	record ComplianceJson(long municipalityId, String municipality, Map<String, String> quarters, String plan,
			int overdueDecisions) {
	}

	@GetMapping(path = "/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Соблюдение графика рабочих встреч по кварталам",
			description = "Для каждого действующего муниципального образования — статус каждого квартала года: HELD (прошла рабочая "
					+ "встреча с протоколом), PLANNED (квартал идёт или впереди, встреча назначена), MISSED (квартал закончился без "
					+ "встречи с протоколом), NONE (квартал идёт или впереди, встреча не назначена); plan — статус плана встреч на год "
					+ "(AGREED, DRAFT или null, если плана нет); overdueDecisions — решения встреч с истёкшим сроком на сегодня. "
					+ "Кварталы — по московскому времени. По умолчанию — текущий год.",
			responses = { @ApiResponse(responseCode = "200", description = "Строки по муниципальным образованиям"),
					@ApiResponse(responseCode = "400", description = "Год вне диапазона 2000–2100") })
	List<ComplianceJson> compliance(
			@Parameter(description = "Год, например 2026") @RequestParam(required = false) Integer year) {
		int shown = year == null ? ComplianceRules.today(this.clock).getYear() : year;
		if (shown < 2000 || shown > 2100) {
			throw new BadRequest("Год должен быть от 2000 до 2100.");
		}
		return this.compliance.matrix(shown).rows().stream().map(row -> {
			Map<String, String> quarters = new LinkedHashMap<>();
			row.quarters().forEach(cell -> quarters.put(String.valueOf(cell.quarter()), cell.status().name()));
			return new ComplianceJson(row.municipalityId(), row.municipality(), quarters,
					row.plan() == null ? null : row.plan().name(), row.overdueDecisions());
		}).toList();
	}

}

package ru.nko.platform.directory;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipalities of the region over REST. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Справочники")
class MunicipalityApiController {

	private final MunicipalityRepository municipalities;

	MunicipalityApiController(MunicipalityRepository municipalities) {
		this.municipalities = municipalities;
	}

	record MunicipalityJson(long id, String name, String oktmo) {
	}

	@GetMapping("/municipalities")
	@Operation(summary = "Муниципальные образования региона (действующие), в порядке справочника")
	List<MunicipalityJson> municipalities() {
		return this.municipalities.findAllByOrderByPositionAscNameAsc()
			.stream()
			.filter(Municipality::isActive)
			.map(m -> new MunicipalityJson(m.getId(), m.getName(), m.getOktmo()))
			.toList();
	}

}

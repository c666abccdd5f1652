package ru.nko.platform.openness;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An organisation's openness over REST, for its representatives and administrators. */
@RestController
@RequestMapping(path = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Информационная открытость")
class OpennessApiController {

	private final OpennessManagement openness;

	OpennessApiController(OpennessManagement openness) {
		this.openness = openness;
	}

	record CriterionJson(String code, String name, boolean met, boolean required, String advice) {
	}

	record OpennessJson(int score, OpennessLevel level, List<CriterionJson> criteria) {
	}

	@GetMapping("/{id}/openness")
	@Operation(summary = "Оценка информационной открытости организации: балл, уровень, критерии с советами",
			description = "Только представители организации и администраторы. level — LOW, BASIC, ADVANCED, EXEMPLARY.")
	OpennessJson openness(@PathVariable long id) {
		OpennessRules.Evaluation evaluation = this.openness.evaluation(id);
		return new OpennessJson(evaluation.score(), evaluation.level(),
				evaluation.results()
					.stream()
					.map(result -> new CriterionJson(result.code(), result.name(), result.met(), result.required(),
							result.advice()))
					.toList());
	}

}

package ru.nko.platform.roadmap;

import java.math.BigDecimal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.system.Forms;
import ru.nko.platform.system.InvalidInput;

/**
 * Indicators: the administrator's catalogue of providers and attachments; executors
 * entering values.
 */
@Controller
class IndicatorController {

	private final IndicatorService indicators;

	private final IndicatorCatalog catalog;

	private final RoadmapQueries queries;

	IndicatorController(IndicatorService indicators, IndicatorCatalog catalog, RoadmapQueries queries) {
		this.indicators = indicators;
		this.catalog = catalog;
		this.queries = queries;
	}

	@GetMapping("/admin/indicators")
	String catalogue(@RequestParam(required = false) Long roadmap, Model model) {
		var roadmaps = this.queries.roadmaps();
		model.addAttribute("providers", this.catalog.views());
		model.addAttribute("roadmaps", roadmaps);
		if (!roadmaps.isEmpty()) {
			long id = roadmap != null ? roadmap : this.queries.currentRoadmapId().orElseThrow();
			model.addAttribute("view", this.queries.roadmap(id));
		}
		model.addAttribute("directions", Indicator.Direction.values());
		return "roadmap/indicators";
	}

	@PostMapping("/admin/indicators/{id}/provider")
	String attach(@PathVariable long id, @RequestParam(required = false) String providerKey,
			RedirectAttributes redirect) {
		return Forms.submitOnPage(redirect, () -> this.indicators.attach(id, providerKey), "indicator.attached",
				"/admin/indicators#indicator-" + id);
	}

	@PostMapping("/admin/measures/{measureId}/indicators")
	String create(@PathVariable long measureId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String target,
			@RequestParam(required = false) Indicator.Direction direction, RedirectAttributes redirect) {
		return Forms.submitOnPage(redirect, () -> {
			BigDecimal value = parse(target);
			if (target != null && !target.isBlank() && value == null) {
				throw new InvalidInput("target", "Укажите целевое значение числом, например 100 или 12,5");
			}
			this.indicators.create(measureId, name, unit, value, direction);
		}, "indicator.created", "/admin/indicators#measure-" + measureId);
	}

	@PostMapping("/indicators/{id}/value")
	String enter(@PathVariable long id, @RequestParam long measureId, @RequestParam(required = false) String value,
			@RequestParam(required = false) String evidence, RedirectAttributes redirect) {
		return Forms.submitOnPage(redirect, () -> this.indicators.enter(id, parse(value), evidence),
				"indicator.entered", "/measures/" + measureId + "#indicators", (attributes, invalid) -> {
					attributes.addFlashAttribute("indicatorErrors", invalid.errors());
					attributes.addFlashAttribute("indicatorErrorId", id);
				});
	}

	/** A number as people type it: "12,5", "1 000", "75 %". */
	static BigDecimal parse(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.replaceAll("[\\s\\u00A0\\u202F%]", "").replace(',', '.');
		try {
			return cleaned.isEmpty() ? null : new BigDecimal(cleaned);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

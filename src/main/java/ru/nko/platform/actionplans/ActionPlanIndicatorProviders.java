package ru.nko.platform.actionplans;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nko.platform.roadmap.IndicatorProvider;

/** What municipal action plans measure for the roadmap: measure 1.2, municipalities whose plan for this year is approved. */
@Configuration
class ActionPlanIndicatorProviders {

	@Bean
	IndicatorProvider municipalitiesWithApprovedPlan(ActionPlans plans, Clock clock) {
		return IndicatorProvider.of("interaction.plans.approved",
				"Муниципальные образования с утверждённым планом мероприятий по решению проблем НКО на текущий или следующий год", "МО",
				context -> BigDecimal.valueOf(plans.approvedMunicipalities(LocalDate.now(clock).getYear())));
	}
}

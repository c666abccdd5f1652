package ru.nko.platform.actionplans;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nko.platform.roadmap.IndicatorInputsChanged;
import ru.nko.platform.roadmap.IndicatorProvider;

/**
 * What municipal action plans measure for the roadmap: measure 1.2, municipalities whose
 * plan for this year is approved. Words in {@code messages/actionplans.properties}.
 */
@Configuration
class ActionPlanIndicatorProviders {

	static final String APPROVED = "interaction.plans.approved";

	/** Published when a plan is approved. */
	static final IndicatorInputsChanged CHANGED = IndicatorInputsChanged.of(APPROVED);

	@Bean
	IndicatorProvider municipalitiesWithApprovedPlan(ActionPlans plans, Clock clock) {
		return IndicatorProvider.of(APPROVED,
				context -> BigDecimal.valueOf(plans.approvedMunicipalities(LocalDate.now(clock).getYear())));
	}

}

package ru.nko.platform.problems;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nko.platform.roadmap.IndicatorInputsChanged;
import ru.nko.platform.roadmap.IndicatorProvider;

/**
 * What problems of NGOs measure for the roadmap: measures 1.1 and 1.2, region totals;
 * words in {@code messages/problems.properties}.
 */
@Configuration
class ProblemIndicatorProviders {

	static final String REGISTERED = "interaction.problems.registered";

	static final String IN_PLAN = "interaction.problems.in-plan";

	static final String RESOLVED = "interaction.problems.resolved";

	/**
	 * Published whenever a problem is recorded or changes status: the three totals may
	 * move.
	 */
	static final IndicatorInputsChanged CHANGED = IndicatorInputsChanged.of(REGISTERED, IN_PLAN, RESOLVED);

	@Bean
	IndicatorProvider problemsRegistered(ProblemQueries problems) {
		return IndicatorProvider.of(REGISTERED, context -> BigDecimal.valueOf(problems.totals().registered()));
	}

	@Bean
	IndicatorProvider problemsInPlan(ProblemQueries problems) {
		return IndicatorProvider.of(IN_PLAN, context -> BigDecimal.valueOf(problems.totals().inPlan()));
	}

	@Bean
	IndicatorProvider problemsResolved(ProblemQueries problems) {
		return IndicatorProvider.of(RESOLVED, context -> BigDecimal.valueOf(problems.totals().resolved()));
	}

}

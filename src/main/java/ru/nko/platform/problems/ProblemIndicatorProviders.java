package ru.nko.platform.problems;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nko.platform.roadmap.IndicatorProvider;

/** What problems of NGOs measure for the roadmap: measures 1.1 and 1.2, region totals. */
@Configuration
class ProblemIndicatorProviders {

	static final String UNIT = "проблем";

	@Bean
	IndicatorProvider problemsRegistered(ProblemQueries problems) {
		return IndicatorProvider.of("interaction.problems.registered",
				"Проблемы НКО, зарегистрированные в муниципальных образованиях (кроме отклонённых)", UNIT,
				context -> BigDecimal.valueOf(problems.totals().registered()));
	}

	@Bean
	IndicatorProvider problemsInPlan(ProblemQueries problems) {
		return IndicatorProvider.of("interaction.problems.in-plan",
				"Проблемы НКО, включённые в планы мероприятий муниципальных образований (включая уже решённые)", UNIT,
				context -> BigDecimal.valueOf(problems.totals().inPlan()));
	}

	@Bean
	IndicatorProvider problemsResolved(ProblemQueries problems) {
		return IndicatorProvider.of("interaction.problems.resolved", "Решённые проблемы НКО в муниципальных образованиях", UNIT,
				context -> BigDecimal.valueOf(problems.totals().resolved()));
	}
}

package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import ru.nko.platform.roadmap.RoadmapViews.Progress;

/** What the roadmap measures of itself: shares of its measures done and overdue. */
@Configuration
class RoadmapIndicatorProviders {

	@Bean
	IndicatorProvider measuresDoneShare(@Lazy RoadmapQueries queries) {
		return IndicatorProvider.of("roadmap.measures.done-share", "Доля мероприятий дорожной карты, выполненных полностью", "%",
				context -> share(queries, context, Progress::done));
	}

	@Bean
	IndicatorProvider measuresOverdueShare(@Lazy RoadmapQueries queries) {
		return IndicatorProvider.of("roadmap.measures.overdue-share", "Доля мероприятий дорожной карты с нарушением срока", "%",
				context -> share(queries, context, Progress::overdue));
	}

	private static BigDecimal share(RoadmapQueries queries, IndicatorContext context, java.util.function.ToIntFunction<Progress> part) {
		Progress total = queries.dashboardTotals(context.roadmapId());
		if (total.total() == 0) {
			return null;
		}
		return BigDecimal.valueOf(part.applyAsInt(total) * 100L).divide(BigDecimal.valueOf(total.total()), 1, RoundingMode.HALF_UP);
	}
}

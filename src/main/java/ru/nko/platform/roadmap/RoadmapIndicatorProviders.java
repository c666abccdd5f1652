package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.ToIntFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import ru.nko.platform.roadmap.RoadmapViews.Progress;

/**
 * What the roadmap measures of itself: shares of its measures done and overdue (words in
 * {@code messages/roadmap.properties}).
 */
@Configuration
class RoadmapIndicatorProviders {

	static final String DONE_SHARE = "roadmap.measures.done-share";

	static final String OVERDUE_SHARE = "roadmap.measures.overdue-share";

	/**
	 * A report filed or withdrawn moves the measures' statuses, and with them both
	 * shares.
	 */
	static final IndicatorInputsChanged CHANGED = IndicatorInputsChanged.of(DONE_SHARE, OVERDUE_SHARE);

	@Bean
	IndicatorProvider measuresDoneShare(@Lazy RoadmapQueries queries) {
		return IndicatorProvider.of(DONE_SHARE, context -> share(queries, context, Progress::done));
	}

	@Bean
	IndicatorProvider measuresOverdueShare(@Lazy RoadmapQueries queries) {
		return IndicatorProvider.of(OVERDUE_SHARE, context -> share(queries, context, Progress::overdue));
	}

	private static BigDecimal share(RoadmapQueries queries, IndicatorContext context, ToIntFunction<Progress> part) {
		Progress total = queries.dashboardTotals(context.roadmapId());
		if (total.total() == 0) {
			return null;
		}
		return BigDecimal.valueOf(part.applyAsInt(total) * 100L)
			.divide(BigDecimal.valueOf(total.total()), 1, RoundingMode.HALF_UP);
	}

}

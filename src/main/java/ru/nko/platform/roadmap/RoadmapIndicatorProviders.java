package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import ru.nko.platform.roadmap.RoadmapViews.Progress;
import ru.nko.platform.roadmap.RoadmapViews.RoadmapSummary;

/** What the roadmap measures of itself: shares of its measures done and overdue. */
@Configuration
class RoadmapIndicatorProviders {

	@Bean
	IndicatorProvider measuresDoneShare(@Lazy RoadmapQueries queries) {
		return provider("roadmap.measures.done-share", "Доля мероприятий дорожной карты, выполненных полностью", "%",
				() -> share(queries, Progress::done));
	}

	@Bean
	IndicatorProvider measuresOverdueShare(@Lazy RoadmapQueries queries) {
		return provider("roadmap.measures.overdue-share", "Доля мероприятий дорожной карты с нарушением срока", "%",
				() -> share(queries, Progress::overdue));
	}

	private static BigDecimal share(RoadmapQueries queries, java.util.function.ToIntFunction<Progress> part) {
		List<RoadmapSummary> roadmaps = queries.roadmaps();
		if (roadmaps.isEmpty()) {
			return null;
		}
		Progress total = queries.dashboardTotals(roadmaps.get(roadmaps.size() - 1).id());
		if (total.total() == 0) {
			return null;
		}
		return BigDecimal.valueOf(part.applyAsInt(total) * 100L).divide(BigDecimal.valueOf(total.total()), 1, RoundingMode.HALF_UP);
	}

	static IndicatorProvider provider(String key, String description, String unit, java.util.function.Supplier<BigDecimal> value) {
		return new IndicatorProvider() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public String description() {
				return description;
			}

			@Override
			public String unit() {
				return unit;
			}

			@Override
			public BigDecimal compute() {
				return value.get();
			}
		};
	}
}

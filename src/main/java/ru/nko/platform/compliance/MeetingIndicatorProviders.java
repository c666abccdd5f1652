package ru.nko.platform.compliance;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nko.platform.roadmap.IndicatorProvider;

/**
 * What meetings measure for the roadmap: plans of meetings agreed (1.3), municipalities holding a working
 * meeting every quarter (1.5) as a share and as a count, and decisions of meetings done on time.
 */
@Configuration
class MeetingIndicatorProviders {

	static final String PLANS_AGREED = "interaction.meetings.plans-agreed";

	static final String QUARTERLY_SHARE = "interaction.meetings.quarterly-share";

	static final String QUARTERLY_COUNT = "interaction.meetings.quarterly-count";

	static final String DECISIONS_ON_TIME = "interaction.meetings.decisions-on-time";

	@Bean
	IndicatorProvider meetingPlansAgreed(MeetingCompliance compliance) {
		return IndicatorProvider.of(PLANS_AGREED,
				"Муниципальные образования, согласовавшие с участниками план рабочих встреч на текущий год", "МО",
				context -> BigDecimal.valueOf(compliance.plansAgreedThisYear()));
	}

	@Bean
	IndicatorProvider meetingsEveryQuarterShare(MeetingCompliance compliance) {
		return IndicatorProvider.of(QUARTERLY_SHARE,
				"Доля муниципальных образований, проведших рабочую встречу НКО и администрации (с протоколом) в каждом завершившемся "
						+ "квартале текущего года (в I квартале — прошлого года)", "%",
				context -> compliance.quarterlyHeld().percent());
	}

	@Bean
	IndicatorProvider meetingsEveryQuarterCount(MeetingCompliance compliance) {
		return IndicatorProvider.of(QUARTERLY_COUNT,
				"Муниципальные образования, проведшие рабочую встречу НКО и администрации (с протоколом) в каждом завершившемся "
						+ "квартале текущего года (в I квартале — прошлого года)", "МО",
				context -> BigDecimal.valueOf(compliance.quarterlyHeld().heldEveryQuarter()));
	}

	@Bean
	IndicatorProvider meetingDecisionsOnTime(MeetingCompliance compliance) {
		return IndicatorProvider.of(DECISIONS_ON_TIME,
				"Доля решений встреч НКО с органами власти со сроком в текущем году, исполненных в срок", "%",
				context -> compliance.decisionsOnTimePercent());
	}
}

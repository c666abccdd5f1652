package ru.nko.platform.openness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nko.platform.roadmap.IndicatorProvider;

/**
 * What openness measures for the roadmap: measure 2.1 (applicants meeting the basic requirements, target
 * 100 %) and 2.2 (applicants with a social-network group, target ≥ 50 %). Until competitions exist the
 * applicants are the organisations marked as taking part in the current support programmes.
 */
@Configuration
class OpennessIndicatorProviders {

	@Bean
	IndicatorProvider applicantsMeetingOpennessRequirements(OpennessManagement openness) {
		return provider("openness.applicants.required-share",
				"Доля НКО-заявителей на поддержку, соответствующих основным требованиям информационной открытости",
				openness::applicantsMeetingRequirementsShare);
	}

	@Bean
	IndicatorProvider applicantsWithSocialGroup(OpennessManagement openness) {
		return provider("openness.applicants.social-share", "Доля НКО-заявителей на поддержку, имеющих группы в социальных сетях",
				openness::applicantsWithSocialGroupShare);
	}

	private static IndicatorProvider provider(String key, String description, Supplier<Optional<Double>> share) {
		return IndicatorProvider.of(key, description, "%",
				context -> share.get().map(value -> BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)).orElse(null));
	}
}

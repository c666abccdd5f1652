package ru.nko.platform.openness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import ru.nko.platform.directory.OrganizationsChanged;
import ru.nko.platform.directory.OrganizationsImported;
import ru.nko.platform.roadmap.IndicatorInputsChanged;
import ru.nko.platform.roadmap.IndicatorProvider;

/**
 * What openness measures for the roadmap: measure 2.1 (applicants meeting the basic
 * requirements, target 100 %) and 2.2 (applicants with a social-network group, target ≥
 * 50 %). Until competitions exist the applicants are the organisations marked as taking
 * part in the current support programmes. Words in {@code messages/openness.properties}.
 */
@Configuration
class OpennessIndicatorProviders {

	static final String REQUIRED_SHARE = "openness.applicants.required-share";

	static final String SOCIAL_SHARE = "openness.applicants.social-share";

	/**
	 * Published when documents, criteria or organisations' cards change: both shares may
	 * move.
	 */
	static final IndicatorInputsChanged CHANGED = IndicatorInputsChanged.of(REQUIRED_SHARE, SOCIAL_SHARE);

	private final ApplicationEventPublisher events;

	OpennessIndicatorProviders(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Bean
	IndicatorProvider applicantsMeetingOpennessRequirements(OpennessManagement openness) {
		return provider(REQUIRED_SHARE, openness::applicantsMeetingRequirementsShare);
	}

	@Bean
	IndicatorProvider applicantsWithSocialGroup(OpennessManagement openness) {
		return provider(SOCIAL_SHARE, openness::applicantsWithSocialGroupShare);
	}

	/**
	 * An organisation's card (its website, social pages, support status) is evaluated
	 * here: tells the roadmap in the directory's transaction, so that the shares are
	 * recomputed once it commits.
	 */
	@EventListener
	void on(OrganizationsChanged event) {
		this.events.publishEvent(CHANGED);
	}

	/** A whole registry loaded: the same, once for the file. */
	@EventListener
	void on(OrganizationsImported event) {
		this.events.publishEvent(CHANGED);
	}

	private static IndicatorProvider provider(String key, Supplier<Optional<Double>> share) {
		return IndicatorProvider.of(key,
				context -> share.get()
					.map(value -> BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP))
					.orElse(null));
	}

}

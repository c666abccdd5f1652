package ru.nko.platform.compliance;

import java.math.BigDecimal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import ru.nko.platform.decisions.DecisionChanged;
import ru.nko.platform.directory.MunicipalityChanged;
import ru.nko.platform.meetingplans.MeetingPlanAgreed;
import ru.nko.platform.meetings.MeetingCancelled;
import ru.nko.platform.meetings.MeetingHeld;
import ru.nko.platform.meetings.MeetingPlanned;
import ru.nko.platform.meetings.MeetingRescheduled;
import ru.nko.platform.meetings.MeetingType;
import ru.nko.platform.roadmap.IndicatorInputsChanged;
import ru.nko.platform.roadmap.IndicatorProvider;

/**
 * What meetings measure for the roadmap: plans of meetings agreed (1.3), municipalities
 * holding a working meeting every quarter (1.5) as a share and as a count, decisions of
 * meetings done on time, and meetings of NGO leaders with local (7.3) and regional (7.4)
 * authorities held this year against those planned for it. Words in
 * {@code messages/compliance.properties}.
 */
@Configuration
class MeetingIndicatorProviders {

	static final String PLANS_AGREED = "interaction.meetings.plans-agreed";

	static final String QUARTERLY_SHARE = "interaction.meetings.quarterly-share";

	static final String QUARTERLY_COUNT = "interaction.meetings.quarterly-count";

	static final String DECISIONS_ON_TIME = "interaction.meetings.decisions-on-time";

	static final String LEADERS_LOCAL = "interaction.meetings.leaders-local-held";

	static final String LEADERS_REGIONAL = "interaction.meetings.leaders-regional-held";

	/**
	 * The providers whose value moves when a meeting of the type is closed with its
	 * minutes.
	 */
	static IndicatorInputsChanged closed(MeetingType type) {
		return switch (type) {
			case WORKING -> IndicatorInputsChanged.of(QUARTERLY_SHARE, QUARTERLY_COUNT, DECISIONS_ON_TIME);
			case LEADERS_LOCAL -> IndicatorInputsChanged.of(LEADERS_LOCAL, DECISIONS_ON_TIME);
			case LEADERS_REGIONAL -> IndicatorInputsChanged.of(LEADERS_REGIONAL, DECISIONS_ON_TIME);
		};
	}

	/**
	 * The providers that count active municipalities, which move when a municipality is
	 * added or marked inactive.
	 */
	static final IndicatorInputsChanged MUNICIPALITIES = IndicatorInputsChanged.of(PLANS_AGREED, QUARTERLY_SHARE,
			QUARTERLY_COUNT);

	private final ApplicationEventPublisher events;

	MeetingIndicatorProviders(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * A meeting closed with its minutes now counts as held: tells the roadmap which
	 * indicators moved, in the closing transaction, so that they are recomputed once it
	 * commits (the officer sees the new value on the next page). The meetings module
	 * knows nothing of the roadmap; this module turns its event into the roadmap's.
	 */
	@EventListener
	void on(MeetingHeld event) {
		this.events.publishEvent(closed(event.type()));
	}

	/**
	 * The providers that count meetings planned, held or cancelled, which move when a
	 * meeting is planned, moved or cancelled.
	 */
	static final IndicatorInputsChanged MEETINGS = IndicatorInputsChanged.of(QUARTERLY_SHARE, QUARTERLY_COUNT,
			LEADERS_LOCAL, LEADERS_REGIONAL);

	@EventListener
	void on(MeetingPlanned event) {
		this.events.publishEvent(MEETINGS);
	}

	@EventListener
	void on(MeetingRescheduled event) {
		this.events.publishEvent(MEETINGS);
	}

	@EventListener
	void on(MeetingCancelled event) {
		this.events.publishEvent(MEETINGS);
	}

	/** An agreed plan counts for 1.3. */
	@EventListener
	void on(MeetingPlanAgreed event) {
		this.events.publishEvent(IndicatorInputsChanged.of(PLANS_AGREED));
	}

	/** A decision recorded, done or withdrawn moves the share done on time. */
	@EventListener
	void on(DecisionChanged event) {
		this.events.publishEvent(IndicatorInputsChanged.of(DECISIONS_ON_TIME));
	}

	/**
	 * A municipality added or marked inactive changes how many municipalities the shares
	 * count.
	 */
	@EventListener
	void on(MunicipalityChanged event) {
		this.events.publishEvent(MUNICIPALITIES);
	}

	@Bean
	IndicatorProvider meetingPlansAgreed(MeetingCompliance compliance) {
		return IndicatorProvider.of(PLANS_AGREED, context -> BigDecimal.valueOf(compliance.plansAgreedThisYear()));
	}

	@Bean
	IndicatorProvider meetingsEveryQuarterShare(MeetingCompliance compliance) {
		return IndicatorProvider.of(QUARTERLY_SHARE, context -> compliance.quarterlyHeld().percent());
	}

	@Bean
	IndicatorProvider meetingsEveryQuarterCount(MeetingCompliance compliance) {
		return IndicatorProvider.of(QUARTERLY_COUNT,
				context -> BigDecimal.valueOf(compliance.quarterlyHeld().heldEveryQuarter()));
	}

	@Bean
	IndicatorProvider meetingDecisionsOnTime(MeetingCompliance compliance) {
		return IndicatorProvider.of(DECISIONS_ON_TIME, context -> compliance.decisionsOnTimePercent());
	}

	@Bean
	IndicatorProvider leadersLocalMeetingsHeld(MeetingCompliance compliance) {
		return leaders(LEADERS_LOCAL, MeetingType.LEADERS_LOCAL, compliance);
	}

	@Bean
	IndicatorProvider leadersRegionalMeetingsHeld(MeetingCompliance compliance) {
		return leaders(LEADERS_REGIONAL, MeetingType.LEADERS_REGIONAL, compliance);
	}

	/**
	 * Value: the year's meetings of the type held; target: the year's meetings of the
	 * type held or still to hold.
	 */
	private static IndicatorProvider leaders(String key, MeetingType type, MeetingCompliance compliance) {
		return IndicatorProvider.of(key, context -> BigDecimal.valueOf(compliance.meetingsThisYear(type).held()),
				context -> compliance.meetingsThisYear(type).target());
	}

}

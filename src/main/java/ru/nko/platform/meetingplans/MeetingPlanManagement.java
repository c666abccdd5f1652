package ru.nko.platform.meetingplans;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What other modules read of yearly meeting plans; no check, plans being public.
 */
@Service
public class MeetingPlanManagement {

	private final MeetingPlans plans;

	MeetingPlanManagement(MeetingPlans plans) {
		this.plans = plans;
	}

	/** The municipality's plan of the year, if it has one. */
	public Optional<MeetingPlanView> plan(long municipalityId, int year) {
		return this.plans.view(municipalityId, year);
	}

	/**
	 * The plan status of every municipality that has a plan for the year, by municipality
	 * id.
	 */
	public Map<Long, MeetingPlanStatus> statuses(int year) {
		return this.plans.statuses(year);
	}

}

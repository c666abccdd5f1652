package ru.nko.platform.meetingplans;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What other modules do with yearly meeting plans. The meetings module starts a plan when a meeting is planned and
 * records an agreement once it has checked that the user may agree the municipality's plan; reads need no check,
 * plans being public.
 */
@Service
public class MeetingPlanManagement {

	private final MeetingPlans plans;

	MeetingPlanManagement(MeetingPlans plans) {
		this.plans = plans;
	}

	/** The municipality's plan of the year exists from now on (a draft unless agreed already). */
	public void ensure(long municipalityId, int year) {
		this.plans.ensure(municipalityId, year);
	}

	/** Records that the municipality's plan of a year was agreed; field errors name {@code agreedOn}, {@code agreedWith}, {@code planFile}. */
	@PreAuthorize("isAuthenticated()")
	public void agree(long municipalityId, MeetingPlanForm form, String fileName, byte[] file, String byName) {
		this.plans.agree(municipalityId, form, fileName, file, byName);
	}

	/** Records a year's plan as agreed as it was; start-up and demo data, by the platform only. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	public void agreePast(long municipalityId, int year, LocalDate agreedOn, String agreedWith, String agreedBy) {
		this.plans.agreePast(municipalityId, year, agreedOn, agreedWith, agreedBy);
	}

	/** The municipality's plan of the year, if it has one. */
	public Optional<MeetingPlanView> plan(long municipalityId, int year) {
		return this.plans.view(municipalityId, year);
	}

	/** The plan status of every municipality that has a plan for the year, by municipality id. */
	public Map<Long, MeetingPlanStatus> statuses(int year) {
		return this.plans.statuses(year);
	}

	/** A plan's agreement file, or not found. */
	public MeetingPlanFile file(long planId) {
		return this.plans.file(planId);
	}
}

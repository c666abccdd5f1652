package ru.nko.platform.meetingplans;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Yearly meeting plans of municipalities. */
interface MeetingPlanRepository extends JpaRepository<MeetingPlan, Long> {

	Optional<MeetingPlan> findByMunicipalityIdAndYear(long municipalityId, int year);

	List<MeetingPlan> findByYear(int year);

	/** The plans of these municipalities for a year in a status. */
	List<MeetingPlan> findByMunicipalityIdInAndYearAndStatus(Collection<Long> municipalityIds, int year,
			MeetingPlanStatus status);

}

package ru.nko.platform.meetingplans;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Yearly meeting plans of municipalities. */
interface MeetingPlanRepository extends JpaRepository<MeetingPlan, Long> {

	Optional<MeetingPlan> findByMunicipalityIdAndYear(long municipalityId, int year);

	List<MeetingPlan> findByYear(int year);

}

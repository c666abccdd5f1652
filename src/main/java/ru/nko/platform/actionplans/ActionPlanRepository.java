package ru.nko.platform.actionplans;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored action plans, their items and progress notes. */
interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	Optional<ActionPlan> findByMunicipalityIdAndYear(long municipalityId, int year);

	List<ActionPlan> findByYear(int year);

	@Query("select count(distinct p.municipalityId) from ActionPlan p where p.status = :status and p.year >= :year")
	long countMunicipalities(ActionPlan.Status status, int year);

}

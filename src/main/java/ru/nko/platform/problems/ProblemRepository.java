package ru.nko.platform.problems;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored problems of NGOs. */
interface ProblemRepository extends JpaRepository<Problem, Long> {

	@EntityGraph(attributePaths = "category")
	@Query("select p from Problem p where p.id in :ids")
	List<Problem> findWithCategoryByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = "category")
	@Query("select p from Problem p where p.municipalityId = :municipalityId and p.status in :statuses order by p.registeredAt, p.id")
	List<Problem> findWithCategoryByMunicipalityIdAndStatusIn(long municipalityId, Collection<ProblemStatus> statuses);

	@EntityGraph(attributePaths = { "category", "steps" })
	@Query("select p from Problem p where p.id = :id")
	Optional<Problem> findCard(long id);

	/** Per municipality and status, how many problems: one row per pair. */
	@Query("select p.municipalityId, p.status, count(p) from Problem p group by p.municipalityId, p.status")
	List<Object[]> countByMunicipalityAndStatus();

	/** Problems in these municipalities with this status, the oldest first: tasks. */
	List<Problem> findByMunicipalityIdInAndStatusOrderByRegisteredAtAscIdAsc(Collection<Long> municipalityIds,
			ProblemStatus status, Limit limit);

	/**
	 * Problems these organisations reported, in these statuses, the oldest first: tasks.
	 */
	List<Problem> findByAuthorOrganizationIdInAndStatusInOrderByRegisteredAtAscIdAsc(Collection<Long> organizationIds,
			Collection<ProblemStatus> statuses, Limit limit);

}

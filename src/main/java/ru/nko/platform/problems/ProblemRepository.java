package ru.nko.platform.problems;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
}

/** The editable list of problem categories. */
interface ProblemCategoryRepository extends JpaRepository<ProblemCategory, Long> {

	List<ProblemCategory> findAllByOrderByPositionAscIdAsc();

	Optional<ProblemCategory> findByCode(String code);

	boolean existsByCode(String code);
}

/** Organisations that joined problems. */
interface ProblemSupporterRepository extends JpaRepository<ProblemSupporter, Long> {

	Optional<ProblemSupporter> findByProblemIdAndOrganizationId(long problemId, long organizationId);

	List<ProblemSupporter> findByProblemIdOrderByJoinedAtAscIdAsc(long problemId);

	@Query("select s.problemId, count(s) from ProblemSupporter s where s.problemId in :problemIds and s.withdrawnAt is null group by s.problemId")
	List<Object[]> countActiveByProblemIdIn(Collection<Long> problemIds);

	@Query("select count(s) > 0 from ProblemSupporter s where s.problemId = :problemId and s.organizationId in :organizationIds and s.withdrawnAt is null")
	boolean anyActive(long problemId, Collection<Long> organizationIds);
}

/** Files attached to problems. */
interface ProblemAttachmentRepository extends JpaRepository<ProblemAttachment, Long> {

	List<ProblemAttachment> findByProblemIdOrderByIdAsc(long problemId);
}

package ru.nko.platform.problems;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Organisations that joined problems. */
interface ProblemSupporterRepository extends JpaRepository<ProblemSupporter, Long> {

	Optional<ProblemSupporter> findByProblemIdAndOrganizationId(long problemId, long organizationId);

	List<ProblemSupporter> findByProblemIdOrderByJoinedAtAscIdAsc(long problemId);

	@Query("select s.problemId, count(s) from ProblemSupporter s where s.problemId in :problemIds and s.withdrawnAt is null group by s.problemId")
	List<Object[]> countActiveByProblemIdIn(Collection<Long> problemIds);

	@Query("select count(s) > 0 from ProblemSupporter s where s.problemId = :problemId and s.organizationId in :organizationIds and s.withdrawnAt is null")
	boolean anyActive(long problemId, Collection<Long> organizationIds);

}

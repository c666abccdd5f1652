package ru.nko.platform.roadmap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored measures, fetched with their executors in the same query. */
interface MeasureRepository extends JpaRepository<Measure, Long> {

	@EntityGraph(attributePaths = "executors")
	List<Measure> findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(long roadmapId);

	@EntityGraph(attributePaths = "executors")
	List<Measure> findByRoadmapIdOrderByPositionAsc(long roadmapId);

	@EntityGraph(attributePaths = "executors")
	Optional<Measure> findWithExecutorsById(long id);

	/** The measures of a roadmap in force that name one of the bodies as an executor. */
	@EntityGraph(attributePaths = "executors")
	@Query("select m from Measure m where m.roadmapId = ?1 and m.withdrawn = false and m.id in "
			+ "(select e.id from Measure e join e.executors x where x.bodyId in ?2) order by m.position")
	List<Measure> findExecutedBy(long roadmapId, Collection<Long> bodyIds);

}

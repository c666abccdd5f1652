package ru.nko.platform.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored measures, fetched with their executors in the same query. */
interface MeasureRepository extends JpaRepository<Measure, Long> {

	@EntityGraph(attributePaths = "executors")
	List<Measure> findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(long roadmapId);

	@EntityGraph(attributePaths = "executors")
	List<Measure> findByRoadmapIdOrderByPositionAsc(long roadmapId);

	@EntityGraph(attributePaths = "executors")
	Optional<Measure> findWithExecutorsById(long id);

}

package ru.nko.platform.roadmap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored roadmaps. */
interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

	List<Roadmap> findAllByOrderByIdAsc();

	@Query("select r from Roadmap r where lower(r.region) = lower(?1) and lower(r.title) = lower(?2)")
	Optional<Roadmap> findByRegionAndTitle(String region, String title);

	@Query("select r from Roadmap r where lower(r.region) = lower(?1) order by r.id")
	List<Roadmap> findByRegion(String region);
}

/** Stored sections. */
interface SectionRepository extends JpaRepository<RoadmapSection, Long> {

	List<RoadmapSection> findByRoadmapIdOrderByPositionAsc(long roadmapId);

	List<RoadmapSection> findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(long roadmapId);
}

/** Stored measures, fetched with their executors in the same query. */
interface MeasureRepository extends JpaRepository<Measure, Long> {

	@EntityGraph(attributePaths = "executors")
	List<Measure> findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(long roadmapId);

	@EntityGraph(attributePaths = "executors")
	List<Measure> findByRoadmapIdOrderByPositionAsc(long roadmapId);

	@EntityGraph(attributePaths = "executors")
	Optional<Measure> findWithExecutorsById(long id);
}

/** Stored progress reports. */
interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	/** Facts for the status rules of many measures at once, without files. */
	@Query("select r.measureId, r.periodYear, r.periodQuarter, r.status, r.createdAt, r.bodyId from ProgressReport r "
			+ "where r.measureId in ?1 and r.withdrawn = false")
	List<Object[]> statusFacts(Collection<Long> measureIds);

	@EntityGraph(attributePaths = "files")
	List<ProgressReport> findByMeasureIdOrderByCreatedAtDesc(long measureId);
}

/** Stored indicators. */
interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(Collection<Long> measureIds);

	List<Indicator> findByProviderKeyNotNullAndWithdrawnFalse();

	List<Indicator> findByProviderKeyInAndWithdrawnFalse(Collection<String> providerKeys);
}

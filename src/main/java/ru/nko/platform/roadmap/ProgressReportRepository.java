package ru.nko.platform.roadmap;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored progress reports. */
interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	/** Facts for the status rules of many measures at once, without files. */
	@Query("select r.measureId, r.periodYear, r.periodQuarter, r.status, r.createdAt, r.bodyId from ProgressReport r "
			+ "where r.measureId in ?1 and r.withdrawn = false")
	List<Object[]> statusFacts(Collection<Long> measureIds);

	@EntityGraph(attributePaths = "files")
	List<ProgressReport> findByMeasureIdOrderByCreatedAtDesc(long measureId);

}

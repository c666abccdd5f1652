package ru.nko.platform.roadmap;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored sections. */
interface SectionRepository extends JpaRepository<RoadmapSection, Long> {

	List<RoadmapSection> findByRoadmapIdOrderByPositionAsc(long roadmapId);

	List<RoadmapSection> findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(long roadmapId);

}

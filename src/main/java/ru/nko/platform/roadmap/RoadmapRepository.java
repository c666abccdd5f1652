package ru.nko.platform.roadmap;

import java.util.List;
import java.util.Optional;

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

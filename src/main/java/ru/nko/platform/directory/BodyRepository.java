package ru.nko.platform.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored bodies. */
interface BodyRepository extends JpaRepository<Body, Long> {

	List<Body> findAllByOrderByNameAsc();

	@Query("select distinct b from Body b left join b.aliases a where b.normalizedName = ?1 or a = ?1")
	List<Body> findByNormalizedNameOrAlias(String normalizedName);

}

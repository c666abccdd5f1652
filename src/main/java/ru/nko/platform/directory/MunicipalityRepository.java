package ru.nko.platform.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored municipalities. */
interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

	List<Municipality> findAllByOrderByPositionAscNameAsc();

	@Query("select m from Municipality m where lower(m.name) = lower(?1)")
	Optional<Municipality> findByName(String name);

}

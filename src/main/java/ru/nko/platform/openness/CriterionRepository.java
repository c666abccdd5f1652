package ru.nko.platform.openness;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored criteria. */
interface CriterionRepository extends JpaRepository<Criterion, Long> {

	List<Criterion> findByActiveTrueOrderByPositionAsc();

	List<Criterion> findAllByOrderByPositionAscIdAsc();

	boolean existsByCode(String code);

}

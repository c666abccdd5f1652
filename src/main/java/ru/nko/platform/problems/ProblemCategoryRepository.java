package ru.nko.platform.problems;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The editable list of problem categories. */
interface ProblemCategoryRepository extends JpaRepository<ProblemCategory, Long> {

	List<ProblemCategory> findAllByOrderByPositionAscIdAsc();

	Optional<ProblemCategory> findByCode(String code);

	boolean existsByCode(String code);

}

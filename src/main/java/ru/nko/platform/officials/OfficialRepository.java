package ru.nko.platform.officials;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored appointments of responsible officials. */
interface OfficialRepository extends JpaRepository<ResponsibleOfficial, Long> {

	List<ResponsibleOfficial> findByMunicipalityIdOrderByValidFromDescIdDesc(long municipalityId);

	List<ResponsibleOfficial> findByValidToIsNullOrValidToGreaterThanEqual(LocalDate day);

}

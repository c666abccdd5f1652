package ru.nko.platform.officials;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored appointments of responsible officials. */
interface OfficialRepository extends JpaRepository<ResponsibleOfficial, Long> {

	List<ResponsibleOfficial> findByMunicipalityIdOrderByValidFromDescIdDesc(long municipalityId);

	List<ResponsibleOfficial> findByValidToIsNullOrValidToGreaterThanEqual(LocalDate day);

	/** Of these municipalities, those with an official appointed on a day. */
	@Query("""
			select distinct o.municipalityId from ResponsibleOfficial o
			where o.municipalityId in :municipalityIds and o.validFrom <= :day and (o.validTo is null or o.validTo >= :day)""")
	List<Long> municipalitiesWithOfficialOn(Collection<Long> municipalityIds, LocalDate day);

}

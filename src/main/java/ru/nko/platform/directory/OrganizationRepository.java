package ru.nko.platform.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored organisations. */
interface OrganizationRepository extends JpaRepository<Organization, Long> {

	Optional<Organization> findByInn(String inn);

	Optional<Organization> findByOgrn(String ogrn);

	List<Organization> findByInnIn(java.util.Collection<String> inns);

	List<Organization> findByOgrnIn(java.util.Collection<String> ogrns);

	long countByActiveTrue();

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = { "activityAreas", "socialPages" })
	List<Organization> findBySupportParticipantTrueAndActiveTrue();

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = { "activityAreas", "socialPages" })
	List<Organization> findWithDetailsByIdIn(java.util.Collection<Long> ids);

	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = { "activityAreas", "socialPages" })
	List<Organization> findByActiveTrue();

	List<Organization> findAllByOrderByNameAsc();

	List<Organization> findByMunicipalityIdAndActiveTrueOrderByNameAsc(Long municipalityId,
			org.springframework.data.domain.Limit limit);

	/** Id, contact e-mail and public e-mail of the active organisations among these. */
	@Query("select o.id, o.contactEmail, o.publicEmail from Organization o where o.id in ?1 and o.active = true")
	List<Object[]> findEmails(java.util.Collection<Long> ids);

}

package ru.nko.platform.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored organisations. */
interface OrganizationRepository extends JpaRepository<Organization, Long> {

	Optional<Organization> findByInn(String inn);

	Optional<Organization> findByOgrn(String ogrn);

	long countByActiveTrue();

	@Query("select o.id from Organization o where o.active = true order by o.id")
	List<Long> findActiveIds();

	@Query("select o.id from Organization o where o.active = true and o.supportParticipant = true order by o.id")
	List<Long> findSupportParticipantIds();

	@EntityGraph(attributePaths = { "activityAreas", "socialPages" })
	List<Organization> findWithDetailsByIdIn(Collection<Long> ids);

	List<Organization> findAllByOrderByNameAsc();

	List<Organization> findByMunicipalityIdAndActiveTrueOrderByNameAsc(Long municipalityId, Limit limit);

	/** The ids, among these, of organisations awaiting confirmation. */
	@Query("select o.id from Organization o where o.id in ?1 and o.active = false")
	List<Long> findUnconfirmedIds(Collection<Long> ids);

	/** Id, contact e-mail and public e-mail of the active organisations among these. */
	@Query("select o.id, o.contactEmail, o.publicEmail from Organization o where o.id in ?1 and o.active = true")
	List<Object[]> findEmails(Collection<Long> ids);

	/**
	 * Organisations in force whose ИНН is the text or whose full or short name contains
	 * it (lower case).
	 */
	@Query("select o from Organization o where o.active = true and (o.inn = ?1 or lower(o.name) like concat('%', ?1, '%')"
			+ " or lower(o.shortName) like concat('%', ?1, '%')) order by o.name")
	List<Organization> findScopes(String text, Pageable page);

}

package ru.nko.platform.openness;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored documents of organisations. */
interface OrganizationDocumentRepository extends JpaRepository<OrganizationDocument, Long> {

	List<OrganizationDocument> findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(long organizationId);

	List<OrganizationDocument> findByOrganizationIdInAndWithdrawnFalse(Collection<Long> organizationIds);

}

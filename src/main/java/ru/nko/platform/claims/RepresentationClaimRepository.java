package ru.nko.platform.claims;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored representation claims. */
interface RepresentationClaimRepository extends JpaRepository<RepresentationClaim, Long> {

	Page<RepresentationClaim> findByStatusOrderByCreatedAtAsc(RepresentationClaim.Status status, Pageable pageable);

	List<RepresentationClaim> findByUserIdOrderByCreatedAtDesc(long userId);

	boolean existsByUserIdAndOrganizationIdAndStatus(long userId, Long organizationId,
			RepresentationClaim.Status status);

}

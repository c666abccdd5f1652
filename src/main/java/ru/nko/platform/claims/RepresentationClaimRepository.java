package ru.nko.platform.claims;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored representation claims. */
interface RepresentationClaimRepository extends JpaRepository<RepresentationClaim, Long> {

	Page<RepresentationClaim> findByStatusOrderByCreatedAtAsc(RepresentationClaim.Status status, Pageable pageable);

	List<RepresentationClaim> findByUserIdOrderByCreatedAtDesc(long userId);

	/**
	 * The person's claims, the newest first (the later of two sent at one moment first).
	 */
	List<RepresentationClaim> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

	/** Claims in a status, the oldest first, for the administrator's tasks. */
	List<RepresentationClaim> findByStatusOrderByCreatedAtAscIdAsc(RepresentationClaim.Status status, Limit limit);

	boolean existsByUserIdAndOrganizationIdAndStatus(long userId, Long organizationId,
			RepresentationClaim.Status status);

}

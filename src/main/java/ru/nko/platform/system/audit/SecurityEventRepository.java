package ru.nko.platform.system.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The security log; only ever appended to. */
public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

	Page<SecurityEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);
}

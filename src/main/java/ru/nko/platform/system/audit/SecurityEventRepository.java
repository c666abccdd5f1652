package ru.nko.platform.system.audit;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The security log; only ever appended to. */
public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

	/**
	 * Events of a kind about a user since a moment, e.g. failed sign-ins in the last
	 * minutes.
	 */
	@Query("select count(e) from SecurityEvent e where lower(e.username) = lower(?1) and e.kind = ?2 and e.occurredAt > ?3")
	long countRecent(String username, SecurityEventLog.Kind kind, Instant since);

}

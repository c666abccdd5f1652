package ru.nko.platform.system.audit;

import org.springframework.data.jpa.repository.JpaRepository;

/** The security log; only ever appended to. */
public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

	/**
	 * Events of a kind about a user since a moment, e.g. failed sign-ins in the last
	 * minutes.
	 */
	@org.springframework.data.jpa.repository.Query("select count(e) from SecurityEvent e where lower(e.username) = lower(?1) and e.kind = ?2 and e.occurredAt > ?3")
	long countRecent(String username, SecurityEventLog.Kind kind, java.time.Instant since);

}

package ru.nko.platform.system.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Failed sign-ins per login and address, shared by all nodes through the database. */
interface FailedSignInsRepository extends JpaRepository<FailedSignIns, Long> {

	@Query("select f from FailedSignIns f where f.login = ?1 and f.remoteAddr = ?2")
	Optional<FailedSignIns> find(String login, String remoteAddr);

	/**
	 * The row, locked until the transaction ends, so that concurrent failures on several
	 * nodes all count.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from FailedSignIns f where f.login = ?1 and f.remoteAddr = ?2")
	Optional<FailedSignIns> findForUpdate(String login, String remoteAddr);

	@Modifying
	@Query(value = "insert into sign_in_throttle (login, remote_addr, failures, pauses, last_failure_at) values (?1, ?2, 0, 0, ?3)"
			+ " on conflict (login, remote_addr) do nothing", nativeQuery = true)
	void createIfMissing(String login, String remoteAddr, Instant now);

	@Modifying
	@Query("delete from FailedSignIns f where f.login = ?1 and f.remoteAddr = ?2")
	void forget(String login, String remoteAddr);

	@Modifying
	@Query("delete from FailedSignIns f where f.lastFailureAt < ?1")
	void forgetFailuresBefore(Instant moment);

}

package ru.nko.platform.system.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.nko.platform.system.Role;

/** Stored users. */
public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.username) = lower(?1)")
	Optional<AppUser> findByUsername(String username);

	@Query("select u from AppUser u where lower(u.username) like lower(concat('%', ?1, '%')) or lower(u.fullName) like lower(concat('%', ?1, '%'))")
	Page<AppUser> search(String text, Pageable pageable);

	/**
	 * Scope id and e-mail of the enabled users holding the role in one of these scopes
	 * and having an e-mail.
	 */
	@Query("select g.scopeId, u.email from AppUser u join u.grants g where g.role = ?1 and g.scopeId in ?2 and u.enabled = true"
			+ " and u.email is not null")
	List<Object[]> findEmailsByGrant(Role role, Collection<Long> scopeIds);

}

package ru.nko.platform.system;

import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user with their grants; what every service asks before it reads or writes
 * scoped data.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	private final long id;

	private final String username;

	private final String fullName;

	private transient String passwordHash;

	private final boolean enabled;

	private final Set<Grant> grants;

	private final boolean locked;

	public CurrentUser(long id, String username, String fullName, String passwordHash, boolean enabled,
			Set<Grant> grants) {
		this(id, username, fullName, passwordHash, enabled, grants, false);
	}

	/** A user who may be locked for a while after too many failed sign-ins. */
	public CurrentUser(long id, String username, String fullName, String passwordHash, boolean enabled,
			Set<Grant> grants, boolean locked) {
		this.locked = locked;
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.grants = Set.copyOf(grants);
	}

	/** The user of the current request, if someone is signed in. */
	/** The signed-in user; refused with «Войдите в систему» when nobody is signed in. */
	public static CurrentUser required() {
		return get().orElseThrow(() -> new AccessDenied("Войдите в систему"));
	}

	/** The signed-in user, if any. */
	public static Optional<CurrentUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public long id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Set<Grant> grants() {
		return this.grants;
	}

	public boolean has(Role role) {
		return this.grants.stream().anyMatch(grant -> grant.role() == role);
	}

	public boolean isAdmin() {
		return has(Role.REGIONAL_ADMIN);
	}

	/**
	 * Whether the user may act with the role for this scope (a municipality for an
	 * officer, an organisation for a representative): an administrator always may.
	 */
	public boolean actsFor(Role role, long scopeId) {
		return isAdmin() || scopeIds(role).contains(scopeId);
	}

	/**
	 * The scope ids for which the user holds the role, e.g. the bodies an executor acts
	 * for.
	 */
	public Set<Long> scopeIds(Role role) {
		return this.grants.stream()
			.filter(grant -> grant.role() == role)
			.map(Grant::scopeId)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.grants.stream()
			.map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
			.collect(Collectors.toSet());
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Drops the password hash once authentication is done, so that it never lands in a
	 * session.
	 */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return this.username;
	}

}

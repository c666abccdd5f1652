package ru.nko.platform.system.users;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.ScopeType;

/** A person who signs in, with their roles and scopes. */
@Entity
@Table(name = "app_user")
@Audited
public class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@NotAudited
	private String passwordHash;

	private String fullName;

	private String email;

	private boolean enabled = true;

	@NotAudited
	private Instant createdAt;

	@NotAudited
	private Instant lastLoginAt;

	@Version
	@NotAudited
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role_grant", joinColumns = @JoinColumn(name = "user_id"))
	private Set<RoleGrant> grants = new HashSet<>();

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, String fullName, String email, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.email = email;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public Set<Grant> grants() {
		Set<Grant> result = new HashSet<>();
		for (RoleGrant grant : this.grants) {
			result.add(new Grant(grant.role, grant.scopeType, grant.scopeId));
		}
		return result;
	}

	public void rename(String fullName, String email) {
		this.fullName = fullName;
		this.email = email;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public void signedIn(Instant at) {
		this.lastLoginAt = at;
	}

	public boolean grant(Grant grant) {
		return this.grants.add(new RoleGrant(grant.role(), grant.scopeType(), grant.scopeId()));
	}

	public boolean revoke(Grant grant) {
		return this.grants.remove(new RoleGrant(grant.role(), grant.scopeType(), grant.scopeId()));
	}

	/** The stored form of a {@link Grant}. */
	@Embeddable
	public static class RoleGrant {

		@Enumerated(EnumType.STRING)
		@Column(name = "role")
		private Role role;

		@Enumerated(EnumType.STRING)
		@Column(name = "scope_type")
		private ScopeType scopeType;

		@Column(name = "scope_id")
		private long scopeId;

		protected RoleGrant() {
		}

		RoleGrant(Role role, ScopeType scopeType, long scopeId) {
			this.role = role;
			this.scopeType = scopeType;
			this.scopeId = scopeId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof RoleGrant that && that.role == this.role && that.scopeType == this.scopeType
					&& that.scopeId == this.scopeId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.role, this.scopeType, this.scopeId);
		}

	}

}

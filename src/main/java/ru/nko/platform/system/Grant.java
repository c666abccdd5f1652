package ru.nko.platform.system;

import java.io.Serializable;

/**
 * One role of a user within one scope; {@code scopeId} is 0 for roles without a scope.
 */
public record Grant(Role role, ScopeType scopeType, long scopeId) implements Serializable {

	public Grant {
		if (role.scopeType() != scopeType) {
			throw new IllegalArgumentException("Роль " + role + " выдаётся в области " + role.scopeType());
		}
		if (scopeType == ScopeType.NONE) {
			scopeId = 0;
		}
	}

	public static Grant of(Role role) {
		return new Grant(role, ScopeType.NONE, 0);
	}

	public static Grant of(Role role, long scopeId) {
		return new Grant(role, role.scopeType(), scopeId);
	}
}

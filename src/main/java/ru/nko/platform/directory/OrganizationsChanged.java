package ru.nko.platform.directory;

import java.util.Set;

/**
 * Organisations' cards were edited (their statuses, website or social pages may differ
 * now); a registry import announces {@link OrganizationsImported} instead.
 */
public record OrganizationsChanged(Set<Long> organizationIds) {

	public OrganizationsChanged {
		organizationIds = Set.copyOf(organizationIds);
	}
}

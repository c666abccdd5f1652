package ru.nko.platform.directory;

import java.util.Set;

/**
 * Organisations' cards were edited or imported (their statuses, website or social pages
 * may differ now).
 */
public record OrganizationsChanged(Set<Long> organizationIds) {

	public OrganizationsChanged {
		organizationIds = Set.copyOf(organizationIds);
	}
}

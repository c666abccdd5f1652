package ru.nko.platform.directory;

import java.util.Collection;
import java.util.Map;

/**
 * What other modules say about organisations that the directory shows beside them (today:
 * the openness level). Implemented by the module that knows it, so that the directory
 * depends on none of them.
 */
public interface OrganizationAssessments {

	/**
	 * The openness level code (LOW, BASIC, ADVANCED, EXEMPLARY) of each organisation
	 * asked about.
	 */
	Map<Long, String> opennessLevels(Collection<Long> organizationIds);

}

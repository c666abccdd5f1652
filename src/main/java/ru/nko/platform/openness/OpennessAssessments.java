package ru.nko.platform.openness;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationAssessments;

/** Gives the directory the openness level of the organisations it lists. */
@Component
class OpennessAssessments implements OrganizationAssessments {

	private final OpennessManagement openness;

	private final DirectoryManagement directory;

	OpennessAssessments(OpennessManagement openness, DirectoryManagement directory) {
		this.openness = openness;
		this.directory = directory;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> opennessLevels(Collection<Long> organizationIds) {
		return this.openness.evaluations(this.directory.organizationData(organizationIds))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().level().name()));
	}

}

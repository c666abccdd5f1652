package ru.nko.platform.roadmapimport;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportRefused;
import ru.nko.platform.system.InvalidInput;

/** The roadmap import's API for start-up data and other modules' tests. */
@Service
public class RoadmapImportManagement {

	private final RoadmapImports imports;

	RoadmapImportManagement(RoadmapImports imports) {
		this.imports = imports;
	}

	/**
	 * Imports a roadmap table all or nothing; returns the roadmap id or throws
	 * {@link InvalidInput} with the file's problems.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public long importRoadmap(String fileName, byte[] content, String region) {
		try {
			return this.imports.commit(fileName, content, region, ImportJobs.Progress.NONE).roadmapId();
		}
		catch (ImportRefused refused) {
			throw new InvalidInput(refused.preview()
				.errors()
				.stream()
				.map(problem -> new InvalidInput.FieldError("file", problem.message()))
				.toList());
		}
	}

}

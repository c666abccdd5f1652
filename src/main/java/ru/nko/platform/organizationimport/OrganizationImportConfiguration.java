package ru.nko.platform.organizationimport;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import ru.nko.platform.shared.files.LargeUpload;
import ru.nko.platform.shared.imports.TableReader;

/**
 * The registry is read row by row from where the server put it, so its pages and its API
 * take a CSV as big as the reader reads ({@link TableReader#MAX_TEXT_BYTES}), far beyond
 * the ordinary upload limit.
 */
@Configuration
class OrganizationImportConfiguration {

	@Bean
	LargeUpload organizationRegistryUpload() {
		return new LargeUpload(List.of("/api/v1/organizations/import", "/admin/organizations/import"),
				DataSize.ofBytes(TableReader.MAX_TEXT_BYTES));
	}

}

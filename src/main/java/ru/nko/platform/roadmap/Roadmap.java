package ru.nko.platform.roadmap;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A roadmap a region adopted: its title, region and the year its measures start. */
@Entity
@Audited
class Roadmap {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String region;

	private int baseYear;

	private String sourceFileName;

	private Instant importedAt;

	private String importedBy;

	@Version
	@NotAudited
	private long version;

	protected Roadmap() {
	}

	Roadmap(String title, String region, int baseYear) {
		this.title = title;
		this.region = region;
		this.baseYear = baseYear;
	}

	Long getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	String getRegion() {
		return this.region;
	}

	int getBaseYear() {
		return this.baseYear;
	}

	String getSourceFileName() {
		return this.sourceFileName;
	}

	Instant getImportedAt() {
		return this.importedAt;
	}

	String getImportedBy() {
		return this.importedBy;
	}

	void imported(String fileName, Instant at, String by, int baseYear) {
		this.sourceFileName = fileName;
		this.importedAt = at;
		this.importedBy = by;
		this.baseYear = baseYear;
	}

}

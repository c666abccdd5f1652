package ru.nko.platform.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A non-profit organisation; the directory of organisations grows around this record. */
@Entity
@Table(name = "organization")
@Audited
class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String shortName;

	private String inn;

	private String ogrn;

	private Long municipalityId;

	private boolean active = true;

	@Version
	@NotAudited
	private long version;

	protected Organization() {
	}

	Organization(String name, String shortName, String inn, String ogrn, Long municipalityId) {
		this.name = name;
		this.shortName = shortName;
		this.inn = inn;
		this.ogrn = ogrn;
		this.municipalityId = municipalityId;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getShortName() {
		return this.shortName;
	}

	String getInn() {
		return this.inn;
	}

	String getOgrn() {
		return this.ogrn;
	}

	Long getMunicipalityId() {
		return this.municipalityId;
	}

	boolean isActive() {
		return this.active;
	}
}

package ru.nko.platform.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A municipal unit of the region (district, okrug); reference data, editable with
 * history.
 */
@Entity
@Audited
class Municipality {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private MunicipalityKind kind;

	private String oktmo;

	private boolean active = true;

	private int position;

	@Version
	@NotAudited
	private long version;

	protected Municipality() {
	}

	Municipality(String name, MunicipalityKind kind, String oktmo, int position) {
		this.name = name;
		this.kind = kind;
		this.oktmo = oktmo;
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	MunicipalityKind getKind() {
		return this.kind;
	}

	String getOktmo() {
		return this.oktmo;
	}

	boolean isActive() {
		return this.active;
	}

	int getPosition() {
		return this.position;
	}

	long getVersion() {
		return this.version;
	}

	void update(String name, MunicipalityKind kind, String oktmo, boolean active) {
		this.name = name;
		this.kind = kind;
		this.oktmo = oktmo;
		this.active = active;
	}

}

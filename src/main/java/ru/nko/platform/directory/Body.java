package ru.nko.platform.directory;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A body named as an executor of measures: a committee, a civic chamber, a group of
 * bodies.
 */
@Entity
@Audited
class Body {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private BodyKind kind;

	private String normalizedName;

	private Long municipalityId;

	private boolean active = true;

	@ElementCollection
	@CollectionTable(name = "body_alias", joinColumns = @JoinColumn(name = "body_id"))
	@Column(name = "normalized_name")
	private Set<String> aliases = new HashSet<>();

	@Version
	@NotAudited
	private long version;

	protected Body() {
	}

	Body(String name, String shortName, BodyKind kind) {
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.normalizedName = BodyNames.normalizeName(name);
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

	BodyKind getKind() {
		return this.kind;
	}

	String getNormalizedName() {
		return this.normalizedName;
	}

	Long getMunicipalityId() {
		return this.municipalityId;
	}

	boolean isActive() {
		return this.active;
	}

	Set<String> getAliases() {
		return this.aliases;
	}

	long getVersion() {
		return this.version;
	}

	void update(String name, String shortName, BodyKind kind, boolean active) {
		String previous = this.normalizedName;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.active = active;
		this.normalizedName = BodyNames.normalizeName(name);
		if (!previous.equals(this.normalizedName)) {
			// the old wording keeps matching roadmap tables written before the rename
			this.aliases.add(previous);
		}
	}

	void addAlias(String writtenName) {
		String alias = BodyNames.normalizeName(writtenName);
		if (!alias.equals(this.normalizedName)) {
			this.aliases.add(alias);
		}
	}

}

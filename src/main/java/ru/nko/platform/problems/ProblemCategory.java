package ru.nko.platform.problems;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A kind of problem (premises, finance, …): reference data the administrator renames,
 * reorders, adds and deactivates; never deleted, as problems keep pointing at it. The
 * code is stable (the API uses it).
 */
@Entity
@Table(name = "problem_category")
@Audited
class ProblemCategory {

	/** The size of its name's column. */
	static final int MAX_NAME = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private int position;

	private boolean active = true;

	@Version
	@NotAudited
	private long version;

	protected ProblemCategory() {
	}

	ProblemCategory(String code, String name, int position) {
		this.code = code;
		this.name = name;
		this.position = position;
	}

	/** Reference data: plain changes, recorded by the audit. */
	void update(String name, int position, boolean active) {
		this.name = name;
		this.position = position;
		this.active = active;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	int getPosition() {
		return this.position;
	}

	boolean isActive() {
		return this.active;
	}

	/** The name, so that a history of problems shows the category in words. */
	@Override
	public String toString() {
		return this.name;
	}

}

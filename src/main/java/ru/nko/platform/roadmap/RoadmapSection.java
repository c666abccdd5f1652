package ru.nko.platform.roadmap;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A numbered group of measures ("1. Взаимодействие …"). */
@Entity
@Audited
class RoadmapSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roadmapId;

	private String code;

	private String title;

	private int position;

	private boolean withdrawn;

	@Version
	@NotAudited
	private long version;

	protected RoadmapSection() {
	}

	RoadmapSection(long roadmapId, String code, String title, int position) {
		this.roadmapId = roadmapId;
		this.code = code;
		this.title = title;
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	Long getRoadmapId() {
		return this.roadmapId;
	}

	String getCode() {
		return this.code;
	}

	String getTitle() {
		return this.title;
	}

	int getPosition() {
		return this.position;
	}

	/**
	 * Sets what the table says; a withdrawn section the table brings back is restored.
	 */
	void update(String title, int position) {
		this.title = title;
		this.position = position;
		this.withdrawn = false;
	}

	/**
	 * Takes the section out of the roadmap; its measures are withdrawn with it by the
	 * import.
	 */
	void withdraw() {
		this.withdrawn = true;
	}

	boolean isWithdrawn() {
		return this.withdrawn;
	}

}

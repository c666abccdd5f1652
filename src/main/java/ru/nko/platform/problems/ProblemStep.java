package ru.nko.platform.problems;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One dated, attributed step of a problem's way (recorded, accepted, …), append-only: the
 * problem's timeline.
 */
@Entity
@Table(name = "problem_step")
class ProblemStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ProblemStatus status;

	@Column(name = "occurred_at")
	private Instant at;

	private String byName;

	private String note;

	protected ProblemStep() {
	}

	ProblemStep(ProblemStatus status, Instant at, String byName, String note) {
		this.status = status;
		this.at = at;
		this.byName = byName;
		this.note = note;
	}

	Long getId() {
		return this.id;
	}

	ProblemStatus getStatus() {
		return this.status;
	}

	Instant getAt() {
		return this.at;
	}

	String getByName() {
		return this.byName;
	}

	String getNote() {
		return this.note;
	}

}

package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.time.Instant;

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
 * A measurable target of a measure. Its actual value is computed by the attached provider
 * or, where none is attached, entered by an executor with evidence.
 */
@Entity
@Audited
class Indicator {

	/** Which way is good. */
	enum Direction {

		AT_LEAST, AT_MOST

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long measureId;

	private String name;

	private String unit;

	private BigDecimal target;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private String providerKey;

	private BigDecimal actual;

	private boolean computed;

	/**
	 * Not audited: recomputing an unchanged value is not a change worth a history line.
	 */
	@NotAudited
	private Instant computedAt;

	private String enteredBy;

	private String evidenceNote;

	private int position;

	private boolean withdrawn;

	@Version
	@NotAudited
	private long version;

	protected Indicator() {
	}

	Indicator(long measureId, String name, String unit, BigDecimal target, Direction direction, int position) {
		this.measureId = measureId;
		this.name = name;
		this.unit = unit;
		this.target = target;
		this.direction = direction;
		this.position = position;
	}

	void attach(String providerKey) {
		if (this.providerKey != null && !this.providerKey.equals(providerKey)) {
			// a value computed by the old source is not evidence of anything any more
			this.actual = null;
			this.computed = false;
			this.computedAt = null;
		}
		this.providerKey = providerKey;
	}

	/** Stores a value computed by the provider; returns whether it changed. */
	boolean computedValue(BigDecimal value, Instant at) {
		boolean changed = !this.computed || !same(this.actual, value);
		this.actual = value;
		this.computed = true;
		this.computedAt = at;
		this.enteredBy = null;
		this.evidenceNote = null;
		return changed;
	}

	/**
	 * Stores a target computed by the provider (null: none now, e.g. nothing planned).
	 */
	void computedTarget(BigDecimal target) {
		if (!same(this.target, target)) {
			this.target = target;
		}
	}

	void enter(BigDecimal value, String by, String evidence, Instant at) {
		if (this.providerKey != null) {
			throw new IllegalStateException("Значение показателя вычисляется автоматически");
		}
		this.actual = value;
		this.computed = false;
		this.computedAt = at;
		this.enteredBy = by;
		this.evidenceNote = evidence;
	}

	/** Whether the actual value reaches the target. */
	Boolean achieved() {
		if (this.actual == null || this.target == null) {
			return null;
		}
		int comparison = this.actual.compareTo(this.target);
		return this.direction == Direction.AT_MOST ? comparison <= 0 : comparison >= 0;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	Long getId() {
		return this.id;
	}

	Long getMeasureId() {
		return this.measureId;
	}

	String getName() {
		return this.name;
	}

	String getUnit() {
		return this.unit;
	}

	BigDecimal getTarget() {
		return this.target;
	}

	Direction getDirection() {
		return this.direction;
	}

	String getProviderKey() {
		return this.providerKey;
	}

	BigDecimal getActual() {
		return this.actual;
	}

	boolean isComputed() {
		return this.computed;
	}

	Instant getComputedAt() {
		return this.computedAt;
	}

	String getEnteredBy() {
		return this.enteredBy;
	}

	String getEvidenceNote() {
		return this.evidenceNote;
	}

	boolean isWithdrawn() {
		return this.withdrawn;
	}

}

package ru.nko.platform.openness;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** One criterion of the openness checklist, managed by the administrator. */
@Entity
@Table(name = "openness_criterion")
@Audited
class Criterion {

	/**
	 * A code: Latin capitals, digits and "_", starting with a letter, within its column
	 * of 40.
	 */
	static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

	/** The size of the name column. */
	static final int NAME_MAX = 300;

	/** The size of the explanation column. */
	static final int EXPLANATION_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String explanation;

	private int weight;

	@Enumerated(EnumType.STRING)
	private CheckKind checkKind;

	private String checkTarget;

	private boolean requiredForApplicants;

	private boolean active = true;

	private int position;

	@Version
	@NotAudited
	private long version;

	protected Criterion() {
	}

	Criterion(String code, String name, String explanation, int weight, CheckKind checkKind, String checkTarget,
			boolean requiredForApplicants, int position) {
		this.code = code;
		this.name = name;
		this.explanation = explanation;
		this.weight = weight;
		this.checkKind = checkKind;
		this.checkTarget = checkTarget;
		this.requiredForApplicants = requiredForApplicants;
		this.position = position;
	}

	/**
	 * What the administrator sets; the code stays, so evaluations and exports keep
	 * referring to the same criterion.
	 */
	void update(String name, String explanation, int weight, CheckKind checkKind, String checkTarget,
			boolean requiredForApplicants, boolean active, int position) {
		this.name = name;
		this.explanation = explanation;
		this.weight = weight;
		this.checkKind = checkKind;
		this.checkTarget = checkTarget;
		this.requiredForApplicants = requiredForApplicants;
		this.active = active;
		this.position = position;
	}

	String getName() {
		return this.name;
	}

	String getExplanation() {
		return this.explanation;
	}

	int getWeight() {
		return this.weight;
	}

	CheckKind getCheckKind() {
		return this.checkKind;
	}

	String getCheckTarget() {
		return this.checkTarget;
	}

	boolean isRequiredForApplicants() {
		return this.requiredForApplicants;
	}

	OpennessRules.CriterionFacts facts() {
		return new OpennessRules.CriterionFacts(this.code, this.name, this.explanation, this.weight, this.checkKind,
				this.checkTarget, this.requiredForApplicants);
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	boolean isActive() {
		return this.active;
	}

	int getPosition() {
		return this.position;
	}

}

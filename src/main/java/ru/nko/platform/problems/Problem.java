package ru.nko.platform.problems;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import ru.nko.platform.system.InvalidInput;

/**
 * A problem NGOs face in a municipality (measure 1.1). Its status moves only along the
 * workflow new → accepted → in the plan → resolved (or rejected with a reason); every
 * move adds a dated, attributed step.
 */
@Entity
@Table(name = "problem")
@Audited
class Problem {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 5000;

	static final int MAX_NOTE = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long municipalityId;

	/**
	 * The organisation the problem was recorded for; null when an officer recorded it
	 * without one.
	 */
	private Long authorOrganizationId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ProblemCategory category;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private ProblemStatus status;

	private String rejectionReason;

	/** Who recorded it (a person's name: shown only to those who may see the author). */
	private String recordedBy;

	private Instant registeredAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = false)
	@JoinColumn(name = "problem_id", nullable = false, updatable = false)
	@OrderBy("at asc, id asc")
	@NotAudited
	private List<ProblemStep> steps = new ArrayList<>();

	@Version
	@NotAudited
	private long version;

	protected Problem() {
	}

	Problem(long municipalityId, Long authorOrganizationId, ProblemCategory category, String title, String description,
			String recordedBy, Instant at) {
		this.municipalityId = municipalityId;
		this.authorOrganizationId = authorOrganizationId;
		this.category = category;
		this.title = title;
		this.description = description;
		this.recordedBy = recordedBy;
		this.registeredAt = at;
		this.status = ProblemStatus.NEW;
		this.steps.add(new ProblemStep(ProblemStatus.NEW, at, recordedBy, null));
	}

	/**
	 * The municipal officer accepts a new problem after moderation; it becomes public.
	 */
	void accept(String by, Instant at) {
		move(ProblemStatus.ACCEPTED, by, at, null);
	}

	/** An accepted problem is taken into the municipality's action plan. */
	void includeInPlan(String by, Instant at) {
		move(ProblemStatus.IN_PLAN, by, at, null);
	}

	/** The problem is solved; the note says how (may be empty). */
	void resolve(String note, String by, Instant at) {
		move(ProblemStatus.RESOLVED, by, at, blankToNull(note));
	}

	/** The officer refuses the problem, always saying why. */
	void reject(String reason, String by, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "Укажите причину отклонения: её увидит автор проблемы");
		}
		move(ProblemStatus.REJECTED, by, at, reason.strip());
		this.rejectionReason = reason.strip();
	}

	/** The moderator may put a problem into a better-fitting category. */
	void recategorize(ProblemCategory category) {
		if (this.status != ProblemStatus.NEW && this.status != ProblemStatus.ACCEPTED) {
			throw new IllegalStateException("Категорию меняют только у новой или принятой проблемы");
		}
		this.category = category;
	}

	/** Whether the workflow allows going from {@code from} to {@code to}. */
	static boolean allowed(ProblemStatus from, ProblemStatus to) {
		return switch (from) {
			case NEW -> to == ProblemStatus.ACCEPTED || to == ProblemStatus.REJECTED;
			case ACCEPTED ->
				to == ProblemStatus.IN_PLAN || to == ProblemStatus.RESOLVED || to == ProblemStatus.REJECTED;
			case IN_PLAN -> to == ProblemStatus.RESOLVED;
			case RESOLVED, REJECTED -> false;
		};
	}

	private void move(ProblemStatus to, String by, Instant at, String note) {
		if (!allowed(this.status, to)) {
			throw new IllegalStateException(refusal(this.status, to));
		}
		this.status = to;
		this.steps.add(new ProblemStep(to, at, by, note));
	}

	private static String refusal(ProblemStatus from, ProblemStatus to) {
		String what = switch (to) {
			case ACCEPTED -> "Принять можно только новую проблему";
			case IN_PLAN -> "Включить в план можно только принятую проблему";
			case RESOLVED -> "Решённой можно отметить только принятую или включённую в план проблему";
			case REJECTED -> "Отклонить можно только новую или принятую проблему";
			case NEW -> "Проблема не может снова стать новой";
		};
		return what + " (сейчас: " + name(from) + ").";
	}

	static String name(ProblemStatus status) {
		return switch (status) {
			case NEW -> "новая";
			case ACCEPTED -> "принята";
			case IN_PLAN -> "в плане";
			case RESOLVED -> "решена";
			case REJECTED -> "отклонена";
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long getId() {
		return this.id;
	}

	long getMunicipalityId() {
		return this.municipalityId;
	}

	Long getAuthorOrganizationId() {
		return this.authorOrganizationId;
	}

	ProblemCategory getCategory() {
		return this.category;
	}

	String getTitle() {
		return this.title;
	}

	String getDescription() {
		return this.description;
	}

	ProblemStatus getStatus() {
		return this.status;
	}

	String getRejectionReason() {
		return this.rejectionReason;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRegisteredAt() {
		return this.registeredAt;
	}

	List<ProblemStep> getSteps() {
		return Collections.unmodifiableList(this.steps);
	}

}

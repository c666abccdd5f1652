package ru.nko.platform.actionplans;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One measure of a municipal action plan: what is done, by whom, by when, for which
 * problems.
 */
@Entity
@Table(name = "action_plan_item")
@Audited
class ActionPlanItem {

	/** The size of the title column. */
	static final int TITLE_MAX = 500;

	/** The size of the responsible column. */
	static final int RESPONSIBLE_MAX = 300;

	/** The size of the column of the completion note or the reason of cancelling. */
	static final int STATUS_NOTE_MAX = 1000;

	/** Where the item stands; "overdue" is not stored but read from the due date. */
	enum Status {

		PLANNED, IN_PROGRESS, DONE, CANCELLED;

		boolean open() {
			return this == PLANNED || this == IN_PROGRESS;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	private int position;

	private String title;

	private String responsible;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PLANNED;

	private String statusNote;

	private LocalDate doneOn;

	private String createdBy;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "action_plan_item_problem", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "problem_id")
	private Set<Long> problemIds = new HashSet<>();

	@Version
	@NotAudited
	private long version;

	protected ActionPlanItem() {
	}

	ActionPlanItem(long planId, int position, String title, String responsible, LocalDate dueDate, Set<Long> problemIds,
			String createdBy, Instant createdAt) {
		this.planId = planId;
		this.position = position;
		this.title = title;
		this.responsible = responsible;
		this.dueDate = dueDate;
		this.problemIds.addAll(problemIds);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Changes what the item says; a finished or cancelled item is no longer edited. */
	void revise(String title, String responsible, LocalDate dueDate, Set<Long> problemIds) {
		if (!this.status.open()) {
			throw new IllegalStateException("Выполненное или отменённое мероприятие не изменяют");
		}
		this.title = title;
		this.responsible = responsible;
		this.dueDate = dueDate;
		this.problemIds.clear();
		this.problemIds.addAll(problemIds);
	}

	void start() {
		if (this.status != Status.PLANNED) {
			throw new IllegalStateException("Начать можно только запланированное мероприятие");
		}
		this.status = Status.IN_PROGRESS;
	}

	void complete(LocalDate on, String note) {
		if (!this.status.open()) {
			throw new IllegalStateException("Мероприятие уже выполнено или отменено");
		}
		this.status = Status.DONE;
		this.doneOn = on;
		this.statusNote = note;
	}

	/**
	 * Withdrawal instead of deletion: the item stays in the plan, crossed out, with the
	 * reason.
	 */
	void cancel(String reason) {
		if (!this.status.open()) {
			throw new IllegalStateException("Мероприятие уже выполнено или отменено");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Нужна причина отмены");
		}
		this.status = Status.CANCELLED;
		this.statusNote = reason.strip();
	}

	boolean overdueOn(LocalDate day) {
		return this.status.open() && this.dueDate.isBefore(day);
	}

	Long getId() {
		return this.id;
	}

	long getPlanId() {
		return this.planId;
	}

	int getPosition() {
		return this.position;
	}

	String getTitle() {
		return this.title;
	}

	String getResponsible() {
		return this.responsible;
	}

	LocalDate getDueDate() {
		return this.dueDate;
	}

	Status getStatus() {
		return this.status;
	}

	String getStatusNote() {
		return this.statusNote;
	}

	LocalDate getDoneOn() {
		return this.doneOn;
	}

	Set<Long> getProblemIds() {
		return this.problemIds;
	}

}

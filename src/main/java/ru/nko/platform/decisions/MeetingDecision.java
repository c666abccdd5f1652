package ru.nko.platform.decisions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import ru.nko.platform.system.InvalidInput;

/**
 * A decision taken at a meeting: what, who answers for it (a body, an organisation or a
 * person, as written), by when, and whether it is done; optionally tied to a problem or
 * an action-plan item by id.
 */
@Entity
@Table(name = "meeting_decision")
@Audited
class MeetingDecision {

	/** The shortest and longest wording of a decision. */
	static final int MIN_TEXT = 5;

	static final int MAX_TEXT = 2000;

	/** The sizes of the owner's and the note's columns. */
	static final int MAX_OWNER = 300;

	static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_decision_seq")
	@SequenceGenerator(name = "meeting_decision_seq", sequenceName = "meeting_decision_seq", allocationSize = 50)
	private Long id;

	private long meetingId;

	/**
	 * The meeting's municipality (meetings module's id); null for the region's own
	 * meetings.
	 */
	private Long municipalityId;

	/**
	 * The day of the meeting that took the decision: nothing is done or due before it.
	 */
	private LocalDate meetingDay;

	/**
	 * Whether the region runs the meeting (7.4): its decisions are the region's to carry
	 * out, not the municipality's officers'.
	 */
	private boolean regional;

	@Column(columnDefinition = "text")
	private String text;

	private String owner;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private DecisionStatus status = DecisionStatus.OPEN;

	private LocalDate doneAt;

	private String note;

	/**
	 * A problem of the municipality this decision answers (problems module's id; no
	 * foreign key yet).
	 */
	private Long problemId;

	/**
	 * An item of the municipality's action plan this decision feeds (no foreign key yet).
	 */
	private Long planItemId;

	private String createdBy;

	private Instant createdAt;

	@Version
	@NotAudited
	private long version;

	protected MeetingDecision() {
	}

	MeetingDecision(MeetingFacts meeting, String text, String owner, LocalDate dueDate, Long problemId, Long planItemId,
			String createdBy, Instant createdAt) {
		this.meetingId = meeting.meetingId();
		this.municipalityId = meeting.municipalityId();
		this.meetingDay = meeting.day();
		this.regional = meeting.regional();
		this.text = text;
		this.owner = owner;
		this.dueDate = dueDate;
		this.problemId = problemId;
		this.planItemId = planItemId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Done on a day (not before the meeting's day, when the decision was taken; not in
	 * the future).
	 */
	void markDone(LocalDate on, String note, LocalDate today) {
		requireOpen();
		if (on == null || on.isAfter(today)) {
			throw new InvalidInput("doneAt", "Укажите дату исполнения — не позже сегодняшней");
		}
		if (on.isBefore(this.meetingDay)) {
			throw new InvalidInput("doneAt",
					"Решение не может быть исполнено раньше дня встречи, на которой его приняли");
		}
		this.status = DecisionStatus.DONE;
		this.doneAt = on;
		this.note = blankToNull(note);
	}

	/** No longer to be carried out: the reason is required. */
	void cancel(String reason) {
		requireOpen();
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("note", "Укажите, почему решение больше не исполняется");
		}
		this.status = DecisionStatus.CANCELLED;
		this.note = reason.strip();
	}

	/** Open and past its due date on this day. */
	boolean overdueOn(LocalDate today) {
		return this.status == DecisionStatus.OPEN && this.dueDate != null && this.dueDate.isBefore(today);
	}

	/** Done, and no later than due. */
	boolean doneOnTime() {
		return this.status == DecisionStatus.DONE && this.doneAt != null && !this.doneAt.isAfter(this.dueDate);
	}

	private void requireOpen() {
		if (this.status != DecisionStatus.OPEN) {
			throw new InvalidInput(null,
					"Решение уже " + (this.status == DecisionStatus.DONE ? "исполнено" : "снято с исполнения"));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long getId() {
		return this.id;
	}

	Long getMunicipalityId() {
		return this.municipalityId;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	LocalDate getMeetingDay() {
		return this.meetingDay;
	}

	boolean isRegional() {
		return this.regional;
	}

	String getText() {
		return this.text;
	}

	String getOwner() {
		return this.owner;
	}

	LocalDate getDueDate() {
		return this.dueDate;
	}

	DecisionStatus getStatus() {
		return this.status;
	}

	LocalDate getDoneAt() {
		return this.doneAt;
	}

	String getNote() {
		return this.note;
	}

	Long getProblemId() {
		return this.problemId;
	}

	Long getPlanItemId() {
		return this.planItemId;
	}

}

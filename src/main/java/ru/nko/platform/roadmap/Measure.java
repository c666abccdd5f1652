package ru.nko.platform.roadmap;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One row of the roadmap: what is to be done, what it must produce, by when and by whom.
 */
@Entity
@Audited
class Measure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roadmapId;

	private Long sectionId;

	private String code;

	private String parentCode;

	private String title;

	private String expectedResult;

	private String deadlineText;

	private LocalDate deadlineStart;

	private LocalDate deadlineEnd;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence;

	private Integer dueMonth;

	private Integer dueDay;

	private boolean deadlineParsed;

	private int position;

	private boolean withdrawn;

	/**
	 * Why the deadline or executors last changed: the file a re-import came from, or the
	 * act an administrator named when amending by hand.
	 */
	private String changeBasis;

	@ElementCollection
	@CollectionTable(name = "measure_executor", joinColumns = @JoinColumn(name = "measure_id"))
	@OrderColumn(name = "position")
	private List<Executor> executors = new ArrayList<>();

	@Version
	@NotAudited
	private long version;

	protected Measure() {
	}

	Measure(long roadmapId, long sectionId, String code) {
		this.roadmapId = roadmapId;
		this.sectionId = sectionId;
		this.code = code;
	}

	/**
	 * Sets everything the roadmap table says about the measure; used by the first import
	 * and every re-import, whose file ({@code basis}) becomes the basis of a changed
	 * deadline or executors.
	 */
	void describe(long sectionId, String parentCode, String title, String expectedResult, Deadline deadline,
			List<Executor> executors, int position, String basis) {
		if (this.id == null || !deadline().equals(deadline) || !this.executors.equals(executors)) {
			this.changeBasis = basis;
		}
		this.sectionId = sectionId;
		this.parentCode = parentCode;
		this.title = title;
		this.expectedResult = expectedResult == null ? "" : expectedResult;
		this.position = position;
		this.withdrawn = false;
		assign(deadline, executors);
	}

	/**
	 * Changes the deadline and the executors by hand, with the act or reason that allows
	 * it; a withdrawn measure is not amended, and a measure keeps a lead executor.
	 */
	void amend(Deadline deadline, List<Executor> executors, String basis) {
		if (this.withdrawn) {
			throw new IllegalStateException("Мероприятие " + this.code + " исключено из дорожной карты");
		}
		if (executors.stream().noneMatch(executor -> executor.getRole() == ExecutorRole.LEAD)) {
			throw new IllegalArgumentException("Нет ответственного исполнителя");
		}
		assign(deadline, executors);
		this.changeBasis = basis;
	}

	private void assign(Deadline deadline, List<Executor> executors) {
		this.deadlineText = deadline.text();
		this.deadlineStart = deadline.start();
		this.deadlineEnd = deadline.end();
		this.recurrence = deadline.recurrence();
		this.dueMonth = deadline.dueDay() == null ? null : deadline.dueDay().getMonthValue();
		this.dueDay = deadline.dueDay() == null ? null : deadline.dueDay().getDayOfMonth();
		this.deadlineParsed = deadline.parsed();
		if (!this.executors.equals(executors)) {
			this.executors.clear();
			this.executors.addAll(executors);
		}
	}

	long getVersion() {
		return this.version;
	}

	String getChangeBasis() {
		return this.changeBasis;
	}

	/** Takes the measure out of the roadmap without losing it or its reports. */
	void withdraw() {
		this.withdrawn = true;
	}

	Long getId() {
		return this.id;
	}

	Long getRoadmapId() {
		return this.roadmapId;
	}

	Long getSectionId() {
		return this.sectionId;
	}

	String getCode() {
		return this.code;
	}

	String getParentCode() {
		return this.parentCode;
	}

	String getTitle() {
		return this.title;
	}

	String getExpectedResult() {
		return this.expectedResult;
	}

	int getPosition() {
		return this.position;
	}

	boolean isWithdrawn() {
		return this.withdrawn;
	}

	List<Executor> getExecutors() {
		return this.executors;
	}

	Deadline deadline() {
		MonthDay due = this.dueMonth == null ? null : MonthDay.of(this.dueMonth, this.dueDay);
		return new Deadline(this.deadlineText, this.deadlineStart, this.deadlineEnd, this.recurrence, due,
				this.deadlineParsed);
	}

	boolean executedBy(long bodyId) {
		return this.executors.stream().anyMatch(executor -> executor.getBodyId() == bodyId);
	}

	/**
	 * A body named for a measure, as lead or co-executor, with the name as the table
	 * wrote it.
	 */
	@Embeddable
	static class Executor {

		@Column(name = "body_id")
		private long bodyId;

		@Enumerated(EnumType.STRING)
		@Column(name = "role")
		private ExecutorRole role;

		@Column(name = "name_as_written")
		private String nameAsWritten;

		protected Executor() {
		}

		Executor(long bodyId, ExecutorRole role, String nameAsWritten) {
			this.bodyId = bodyId;
			this.role = role;
			this.nameAsWritten = nameAsWritten;
		}

		long getBodyId() {
			return this.bodyId;
		}

		ExecutorRole getRole() {
			return this.role;
		}

		String getNameAsWritten() {
			return this.nameAsWritten;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Executor that && that.bodyId == this.bodyId && that.role == this.role
					&& Objects.equals(that.nameAsWritten, this.nameAsWritten);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.bodyId, this.role, this.nameAsWritten);
		}

		@Override
		public String toString() {
			return this.nameAsWritten + (this.role == ExecutorRole.LEAD ? "" : " (соисполнитель)");
		}

	}

}

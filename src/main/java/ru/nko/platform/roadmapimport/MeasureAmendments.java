package ru.nko.platform.roadmapimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import ru.nko.platform.directory.BodyRef;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmap.Deadline;
import ru.nko.platform.roadmap.ExecutorRole;
import ru.nko.platform.roadmap.MeasureAssignment;
import ru.nko.platform.roadmap.RoadmapManagement;
import ru.nko.platform.roadmap.RoadmapPlan;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * The administrator's amendments of a measure between imports: a new deadline, read as
 * the import reads it, and executors chosen from the directory's bodies, with the act or
 * reason that allows the change. Checked here, written through the roadmap's API.
 */
@Service
class MeasureAmendments {

	private final RoadmapManagement roadmap;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	MeasureAmendments(RoadmapManagement roadmap, DirectoryManagement directory, MessageSource messages) {
		this.roadmap = roadmap;
		this.directory = directory;
		this.messages = messages;
	}

	/** The measure as it is now; not found for an unknown or withdrawn one. */
	MeasureAssignment assignment(long measureId) {
		return this.roadmap.assignment(measureId).orElseThrow(() -> new NotFound(text("amend.notFound")));
	}

	/** The form filled with the measure as it is now, the basis left for the person. */
	AmendForm form(MeasureAssignment measure) {
		return new AmendForm(measure.version(), measure.deadline().text(),
				measure.executors().stream().map(executor -> new Row(executor.bodyId(), executor.role())).toList(), "");
	}

	/** The bodies to choose from, by name. */
	List<BodyRef> bodies() {
		return this.directory.bodies();
	}

	/**
	 * Checks the form and amends the measure; every problem is reported at once and
	 * nothing changes when there is one.
	 */
	void amend(long measureId, AmendForm form) {
		MeasureAssignment measure = assignment(measureId);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String deadlineText = errors.required(form.deadline(), "deadline", text("amend.deadline"),
				text("amend.deadline.required"), RoadmapPlan.DEADLINE_MAX);
		Deadline deadline = null;
		if (deadlineText != null && deadlineText.length() <= RoadmapPlan.DEADLINE_MAX) {
			deadline = DeadlineParser.parse(deadlineText, measure.baseYear());
			if (!deadline.parsed()) {
				errors.add("deadline", text("amend.deadline.unparsed", deadlineText));
			}
		}
		List<RoadmapPlan.Executor> executors = executors(measure, form.rows(), errors);
		String basis = errors.required(form.basis(), "basis", text("amend.basis"), text("amend.basis.required"),
				MeasureAssignment.BASIS_MAX);
		errors.throwIfAny();
		if (deadline.equals(measure.deadline()) && executors.equals(measure.executors())) {
			throw new InvalidInput(null, text("amend.unchanged"));
		}
		this.roadmap.amend(measureId, form.version(), deadline, executors, basis);
	}

	/**
	 * The executors the rows name, in their order; a body kept in its part keeps the name
	 * the roadmap wrote for it, a new one is named as the directory names it.
	 */
	private List<RoadmapPlan.Executor> executors(MeasureAssignment measure, List<Row> rows,
			InvalidInput.Errors errors) {
		List<Row> chosen = rows.stream().filter(row -> row.bodyId() != null).toList();
		Map<Long, BodyRef> bodies = this.directory.bodies(chosen.stream().map(Row::bodyId).toList());
		List<RoadmapPlan.Executor> executors = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Row row : chosen) {
			BodyRef body = bodies.get(row.bodyId());
			if (body == null) {
				errors.add("executors", text("amend.executors.unknown"));
				continue;
			}
			if (!seen.add(body.id())) {
				errors.add("executors", text("amend.executors.twice", body.name()));
				continue;
			}
			ExecutorRole role = row.role() == null ? ExecutorRole.CO : row.role();
			String name = measure.executors()
				.stream()
				.filter(executor -> executor.bodyId() == body.id() && executor.role() == role)
				.map(RoadmapPlan.Executor::nameAsWritten)
				.findFirst()
				.orElse(body.name());
			executors.add(new RoadmapPlan.Executor(body.id(), role, name));
		}
		if (executors.isEmpty() && seen.isEmpty()) {
			errors.add("executors", text("amend.executors.none"));
		}
		else if (!executors.isEmpty()
				&& executors.stream().noneMatch(executor -> executor.role() == ExecutorRole.LEAD)) {
			errors.add("executors", text("amend.executors.noLead"));
		}
		return executors;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, RussianFormat.RU);
	}

	/**
	 * What the administrator sends: the version read, the deadline as text, a row per
	 * executor (a row without a body is ignored: that is how one is removed) and the
	 * basis of the change.
	 */
	record AmendForm(long version, String deadline, List<Row> rows, String basis) {

		AmendForm {
			rows = rows == null ? List.of() : List.copyOf(rows);
		}

	}

	/** One executor row: the body chosen (or none) and its part. */
	record Row(Long bodyId, ExecutorRole role) {
	}

}

package ru.nko.platform.decisions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What other modules do with decisions of meetings. The meetings module records and
 * settles them once it has checked that the signed-in user runs the meeting and that the
 * meeting has been held; the rest are reads without a caller check, for pages that show
 * only what they may.
 */
@Service
public class DecisionManagement {

	private final Decisions decisions;

	DecisionManagement(Decisions decisions) {
		this.decisions = decisions;
	}

	/**
	 * Records a decision of a held meeting; field errors name {@code decisionText},
	 * {@code decisionOwner} …
	 */
	@PreAuthorize("isAuthenticated()")
	public long record(MeetingFacts meeting, DecisionForm form, String byName) {
		return this.decisions.record(meeting, form, byName);
	}

	/**
	 * Marks a decision of the meeting done on a day (today when blank), or withdraws it
	 * with a reason.
	 */
	@PreAuthorize("isAuthenticated()")
	public void settle(long meetingId, long decisionId, DecisionStatus outcome, String doneAt, String note) {
		this.decisions.settle(meetingId, decisionId, outcome, doneAt, note);
	}

	/**
	 * A meeting's decisions in order; {@code organiser}: the viewer runs the meeting and
	 * sees rejected problems' titles too.
	 */
	public List<DecisionView> ofMeeting(long meetingId, boolean organiser) {
		return this.decisions.ofMeeting(meetingId, organiser);
	}

	/** What a new decision of this meeting may refer to. */
	public DecisionChoices choices(MeetingFacts meeting) {
		return this.decisions.choices(meeting);
	}

	/**
	 * Open and overdue decisions per meeting id (meetings without open decisions are
	 * absent).
	 */
	public Map<Long, OpenDecisions> open(Collection<Long> meetingIds) {
		return this.decisions.open(meetingIds);
	}

	/** Open decisions past their due date today, per municipality id. */
	public Map<Long, Integer> overdueByMunicipality() {
		return this.decisions.overdueByMunicipality();
	}

	/** Decisions due in a year: all, done on time, overdue now. */
	public DecisionsDue due(int year) {
		return this.decisions.due(year);
	}

	/**
	 * Decisions of a past meeting as they were taken and carried out; start-up and demo
	 * data, by the platform only.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	public void loadPast(MeetingFacts meeting, List<PastDecision> past, String takenBy, Instant takenAt) {
		this.decisions.loadPast(meeting, past, takenBy, takenAt);
	}

}

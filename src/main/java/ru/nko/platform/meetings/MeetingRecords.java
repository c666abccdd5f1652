package ru.nko.platform.meetings;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.decisions.DecisionForm;
import ru.nko.platform.decisions.DecisionManagement;
import ru.nko.platform.decisions.DecisionStatus;
import ru.nko.platform.decisions.MeetingFacts;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.meetingdocuments.MeetingDocuments;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * What a meeting leaves behind: minutes, closing, decisions and their execution,
 * documents, and the agreement of a year's meeting plan. Each method checks the caller's
 * scope and either succeeds whole or changes nothing.
 */
@Service
class MeetingRecords {

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private final MeetingRepository meetings;

	private final DecisionManagement decisions;

	private final MeetingDocuments documents;

	private final DirectoryManagement directory;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingRecords(MeetingRepository meetings, DecisionManagement decisions, MeetingDocuments documents,
			DirectoryManagement directory, UploadInspector inspector, FileStorage storage,
			ApplicationEventPublisher events, Clock clock) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.documents = documents;
		this.directory = directory;
		this.inspector = inspector;
		this.storage = storage;
		this.events = events;
		this.clock = clock;
	}

	/** The minutes of a held meeting, with an optional signed copy. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void recordMinutes(long meetingId, String minutes, String fileName, byte[] file) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		UploadInspector.Inspected inspected = null;
		if (file != null && file.length > 0) {
			inspected = inspect("minutesFile", fileName, file);
		}
		// the rules are checked before the file is stored, so a refused protocol leaves
		// no file behind
		meeting.recordMinutes(minutes, null, null, null, null, user.fullName(), this.clock.instant());
		if (inspected != null) {
			String key = this.storage.store("meetings", file);
			meeting.recordMinutes(minutes, inspected.fileName(), inspected.contentType(), inspected.size(), key,
					user.fullName(), this.clock.instant());
		}
	}

	/** Closes a held meeting that has its minutes; only then does it count as held. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void close(long meetingId) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		meeting.close(user.fullName(), this.clock.instant());
		this.events.publishEvent(new MeetingHeld(meeting.getId(), meeting.getMunicipalityId(), meeting.getType(),
				meeting.getStartsAt().atZone(this.clock.getZone()).toOffsetDateTime()));
	}

	/** Records a decision of a held meeting. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long decide(long meetingId, DecisionForm form) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		if (meeting.getStatus() != MeetingStatus.HELD) {
			throw new InvalidInput(null,
					meeting.getStatus() == MeetingStatus.CLOSED ? "Встреча закрыта: новые решения не добавляются"
							: "Решения записывают после встречи: сначала отметьте посещаемость");
		}
		return this.decisions.record(facts(meeting), form, user.fullName());
	}

	/** Marks a decision done on a day, or withdraws it from execution with a reason. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void settleDecision(long meetingId, long decisionId, DecisionStatus outcome, String doneAt, String note) {
		MeetingAccess.requireManager(load(meetingId));
		this.decisions.settle(meetingId, decisionId, outcome, doneAt, note);
	}

	/** What decisions need to know of the meeting. */
	MeetingFacts facts(Meeting meeting) {
		return new MeetingFacts(meeting.getId(), meeting.getMunicipalityId(),
				meeting.getStartsAt().atZone(this.clock.getZone()).toLocalDate(), meeting.regional());
	}

	/**
	 * Attaches a document (checked by content, up to 10 MB); public unless marked
	 * internal.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long attach(long meetingId, String title, String fileName, byte[] file, boolean internal) {
		Meeting meeting = load(meetingId);
		CurrentUser user = MeetingAccess.requireManager(meeting);
		if (meeting.getStatus() == MeetingStatus.CANCELLED) {
			throw new InvalidInput(null, "Встреча отменена: документы к ней не добавляются");
		}
		return this.documents.attach(meetingId, title, fileName, file, internal, user.fullName());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdrawDocument(long meetingId, long documentId) {
		MeetingAccess.requireManager(load(meetingId));
		this.documents.withdraw(meetingId, documentId);
	}

	private UploadInspector.Inspected inspect(String field, String fileName, byte[] file) {
		try {
			return this.inspector.inspect(fileName, file, UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES);
		}
		catch (UploadInspector.RejectedUpload rejected) {
			throw new InvalidInput(field, rejected.getMessage());
		}
	}

	private Meeting load(long meetingId) {
		return this.meetings.findById(meetingId).orElseThrow(() -> new NotFound("Встреча не найдена"));
	}

}

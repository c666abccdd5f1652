package ru.nko.platform.meetingdocuments;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * Documents attached to meetings: checked by content (up to 10 MB), public unless marked
 * internal, withdrawn rather than deleted. The meetings module checks that the meeting
 * takes documents and who runs it; this module what the file is.
 */
@Service
public class MeetingDocuments {

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** The longest title of a document. */
	private static final int TITLE_MAX = 300;

	private final MeetingDocumentRepository documents;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final Clock clock;

	MeetingDocuments(MeetingDocumentRepository documents, UploadInspector inspector, FileStorage storage, Clock clock) {
		this.documents = documents;
		this.inspector = inspector;
		this.storage = storage;
		this.clock = clock;
	}

	/**
	 * Attaches a document to a meeting; field errors name {@code documentTitle} and
	 * {@code documentFile}.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long attach(long meetingId, String title, String fileName, byte[] file, boolean internal, String byName) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String name = errors.optional(title, "documentTitle", "Название документа", TITLE_MAX);
		UploadInspector.Inspected inspected = null;
		if (file == null || file.length == 0) {
			errors.add("documentFile", "Выберите файл документа");
		}
		else {
			try {
				inspected = this.inspector.inspect(fileName, file, UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add("documentFile", rejected.getMessage());
			}
		}
		errors.throwIfAny();
		String key = this.storage.store("meetings", file);
		return this.documents
			.save(new MeetingDocument(meetingId, name == null ? inspected.fileName() : name, inspected.fileName(),
					inspected.contentType(), inspected.size(), key, internal, byName, this.clock.instant()))
			.getId();
	}

	/** Withdraws a document of the meeting; it stays stored, no longer listed. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdraw(long meetingId, long documentId) {
		current(meetingId, documentId).withdraw(this.clock.instant());
	}

	/**
	 * The meeting's documents still attached, oldest first; internal ones only for the
	 * organisers.
	 */
	@Transactional(readOnly = true)
	public List<MeetingDocumentView> ofMeeting(long meetingId, boolean organiser) {
		return this.documents.current(meetingId)
			.stream()
			.filter(d -> organiser || !d.isInternal())
			.map(d -> new MeetingDocumentView(d.getId(), d.getTitle(), d.getFileName(), d.getContentType(), d.getSize(),
					d.isInternal(), d.getUploadedBy(), d.getUploadedAt()))
			.toList();
	}

	/**
	 * A document's file: public ones for everybody, internal ones for the organisers only
	 * (not found for others).
	 */
	@Transactional(readOnly = true)
	public MeetingDocumentFile file(long meetingId, long documentId, boolean organiser) {
		MeetingDocument document = current(meetingId, documentId);
		if (document.isInternal() && !organiser) {
			throw new NotFound("Документ не найден");
		}
		return new MeetingDocumentFile(document.getFileName(), document.getContentType(), document.getFileKey(),
				document.isInternal());
	}

	private MeetingDocument current(long meetingId, long documentId) {
		return this.documents.findById(documentId)
			.filter(d -> d.getMeetingId() == meetingId && !d.withdrawn())
			.orElseThrow(() -> new NotFound("Документ не найден"));
	}

}

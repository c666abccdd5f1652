package ru.nko.platform.meetingdocuments;

import java.time.Instant;

/** A document attached to a meeting, as its page lists it. */
public record MeetingDocumentView(long id, String title, String fileName, String contentType, long size,
		boolean internal, String uploadedBy, Instant uploadedAt) {
}

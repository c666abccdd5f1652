package ru.nko.platform.meetingdocuments;

/**
 * A document's file in the storage; {@code internal} ones go to the organisers only and
 * stay out of shared caches.
 */
public record MeetingDocumentFile(String fileName, String contentType, String key, boolean internal) {
}

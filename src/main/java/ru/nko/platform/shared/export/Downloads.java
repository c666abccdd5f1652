package ru.nko.platform.shared.export;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a page hands out a file: saved under its own (Cyrillic-safe) name, never
 * sniffed into something else by the browser, and, for files that only some people may
 * see, never kept in shared caches.
 */
public final class Downloads {

	/** iCalendar files, UTF-8. */
	public static final String CALENDAR = "text/calendar;charset=UTF-8";

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	/**
	 * An iCalendar file shown inline (calendar programs open it; browsers offer to add
	 * it), public.
	 */
	public static ResponseEntity<byte[]> calendar(byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CALENDAR))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(content);
	}

	/** A file anyone may fetch (public documents, exports of public data). */
	public static ResponseEntity<byte[]> attachment(byte[] content, String fileName, MediaType type) {
		return response(content, fileName, type, false);
	}

	/**
	 * A file with restricted access: not stored by proxies or the browser's shared cache.
	 */
	public static ResponseEntity<byte[]> privateAttachment(byte[] content, String fileName, MediaType type) {
		return response(content, fileName, type, true);
	}

	/** As {@link #attachment}, with the content type as stored with an upload. */
	public static ResponseEntity<byte[]> attachment(byte[] content, String fileName, String contentType) {
		return attachment(content, fileName, MediaType.parseMediaType(contentType));
	}

	/**
	 * The headers of {@link #privateAttachment} set on a response the caller then writes
	 * the file to, for a file too big to hold in memory.
	 */
	public static void privateAttachment(HttpServletResponse response, String fileName, MediaType type) {
		response(null, fileName, type, true).getHeaders()
			.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
	}

	/** As {@link #privateAttachment}, with the content type as stored with an upload. */
	public static ResponseEntity<byte[]> privateAttachment(byte[] content, String fileName, String contentType) {
		return privateAttachment(content, fileName, MediaType.parseMediaType(contentType));
	}

	private static ResponseEntity<byte[]> response(byte[] content, String fileName, MediaType type,
			boolean restricted) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(restricted ? CacheControl.noStore().cachePrivate() : CacheControl.noCache())
			.body(content);
	}

}

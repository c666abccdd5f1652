package ru.nko.platform.shared.files;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * How big an upload may be, address by address: the ordinary limit everywhere
 * ({@code nko.uploads.max-file-size}), more where a module declares a
 * {@link LargeUpload}. The servlet container's multipart limits are only the ceiling of
 * them all; these are checked before a body is read where its length is announced
 * ({@link UploadLimitFilter}), and on every part once read
 * ({@link LimitedMultipartResolver}), so that no controller reads into memory more than
 * its address allows.
 */
@Component
public class UploadLimits {

	/** Room in a request for the form's other fields and the multipart framing. */
	private static final long FORM_ROOM = DataSize.ofMegabytes(5).toBytes();

	private final DataSize ordinary;

	private final Map<String, DataSize> large = new HashMap<>();

	public UploadLimits(@Value("${nko.uploads.max-file-size:25MB}") DataSize ordinary, List<LargeUpload> large,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize ceiling) {
		this.ordinary = ordinary;
		for (LargeUpload upload : large) {
			if (upload.maxFileSize().toBytes() > ceiling.toBytes()) {
				throw new IllegalStateException("Загрузка " + upload.paths() + " до " + upload.maxFileSize()
						+ " больше предела spring.servlet.multipart.max-file-size (" + ceiling + ")");
			}
			upload.paths().forEach(path -> this.large.put(path, upload.maxFileSize()));
		}
	}

	/**
	 * The largest file the request's address takes; on the error dispatch, the failed
	 * request's address.
	 */
	public DataSize maxFileSize(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String original ? original : request.getRequestURI();
		String path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		return this.large.getOrDefault(path, this.ordinary);
	}

	/**
	 * The largest file of the request being served, or the ordinary one outside a
	 * request.
	 */
	public DataSize maxFileSize() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? maxFileSize(attributes.getRequest()) : this.ordinary;
	}

	/** Whether the request announces a body longer than its address takes. */
	boolean announcedOverLimit(HttpServletRequest request) {
		return request.getContentLengthLong() > maxFileSize(request).toBytes() + FORM_ROOM;
	}

	/**
	 * Whether the request is over its address's limit, by the length it announces or by a
	 * part the server has read (or refused to read).
	 */
	public boolean exceeded(HttpServletRequest request) {
		if (announcedOverLimit(request)) {
			return true;
		}
		try {
			long max = maxFileSize(request).toBytes();
			for (Part part : request.getParts()) {
				if (part.getSize() > max) {
					return true;
				}
			}
			return false;
		}
		catch (IllegalStateException ex) {
			// the container's own limits
			return true;
		}
		catch (IOException | ServletException ex) {
			return false;
		}
	}

	/**
	 * Refuses a request whose announced length is over its address's limit, before
	 * reading it.
	 */
	void checkAnnounced(HttpServletRequest request) {
		if (announcedOverLimit(request)) {
			throw new MaxUploadSizeExceededException(maxFileSize(request).toBytes());
		}
	}

	/** Refuses a file read from the request that is over its address's limit. */
	void check(HttpServletRequest request, Iterable<MultipartFile> files) {
		long max = maxFileSize(request).toBytes();
		for (MultipartFile file : files) {
			if (file.getSize() > max) {
				throw new MaxUploadSizeExceededException(max);
			}
		}
	}

}

package ru.nko.platform.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as a form sent it, not yet checked: its name and content; both null when no file
 * was chosen.
 */
public record UploadedFile(String name, byte[] content) {

	/**
	 * The form's file part; an absent or empty part gives a name (if any) and no content.
	 */
	public static UploadedFile of(MultipartFile file) {
		if (file == null) {
			return new UploadedFile(null, null);
		}
		try {
			return new UploadedFile(file.getOriginalFilename(), file.isEmpty() ? null : file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

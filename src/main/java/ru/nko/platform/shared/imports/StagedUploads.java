package ru.nko.platform.shared.imports;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import ru.nko.platform.shared.files.FileStorage;

/**
 * Uploaded files kept in {@link FileStorage} between an import's preview and its
 * confirmation, under a random token the preview page carries; a token that is malformed
 * or no longer stored is a stale upload, not a failure.
 */
@Component
public class StagedUploads {

	/** What a page says when the upload it refers to is gone. */
	public static final String STALE = "Загрузка устарела. Выберите файл ещё раз.";

	private static final Pattern TOKEN = Pattern.compile("imports/[0-9a-f-]{36}");

	private final FileStorage storage;

	StagedUploads(FileStorage storage) {
		this.storage = storage;
	}

	/**
	 * Keeps the file until the import is confirmed; returns the token to put into the
	 * preview page.
	 */
	public String stage(byte[] content) {
		return this.storage.store("imports", content);
	}

	/**
	 * The staged file, or empty when the token is not one this class handed out or the
	 * file is gone.
	 */
	public Optional<byte[]> staged(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.storage.read(token));
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof NoSuchFileException) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}

package ru.nko.platform.shared.imports;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.InputStreamSource;
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
	 * Keeps a file too big to hold in memory (a registry of hundreds of megabytes) until
	 * the import is confirmed; returns the token. The caller closes the stream.
	 */
	public String stage(InputStream content) {
		return this.storage.store("imports", content);
	}

	/** A staged file read as a stream, as often as needed: its length and content. */
	public record Staged(long size, InputStreamSource content) {
	}

	/**
	 * The staged file without reading it, or empty when the token is not one this class
	 * handed out or the file is gone.
	 */
	public Optional<Staged> file(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Staged(this.storage.size(token), () -> this.storage.open(token)));
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof NoSuchFileException) {
				return Optional.empty();
			}
			throw ex;
		}
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

package ru.nko.platform.shared.files;

import java.io.InputStream;

/**
 * Where uploaded files live; a local folder by default, replaceable by a shared store for
 * several nodes.
 */
public interface FileStorage {

	/** Stores the bytes and returns the key to read them back. */
	String store(String folder, byte[] content);

	/**
	 * Stores what the stream holds, without holding it in memory (a big upload); returns
	 * the key to read it back. The caller closes the stream.
	 */
	String store(String folder, InputStream content);

	/**
	 * The stored file's length in bytes; throws {@link java.io.UncheckedIOException} if
	 * it is gone.
	 */
	long size(String key);

	/** Opens a stored file; throws {@link java.io.UncheckedIOException} if it is gone. */
	InputStream open(String key);

	byte[] read(String key);

}

package ru.nko.platform.shared.files;

import java.io.InputStream;

/**
 * Where uploaded files live; a local folder by default, replaceable by a shared store for
 * several nodes.
 */
public interface FileStorage {

	/** Stores the bytes and returns the key to read them back. */
	String store(String folder, byte[] content);

	/** Opens a stored file; throws {@link java.io.UncheckedIOException} if it is gone. */
	InputStream open(String key);

	byte[] read(String key);

}

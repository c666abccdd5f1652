package ru.nko.platform.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files in a local folder ({@code nko.files.root}), named by random keys so no user text
 * reaches a path.
 */
@Component
class LocalFileStorage implements FileStorage {

	private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}/[0-9a-f-]{36}");

	private final Path root;

	LocalFileStorage(@Value("${nko.files.root:data/files}") String root) {
		this.root = Path.of(root).toAbsolutePath().normalize();
	}

	@Override
	public String store(String folder, byte[] content) {
		String key = folder + "/" + UUID.randomUUID();
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, content, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Не удалось сохранить файл", ex);
		}
		return key;
	}

	@Override
	public String store(String folder, InputStream content) {
		String key = folder + "/" + UUID.randomUUID();
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Files.copy(content, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Не удалось сохранить файл", ex);
		}
		return key;
	}

	@Override
	public long size(String key) {
		try {
			return Files.size(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Файл не найден", ex);
		}
	}

	@Override
	public InputStream open(String key) {
		try {
			return Files.newInputStream(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Файл не найден", ex);
		}
	}

	@Override
	public byte[] read(String key) {
		try {
			return Files.readAllBytes(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Файл не найден", ex);
		}
	}

	private Path resolve(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Недопустимый ключ файла");
		}
		return this.root.resolve(key);
	}

}

package ru.nko.platform.shared.files;

import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * Addresses that take files bigger than the platform's ordinary upload limit
 * ({@code nko.uploads.max-file-size}), declared as a bean by the module that reads them
 * without holding them in memory (the organisation registry in CSV); never more than the
 * servlet container's ceiling ({@code spring.servlet.multipart.max-file-size}).
 *
 * @param paths the addresses as the request names them, without the context path
 * @param maxFileSize the largest file they take
 */
public record LargeUpload(List<String> paths, DataSize maxFileSize) {

	public LargeUpload {
		paths = List.copyOf(paths);
	}

}

package ru.nko.platform.system;

/**
 * Thrown when a thing asked for by id does not exist (or is not visible); answered with
 * 404.
 */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}

}

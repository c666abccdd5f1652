package ru.nko.platform.system;

/**
 * A request the API refuses as malformed (a period too long, a year out of range): 400
 * with the Russian message.
 */
public class BadRequest extends RuntimeException {

	public BadRequest(String message) {
		super(message);
	}

}

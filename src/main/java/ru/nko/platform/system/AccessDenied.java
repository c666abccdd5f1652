package ru.nko.platform.system;

/**
 * Thrown by services when the signed-in user may not touch the thing asked for; answered
 * with 403.
 */
public class AccessDenied extends RuntimeException {

	public AccessDenied(String message) {
		super(message);
	}

}

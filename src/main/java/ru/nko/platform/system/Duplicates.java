package ru.nko.platform.system;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

import ru.nko.platform.system.InvalidInput;

/**
 * Writes that a unique index guards after a pre-check: two requests at once (a double
 * click, two people) both pass the check and the second insert hits the index. That one
 * is refused with the same Russian message as the check, instead of a server error. The
 * write must flush (saveAndFlush) so that the index answers inside the call; the refusal
 * then rolls the whole transaction back, as any refusal does.
 */
public final class Duplicates {

	private Duplicates() {
	}

	/**
	 * Runs the write; a violation of {@code constraint} becomes a refusal with the
	 * message, on the field.
	 */
	public static <T> T refused(String constraint, String field, String message, Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException ex) {
			String cause = ex.getMostSpecificCause().getMessage();
			if (cause != null && cause.contains(constraint)) {
				throw new InvalidInput(field, message);
			}
			throw ex;
		}
	}

}

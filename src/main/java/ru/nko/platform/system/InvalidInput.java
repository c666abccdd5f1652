package ru.nko.platform.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A business rule refused the input: answered with 422 and the Russian messages, nothing changed.
 * Each error names the form field it belongs to, or {@code null} for the whole form.
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInput(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public InvalidInput(List<FieldError> errors) {
		super(errors.isEmpty() ? "" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/**
	 * Collects the errors of one form, field by field, so that the user hears of all of them at once; the checks
	 * every form needs (a required text within its length, a date as the browser's date field sends it) live here.
	 */
	public static final class Errors {

		private final List<FieldError> errors = new ArrayList<>();

		/** The text, stripped; a blank one is refused with {@code message}, a longer one with "Не длиннее N знаков". */
		public String required(String value, String field, String message, int max) {
			if (value == null || value.isBlank()) {
				add(field, message);
				return null;
			}
			return optional(value, field, max);
		}

		/** The text, stripped, or null when blank; a longer one is refused. */
		public String optional(String value, String field, int max) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String text = value.strip();
			if (text.length() > max) {
				add(field, "Не длиннее " + max + " знаков");
			}
			return text;
		}

		/** A required date (ISO, as a date field sends it); refused with {@code message}, or with it and {@code example} when malformed. */
		public LocalDate date(String value, String field, String message, String example) {
			if (value == null || value.isBlank()) {
				add(field, message);
				return null;
			}
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				add(field, message + ", например " + example);
				return null;
			}
		}

		public void add(String field, String message) {
			this.errors.add(new FieldError(field, message));
		}

		/** Refuses the form if any check failed. */
		public void throwIfAny() {
			if (!this.errors.isEmpty()) {
				throw new InvalidInput(this.errors);
			}
		}
	}

	/** One message, tied to a field or to the whole form. */
	public record FieldError(String field, String message) implements java.io.Serializable {
	}
}

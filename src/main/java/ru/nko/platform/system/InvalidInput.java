package ru.nko.platform.system;

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

	/** One message, tied to a field or to the whole form. */
	public record FieldError(String field, String message) implements java.io.Serializable {
	}
}

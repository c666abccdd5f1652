package ru.nko.platform.system;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.nko.platform.shared.text.WebAddress;

/**
 * A business rule refused the input: answered with 422 and the Russian messages, nothing
 * changed. Each error names the form field it belongs to, or {@code null} for the whole
 * form.
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
	 * The messages as errors of the whole form, tied to no field: for pages where many
	 * forms share field names.
	 */
	public List<FieldError> wholeForm() {
		return this.errors.stream().map(error -> new FieldError(null, error.message())).toList();
	}

	/**
	 * Collects the errors of one form, field by field, so that the user hears of all of
	 * them at once; the checks every form needs (a required text within its length, a web
	 * address, a date as the browser's date field sends it) live here.
	 */
	public static final class Errors {

		private final List<FieldError> errors = new ArrayList<>();

		/**
		 * The text, stripped; a blank one is refused with {@code message}, a longer one
		 * with "Не длиннее N знаков".
		 */
		public String required(String value, String field, String message, int max) {
			return required(value, field, null, message, max);
		}

		/**
		 * The text, stripped; a blank one is refused with {@code message}, a longer one
		 * with a message naming {@code label}.
		 */
		public String required(String value, String field, String label, String message, int max) {
			if (value == null || value.isBlank()) {
				add(field, message);
				return null;
			}
			return optional(value, field, label, max);
		}

		/** The text, stripped, or null when blank; a longer one is refused. */
		public String optional(String value, String field, int max) {
			return optional(value, field, null, max);
		}

		/**
		 * The text, stripped, or null when blank; one longer than {@code max} (the size
		 * of its database column) is refused with a message naming the field by its
		 * {@code label}, as the form shows it.
		 */
		public String optional(String value, String field, String label, int max) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String text = value.strip();
			if (text.length() > max) {
				add(field, tooLong(label, max, text.length()));
			}
			return text;
		}

		/**
		 * An optional web page address ({@link WebAddress}: http or https only,
		 * "vk.com/group" becomes "https://vk.com/group"), or null when blank; refused
		 * with {@code message} when it is not one, and with a message naming
		 * {@code label} when longer than {@code max}.
		 */
		public String webAddress(String value, String field, String label, String message, int max) {
			if (value == null || value.isBlank()) {
				return null;
			}
			Optional<String> url = WebAddress.parse(value);
			if (url.isEmpty()) {
				add(field, message);
				return null;
			}
			if (url.get().length() > max) {
				add(field, tooLong(label, max, url.get().length()));
				return null;
			}
			return url.get();
		}

		/**
		 * A required date (ISO, as a date field sends it); refused with {@code message},
		 * or with it and {@code example} when malformed.
		 */
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

	/**
	 * The one wording for a text longer than its field allows, for forms and imports
	 * alike: "«Сокращённое наименование»: не длиннее 200 знаков, сейчас 300".
	 */
	public static String tooLong(String label, int max, int length) {
		return label == null ? "Не длиннее " + max + " знаков"
				: "«" + label + "»: не длиннее " + max + " знаков, сейчас " + length + ". Сократите текст";
	}

	/** One message, tied to a field or to the whole form. */
	public record FieldError(String field, String message) implements Serializable {
	}

}

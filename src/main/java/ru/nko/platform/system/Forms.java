package ru.nko.platform.system;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page sends a form: do it, then redirect with a notice (message key); when
 * the input is refused, render the page again with the errors ({@code formErrors}, shown
 * by {@code fragments/forms :: errorSummary}) and nothing changed.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * Runs {@code action}; on success flashes {@code notice} and redirects to
	 * {@code then}; on refusal renders {@code again}.
	 */
	public static String submit(Model model, RedirectAttributes redirect, Runnable action, String notice, String then,
			Supplier<String> again) {
		try {
			action.run();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("formErrors", invalid.errors());
			return again.get();
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + then;
	}

	/**
	 * Runs {@code action}, which answers where to go (the page of what it created); on
	 * success flashes {@code notice} (unless null: the action flashed its own) and
	 * redirects there; on refusal renders {@code again}.
	 */
	public static String submit(Model model, RedirectAttributes redirect, Supplier<String> action, String notice,
			Supplier<String> again) {
		String then;
		try {
			then = action.get();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("formErrors", invalid.errors());
			return again.get();
		}
		if (notice != null) {
			redirect.addFlashAttribute("notice", notice);
		}
		return "redirect:" + then;
	}

	/**
	 * For a page with many small forms (one per row): runs {@code action} and redirects
	 * to {@code then} either way, with {@code notice} on success and, on refusal, the
	 * messages as {@code formErrors} of the whole page (no field to link to: every row's
	 * form has fields of the same names).
	 */
	public static String submitOnPage(RedirectAttributes redirect, Runnable action, String notice, String then) {
		return submitOnPage(redirect, action, notice, then,
				(attributes, invalid) -> attributes.addFlashAttribute("formErrors", invalid.wholeForm()));
	}

	/**
	 * As {@link #submitOnPage(RedirectAttributes, Runnable, String, String)}, with the
	 * refusal flashed by {@code refused} (next to the row it concerns).
	 */
	public static String submitOnPage(RedirectAttributes redirect, Runnable action, String notice, String then,
			BiConsumer<RedirectAttributes, InvalidInput> refused) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInput invalid) {
			refused.accept(redirect, invalid);
		}
		return "redirect:" + then;
	}

}

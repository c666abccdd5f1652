package ru.nko.platform.system;

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

}

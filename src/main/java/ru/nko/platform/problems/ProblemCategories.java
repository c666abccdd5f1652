package ru.nko.platform.problems;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * The administrator keeps the list of problem categories: renames, reorders, adds and
 * deactivates (never deletes).
 */
@Service
class ProblemCategories {

	private final ProblemCategoryRepository categories;

	ProblemCategories(ProblemCategoryRepository categories) {
		this.categories = categories;
	}

	/** A category as the form shows and returns it; {@code id} is null for a new one. */
	record Form(Long id, String code, String name, Integer position, boolean active) {
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public List<Form> all() {
		return this.categories.findAllByOrderByPositionAscIdAsc()
			.stream()
			.map(c -> new Form(c.getId(), c.getCode(), c.getName(), c.getPosition(), c.isActive()))
			.toList();
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public long save(Form form) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		ProblemCategory category = null;
		String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
		if (form.id() != null) {
			category = this.categories.findById(form.id()).orElseThrow(() -> new NotFound("Категория не найдена"));
		}
		else if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
			errors.add("code", "Код — латинские заглавные буквы, цифры и «_», например HOUSING");
		}
		else if (this.categories.existsByCode(code)) {
			errors.add("code", "Категория с кодом " + code + " уже есть");
		}
		String name = errors.required(form.name(), "name", "Название", "Укажите название категории",
				ProblemCategory.MAX_NAME);
		if (form.position() == null || form.position() < 0 || form.position() > 10_000) {
			errors.add("position", "Порядок — целое число от 0 до 10 000");
		}
		errors.throwIfAny();
		if (category == null) {
			category = this.categories.save(new ProblemCategory(code, name, form.position()));
			if (!form.active()) {
				category.update(name, form.position(), false);
			}
			return category.getId();
		}
		category.update(name, form.position(), form.active());
		return category.getId();
	}

}

package ru.nko.platform.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.InvalidInput.FieldError;
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
		List<FieldError> errors = new ArrayList<>();
		ProblemCategory category = null;
		String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
		if (form.id() != null) {
			category = this.categories.findById(form.id()).orElseThrow(() -> new NotFound("Категория не найдена"));
		}
		else if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
			errors.add(new FieldError("code", "Код — латинские заглавные буквы, цифры и «_», например HOUSING"));
		}
		else if (this.categories.existsByCode(code)) {
			errors.add(new FieldError("code", "Категория с кодом " + code + " уже есть"));
		}
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			errors.add(new FieldError("name", "Укажите название категории (до 200 знаков)"));
		}
		if (form.position() == null || form.position() < 0 || form.position() > 10_000) {
			errors.add(new FieldError("position", "Порядок — целое число от 0 до 10 000"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
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

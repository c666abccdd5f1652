package ru.nko.platform.openness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * The administrator keeps the openness checklist: criteria, weights, how each is checked,
 * which are required.
 */
@Service
class CriteriaAdministration {

	/**
	 * Every check the rules understand, as "KIND:TARGET" in the order a form lists them.
	 */
	static final List<String> CHECKS = List.of("FIELD_FILLED:PUBLIC_CONTACTS", "FIELD_FILLED:HEAD_NAME",
			"FIELD_FILLED:DESCRIPTION", "FIELD_FILLED:ADDRESS", "LINK_GIVEN:WEBSITE", "LINK_GIVEN:SOCIAL_PAGE",
			"LINK_GIVEN:WEBSITE_OR_SOCIAL", "DOCUMENT_PUBLISHED:CHARTER", "DOCUMENT_PUBLISHED:PROJECTS",
			"DOCUMENT_PUBLISHED:OTHER", "REPORT_FOR_LAST_YEAR:ANNUAL_REPORT", "REPORT_FOR_LAST_YEAR:MINJUST_REPORT",
			"REPORT_FOR_LAST_YEAR:FINANCIAL_REPORT");

	private final CriterionRepository criteria;

	private final ApplicationEventPublisher events;

	CriteriaAdministration(CriterionRepository criteria, ApplicationEventPublisher events) {
		this.criteria = criteria;
		this.events = events;
	}

	/** A criterion as the form shows and returns it. */
	record Form(Long id, String code, String name, String explanation, Integer weight, String check, boolean required,
			boolean active, Integer position) {
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public List<Form> all() {
		return this.criteria.findAllByOrderByPositionAscIdAsc()
			.stream()
			.map(c -> new Form(c.getId(), c.getCode(), c.getName(), c.getExplanation(), c.getWeight(),
					c.getCheckKind() + ":" + c.getCheckTarget(), c.isRequiredForApplicants(), c.isActive(),
					c.getPosition()))
			.toList();
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public long save(Form form) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		Criterion criterion = null;
		if (form.id() != null) {
			criterion = this.criteria.findById(form.id()).orElseThrow(() -> new NotFound("Критерий не найден"));
		}
		else if (form.code() == null || !form.code().strip().matches(Criterion.CODE_PATTERN)) {
			errors.add("code", "Код — латинские заглавные буквы, цифры и «_», например SOCIAL_GROUP");
		}
		else if (this.criteria.existsByCode(form.code().strip())) {
			errors.add("code", "Критерий с кодом " + form.code().strip() + " уже есть");
		}
		String name = errors.required(form.name(), "name", "Название", "Укажите название критерия", Criterion.NAME_MAX);
		String explanation = errors.required(form.explanation(), "explanation", "Что сделать организации",
				"Напишите, что сделать организации, чтобы выполнить критерий", Criterion.EXPLANATION_MAX);
		if (form.weight() == null || form.weight() < 0 || form.weight() > 100) {
			errors.add("weight", "Вес — целое число от 0 до 100");
		}
		if (form.check() == null || !CHECKS.contains(form.check())) {
			errors.add("check", "Выберите, как проверяется критерий");
		}
		errors.throwIfAny();
		String[] check = form.check().split(":");
		int position = form.position() == null ? 0 : form.position();
		if (criterion == null) {
			criterion = this.criteria.save(new Criterion(form.code().strip(), name, explanation, form.weight(),
					CheckKind.valueOf(check[0]), check[1], form.required(), position));
			if (!form.active()) {
				criterion.update(name, explanation, form.weight(), CheckKind.valueOf(check[0]), check[1],
						form.required(), false, position);
			}
		}
		else {
			criterion.update(name, explanation, form.weight(), CheckKind.valueOf(check[0]), check[1], form.required(),
					form.active(), position);
		}
		// a criterion required, dropped or changed moves who meets the requirements
		this.events.publishEvent(OpennessIndicatorProviders.CHANGED);
		return criterion.getId();
	}

	static Map<String, String> checkKeys() {
		Map<String, String> keys = new LinkedHashMap<>();
		CHECKS.forEach(check -> keys.put(check, "criterion.check." + check.replace(':', '.')));
		return keys;
	}

}

package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.SystemAuthentication;

/** Indicators of measures: seeding from expected results, attaching providers, computing and entering values. */
@Service
class IndicatorService {

	private static final Logger log = LoggerFactory.getLogger(IndicatorService.class);

	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%");

	private static final Pattern DOCUMENT_RESULT = Pattern.compile(
			"^(план|перечень|акт|постановление|положение|порядок|концепция|список|программа|разработ|сформирован|определ[её]н|внесение изменений)",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

	private final IndicatorRepository indicators;

	private final MeasureRepository measures;

	private final IndicatorCatalog catalog;

	private final ReportingRights rights;

	private final Clock clock;

	private final TransactionTemplate transactions;

	IndicatorService(IndicatorRepository indicators, MeasureRepository measures, IndicatorCatalog catalog,
			ReportingRights rights, Clock clock, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.indicators = indicators;
		this.measures = measures;
		this.catalog = catalog;
		this.rights = rights;
		this.clock = clock;
	}

	/** What an expected result states as measurable, as indicators to create for a measure that has none. */
	static List<Indicator> derive(long measureId, String expectedResult) {
		List<Indicator> result = new ArrayList<>();
		String text = expectedResult == null ? "" : expectedResult.trim();
		String lower = text.toLowerCase(Locale.ROOT);
		Matcher percent = PERCENT.matcher(text);
		if (percent.find()) {
			result.add(new Indicator(measureId, text, "%", new BigDecimal(percent.group(1)), Indicator.Direction.AT_LEAST, 0));
		}
		if (lower.contains("не реже одного раза в квартал")) {
			result.add(new Indicator(measureId, "Доля муниципальных образований, проводящих рабочие встречи не реже раза в квартал",
					"%", BigDecimal.valueOf(100), Indicator.Direction.AT_LEAST, result.size()));
		}
		if (result.isEmpty() && DOCUMENT_RESULT.matcher(text).find()) {
			result.add(new Indicator(measureId, "Подготовлено и принято: " + text, "док.", BigDecimal.ONE,
					Indicator.Direction.AT_LEAST, 0));
		}
		return result;
	}

	/** Creates derived indicators for the measures of a roadmap that have none yet. */
	@Transactional
	void seedFromExpectedResults(long roadmapId) {
		List<Measure> all = this.measures.findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(roadmapId);
		var existing = this.indicators.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(all.stream().map(Measure::getId).toList())
			.stream().map(Indicator::getMeasureId).collect(java.util.stream.Collectors.toSet());
		for (Measure measure : all) {
			if (!existing.contains(measure.getId())) {
				this.indicators.saveAll(derive(measure.getId(), measure.getExpectedResult()));
			}
		}
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public long create(long measureId, String name, String unit, BigDecimal target, Indicator.Direction direction) {
		this.measures.findById(measureId).orElseThrow(() -> new NotFound("Мероприятие не найдено"));
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank()) {
			errors.add(new InvalidInput.FieldError("name", "Укажите, что измеряет показатель"));
		}
		if (unit == null || unit.isBlank()) {
			errors.add(new InvalidInput.FieldError("unit", "Укажите единицу измерения, например «%» или «шт.»"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return this.indicators.save(new Indicator(measureId, name.trim(), unit.trim(), target,
				direction == null ? Indicator.Direction.AT_LEAST : direction, 99)).getId();
	}

	/** Attaches a provider (or detaches with {@code null}) and computes the value at once. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void attach(long indicatorId, String providerKey) {
		Indicator indicator = load(indicatorId);
		String key = providerKey == null || providerKey.isBlank() ? null : providerKey;
		if (key != null && this.catalog.find(key).isEmpty()) {
			throw new InvalidInput("providerKey", "Такого источника данных нет в каталоге");
		}
		indicator.attach(key);
		if (key != null) {
			compute(indicator);
		}
	}

	/** An executor of the measure (or an administrator) enters the value with evidence, where nothing computes it. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void enter(long indicatorId, BigDecimal value, String evidence) {
		Indicator indicator = load(indicatorId);
		Measure measure = this.measures.findWithExecutorsById(indicator.getMeasureId()).orElseThrow();
		CurrentUser user = CurrentUser.get().orElseThrow();
		this.rights.checkCanReport(user, measure);
		if (indicator.getProviderKey() != null) {
			throw new InvalidInput("value", "Значение этого показателя вычисляется автоматически и не вводится вручную");
		}
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		if (value == null) {
			errors.add(new InvalidInput.FieldError("value", "Укажите значение числом, например 75 или 12,5"));
		}
		else if (value.signum() < 0 || value.compareTo(new BigDecimal("999999999999")) > 0) {
			errors.add(new InvalidInput.FieldError("value", "Значение должно быть неотрицательным числом"));
		}
		if (evidence == null || evidence.isBlank()) {
			errors.add(new InvalidInput.FieldError("evidence", "Укажите, на чём основано значение: документ, отчёт, ссылку"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		indicator.enter(value, user.fullName(), evidence.trim(), this.clock.instant());
	}

	/** Recomputes every indicator that has a provider; runs every minute and on demand. */
	@Scheduled(initialDelayString = "${nko.indicators.refresh-initial-delay:5000}", fixedDelayString = "${nko.indicators.refresh-delay:60000}")
	@SchedulerLock(name = "roadmap.indicators.refresh", lockAtMostFor = "PT5M")
	public void refreshAll() {
		SystemAuthentication.run(() -> this.transactions.executeWithoutResult(status -> refreshAllNow()));
	}

	private void refreshAllNow() {
		for (Indicator indicator : this.indicators.findByProviderKeyNotNullAndWithdrawnFalse()) {
			compute(indicator);
		}
	}

	private void compute(Indicator indicator) {
		this.catalog.find(indicator.getProviderKey()).ifPresent(provider -> {
			try {
				indicator.computedValue(provider.compute(), this.clock.instant());
			}
			catch (RuntimeException ex) {
				log.warn("Indicator provider {} failed", provider.key(), ex);
			}
		});
	}

	private Indicator load(long id) {
		return this.indicators.findById(id).orElseThrow(() -> new NotFound("Показатель не найден"));
	}
}

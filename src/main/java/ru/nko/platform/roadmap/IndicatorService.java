package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * Indicators of measures: seeding from expected results, attaching providers, computing
 * and entering values.
 */
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

	private final RoadmapAccess access;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writing;

	private final TransactionTemplate isolated;

	IndicatorService(IndicatorRepository indicators, MeasureRepository measures, IndicatorCatalog catalog,
			RoadmapAccess access, Clock clock, PlatformTransactionManager transactionManager) {
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		// a transaction of its own even when called after another one's commit, whose
		// resources are still bound then
		this.writing = new TransactionTemplate(transactionManager);
		this.writing.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.isolated = new TransactionTemplate(transactionManager);
		this.isolated.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.isolated.setReadOnly(true);
		this.indicators = indicators;
		this.measures = measures;
		this.catalog = catalog;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * What an expected result states as measurable, as indicators to create for a measure
	 * that has none.
	 */
	static List<Indicator> derive(long measureId, String expectedResult) {
		List<Indicator> result = new ArrayList<>();
		String text = expectedResult == null ? "" : expectedResult.trim();
		String lower = text.toLowerCase(Locale.ROOT);
		Matcher percent = PERCENT.matcher(text);
		if (percent.find()) {
			result.add(new Indicator(measureId, text, "%", new BigDecimal(percent.group(1)),
					Indicator.Direction.AT_LEAST, 0));
		}
		if (lower.contains("не реже одного раза в квартал")) {
			result.add(new Indicator(measureId,
					"Доля муниципальных образований, проводящих рабочие встречи не реже раза в квартал", "%",
					BigDecimal.valueOf(100), Indicator.Direction.AT_LEAST, result.size()));
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
		var existing = this.indicators
			.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(all.stream().map(Measure::getId).toList())
			.stream()
			.map(Indicator::getMeasureId)
			.collect(Collectors.toSet());
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
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String title = errors.required(name, "name", "Что измеряет показатель", "Укажите, что измеряет показатель",
				500);
		String units = errors.required(unit, "unit", "Единица измерения",
				"Укажите единицу измерения, например «%» или «шт.»", 50);
		if (target != null && (target.signum() < 0 || target.compareTo(new BigDecimal("999999999999")) > 0)) {
			errors.add("target", "Целевое значение должно быть неотрицательным числом");
		}
		errors.throwIfAny();
		return this.indicators
			.save(new Indicator(measureId, title, units, target,
					direction == null ? Indicator.Direction.AT_LEAST : direction, 99))
			.getId();
	}

	/**
	 * Attaches a provider (or detaches with {@code null}) and computes the value at once.
	 */
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
			computeInto(indicator);
		}
	}

	/**
	 * An executor of the measure (or an administrator) enters the value with evidence,
	 * where nothing computes it.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void enter(long indicatorId, BigDecimal value, String evidence) {
		Indicator indicator = load(indicatorId);
		Measure measure = this.measures.findWithExecutorsById(indicator.getMeasureId()).orElseThrow();
		CurrentUser user = CurrentUser.required();
		this.access.checkCanEnterIndicator(user, measure);
		if (indicator.getProviderKey() != null) {
			throw new InvalidInput("value",
					"Значение этого показателя вычисляется автоматически и не вводится вручную");
		}
		InvalidInput.Errors errors = new InvalidInput.Errors();
		if (value == null) {
			errors.add("value", "Укажите значение числом, например 75 или 12,5");
		}
		else if (value.signum() < 0 || value.compareTo(new BigDecimal("999999999999")) > 0) {
			errors.add("value", "Значение должно быть неотрицательным числом");
		}
		String basis = errors.required(evidence, "evidence", "Основание",
				"Укажите, на чём основано значение: документ, отчёт, ссылку", 1000);
		errors.throwIfAny();
		indicator.enter(value, user.fullName(), basis, this.clock.instant());
	}

	/**
	 * Recomputes every indicator that has a provider: a safety net behind
	 * {@link IndicatorInputsChanged} (for what changes with time alone, e.g. a quarter
	 * ending, and for data whose module publishes no event); every minute on one node.
	 */
	@Scheduled(initialDelayString = "${nko.indicators.refresh-initial-delay:5000}",
			fixedDelayString = "${nko.indicators.refresh-delay:60000}")
	@SchedulerLock(name = "roadmap.indicators.refresh", lockAtMostFor = "PT5M")
	public void refreshAll() {
		SystemAuthentication.run(this::refreshAllNow);
	}

	/**
	 * Each indicator on its own: one failing provider neither stops nor rolls back the
	 * others.
	 */
	void refreshAllNow() {
		recompute(this.readOnly.execute(status -> this.indicators.findByProviderKeyNotNullAndWithdrawnFalse()
			.stream()
			.map(Indicator::getId)
			.toList()));
	}

	/**
	 * Recomputes the indicators using these providers, and no other, each in a
	 * transaction of its own. Takes no scheduler lock, so a scheduled run in progress
	 * never makes it skip anything; if both write one indicator at once, the later write
	 * is retried with fresh data.
	 */
	void refresh(Set<String> providerKeys) {
		if (providerKeys.isEmpty()) {
			return;
		}
		recompute(this.readOnly.execute(status -> this.indicators.findByProviderKeyInAndWithdrawnFalse(providerKeys)
			.stream()
			.map(Indicator::getId)
			.toList()));
	}

	private void recompute(List<Long> ids) {
		for (Long id : ids) {
			try {
				recompute(id);
			}
			catch (RuntimeException ex) {
				log.warn("Indicator {} not recomputed; the next scheduled run will try again", id, ex);
			}
		}
	}

	private void recompute(long id) {
		for (int attempt = 1;; attempt++) {
			try {
				this.writing.executeWithoutResult(status -> this.indicators.findById(id).ifPresent(this::computeInto));
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Asks the indicator's provider and stores what it says; a failing provider leaves
	 * the old value.
	 */
	private void computeInto(Indicator indicator) {
		if (indicator.getProviderKey() == null || indicator.isWithdrawn()) {
			return;
		}
		Measure measure = this.measures.findById(indicator.getMeasureId()).orElseThrow();
		this.catalog.find(indicator.getProviderKey())
			.flatMap(provider -> compute(provider,
					new IndicatorContext(measure.getRoadmapId(), measure.getId(), measure.getCode())))
			.ifPresent(measured -> {
				indicator.computedValue(measured.value(), this.clock.instant());
				if (measured.withTarget()) {
					indicator.computedTarget(measured.target());
				}
			});
	}

	/**
	 * What a provider said: the value (may be absent) and, where it computes one, the
	 * target.
	 */
	record Measured(BigDecimal value, boolean withTarget, BigDecimal target) {
	}

	/**
	 * Asks a provider in a read-only transaction of its own, so that its failure cannot
	 * spoil the caller's; empty when it failed (the old value stays).
	 */
	private Optional<Measured> compute(IndicatorProvider provider, IndicatorContext context) {
		try {
			return Optional.of(this.isolated.execute(status -> new Measured(provider.compute(context),
					provider.computesTarget(), provider.computesTarget() ? provider.target(context) : null)));
		}
		catch (RuntimeException ex) {
			log.warn("Indicator provider {} failed for measure {}", provider.key(), context.measureCode(), ex);
			return Optional.empty();
		}
	}

	private Indicator load(long id) {
		return this.indicators.findById(id).orElseThrow(() -> new NotFound("Показатель не найден"));
	}

}

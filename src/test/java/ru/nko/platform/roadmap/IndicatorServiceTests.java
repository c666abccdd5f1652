package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.roadmapimport.RoadmapImportManagement;
import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestIndicatorProviders;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators computed by providers: attached by the administrator, recomputed when a
 * module says its data changed (only those providers' indicators, after the commit,
 * whatever the scheduled run is doing), refreshed on schedule, one failure isolated.
 */
@PlatformTest
class IndicatorServiceTests {

	private static final String TABLE = "№\tНаименование мероприятия\tОжидаемый результат\tСрок исполнения\tИсполнитель\n"
			+ "1.\tРаздел\t\t\t\n"
			+ "1.1\tПервое\tПлан первого\t2024 год\tКомитет общественных коммуникаций Ленинградской области\n"
			+ "1.2\tВторое\tПлан второго\t2024 год\tКомитет общественных коммуникаций Ленинградской области\n";

	@Autowired
	RoadmapManagement roadmaps;

	@Autowired
	RoadmapImportManagement imports;

	@Autowired
	IndicatorService service;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	LockProvider locks;

	TransactionTemplate transactions;

	@Autowired
	void transactions(PlatformTransactionManager manager) {
		this.transactions = new TransactionTemplate(manager);
	}

	private Indicator firstIndicatorOf(long measureId) {
		return this.indicators.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(List.of(measureId)).get(0);
	}

	@Test
	void aFailingProviderLeavesItsOldValueAndDoesNotStopTheOthers() {
		long roadmap = SystemAuthentication.call(() -> this.imports.importRoadmap("t.txt",
				TABLE.getBytes(StandardCharsets.UTF_8), "Область показателей " + UUID.randomUUID()));
		long first = this.roadmaps.measureId(roadmap, "1.1").orElseThrow();
		long second = this.roadmaps.measureId(roadmap, "1.2").orElseThrow();
		TestIndicatorProviders.VALUE.set(new BigDecimal("7"));
		SystemAuthentication.run(() -> {
			this.service.attach(firstIndicatorOf(first).getId(), "test.failing");
			this.service.attach(firstIndicatorOf(second).getId(), "test.settable");
		});
		assertThat(firstIndicatorOf(first).getActual()).isNull();
		assertThat(firstIndicatorOf(second).getActual()).isEqualByComparingTo("7");

		TestIndicatorProviders.VALUE.set(new BigDecimal("12"));
		this.service.refreshAllNow();

		assertThat(firstIndicatorOf(first).getActual()).isNull();
		assertThat(firstIndicatorOf(second).getActual()).isEqualByComparingTo("12");
		assertThat(firstIndicatorOf(second).isComputed()).isTrue();
		assertThat(firstIndicatorOf(second).getComputedAt()).isNotNull();
	}

	@Test
	void detachingAProviderDropsTheValueItComputed() {
		long roadmap = SystemAuthentication.call(() -> this.imports.importRoadmap("t.txt",
				TABLE.getBytes(StandardCharsets.UTF_8), "Область отключения " + UUID.randomUUID()));
		long measure = this.roadmaps.measureId(roadmap, "1.1").orElseThrow();
		long indicator = firstIndicatorOf(measure).getId();
		SystemAuthentication.run(() -> this.service.attach(indicator, "test.settable"));
		assertThat(firstIndicatorOf(measure).getActual()).isNotNull();

		SystemAuthentication.run(() -> this.service.attach(indicator, null));

		assertThat(firstIndicatorOf(measure).getActual()).isNull();
		assertThat(firstIndicatorOf(measure).isComputed()).isFalse();
	}

	@Test
	void theRoadmapsOwnProvidersAreInTheCatalogueWithRussianDescriptions() {
		assertThat(this.catalog.all()).extracting(IndicatorProvider::key)
			.contains("roadmap.measures.done-share", "roadmap.measures.overdue-share");
		assertThat(this.catalog.description("roadmap.measures.done-share")).contains("мероприятий");
		assertThat(this.catalog.view("roadmap.measures.done-share").unit()).isEqualTo("%");
	}

	@Test
	void everyProviderHasItsDescriptionAndUnitInThreeFormsFromTheBundles() {
		assertThat(this.catalog.views()).isNotEmpty().allSatisfy(view -> {
			assertThat(view.description()).as(view.key())
				.isNotBlank()
				.doesNotContain("indicator.")
				.doesNotContain(view.key());
			assertThat(view.unit()).as(view.key()).isNotBlank().doesNotContain("indicator.");
		});
		assertThat(this.catalog.quantity("interaction.problems.registered", null, new BigDecimal("52")))
			.isEqualTo("52 проблемы");
		assertThat(this.catalog.quantity("interaction.officials.appointed", null, new BigDecimal("1")))
			.isEqualTo("1 муниципальное образование");
		assertThat(this.catalog.quantity("interaction.meetings.quarterly-share", null, new BigDecimal("72.2")))
			.isEqualTo("72,2 %");
		// an indicator without a provider keeps the unit typed for it
		assertThat(this.catalog.quantity(null, "шт.", new BigDecimal("3"))).isEqualTo("3 шт.");
	}

	// ---------------------------------------------------------------- following events

	private long[] twoIndicators(String region) {
		long roadmap = SystemAuthentication.call(() -> this.imports.importRoadmap("t.txt",
				TABLE.getBytes(StandardCharsets.UTF_8), region + " " + UUID.randomUUID()));
		long first = firstIndicatorOf(this.roadmaps.measureId(roadmap, "1.1").orElseThrow()).getId();
		long second = firstIndicatorOf(this.roadmaps.measureId(roadmap, "1.2").orElseThrow()).getId();
		TestIndicatorProviders.VALUE.set(new BigDecimal("5"));
		TestIndicatorProviders.OTHER.set(new BigDecimal("5"));
		SystemAuthentication.run(() -> {
			this.service.attach(first, "test.settable");
			this.service.attach(second, "test.other");
		});
		return new long[] { first, second };
	}

	private BigDecimal actual(long indicatorId) {
		return this.indicators.findById(indicatorId).orElseThrow().getActual();
	}

	/**
	 * Publishes the event inside a transaction, as a module does when it changes its
	 * data.
	 */
	private void publishInTransaction(IndicatorInputsChanged event, boolean rollBack) {
		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(event);
			if (rollBack) {
				status.setRollbackOnly();
			}
		});
	}

	@Test
	void anEventRecomputesTheIndicatorsOfItsProvidersAfterTheCommitAndNoOther() {
		long[] ids = twoIndicators("Область событий");
		TestIndicatorProviders.VALUE.set(new BigDecimal("8"));
		TestIndicatorProviders.OTHER.set(new BigDecimal("9"));
		int otherAsked = TestIndicatorProviders.OTHER_ASKED.get();

		// a transaction that rolls back changed nothing: nothing is recomputed
		publishInTransaction(IndicatorInputsChanged.of("test.settable"), true);
		assertThat(actual(ids[0])).isEqualByComparingTo("5");

		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(IndicatorInputsChanged.of("test.settable"));
			// not before the commit: providers read committed data
			assertThat(actual(ids[0])).isEqualByComparingTo("5");
		});

		assertThat(actual(ids[0])).isEqualByComparingTo("8");
		assertThat(actual(ids[1])).isEqualByComparingTo("5");
		assertThat(TestIndicatorProviders.OTHER_ASKED.get()).isEqualTo(otherAsked);
	}

	@Test
	void aTargetedRecomputeIsNotSkippedWhileTheScheduledRunHoldsItsLock() {
		long[] ids = twoIndicators("Область блокировки");
		TestIndicatorProviders.VALUE.set(new BigDecimal("13"));
		TestIndicatorProviders.OTHER.set(new BigDecimal("14"));
		Optional<SimpleLock> lock = this.locks.lock(new LockConfiguration(Instant.now(), "roadmap.indicators.refresh",
				Duration.ofMinutes(1), Duration.ZERO));
		assertThat(lock).as("the scheduled run's lock, as if it were running on another node").isPresent();
		try {
			// the scheduled run is skipped while another holds the lock...
			this.service.refreshAll();
			assertThat(actual(ids[0])).isEqualByComparingTo("5");

			// ...but an event is not, and neither is an explicit full refresh
			publishInTransaction(IndicatorInputsChanged.of("test.settable"), false);
			assertThat(actual(ids[0])).isEqualByComparingTo("13");
			assertThat(actual(ids[1])).isEqualByComparingTo("5");
			this.roadmaps.refreshIndicators();
			assertThat(actual(ids[1])).isEqualByComparingTo("14");
		}
		finally {
			lock.get().unlock();
		}
	}

	@Test
	void aProviderThatComputesTheTargetSetsItAndNoneWhenNothingIsPlanned() {
		long roadmap = SystemAuthentication.call(() -> this.imports.importRoadmap("t.txt",
				TABLE.getBytes(StandardCharsets.UTF_8), "Область целей " + UUID.randomUUID()));
		long measure = this.roadmaps.measureId(roadmap, "1.1").orElseThrow();
		// measures 7.3 and 7.4 of the demo take their target from the meetings planned;
		// here the same provider on a test measure
		SystemAuthentication.run(() -> this.roadmaps.addComputedIndicator(measure, "Встречи", new BigDecimal("99"),
				"interaction.meetings.leaders-regional-held"));
		Indicator added = this.indicators.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(List.of(measure)).get(1);
		BigDecimal planned = this.catalog.find("interaction.meetings.leaders-regional-held")
			.orElseThrow()
			.target(new IndicatorContext(roadmap, measure, "1.1"));
		assertThat(added.getUnit()).isEqualTo("встреч");
		if (planned == null) {
			assertThat(added.getTarget()).isNull();
		}
		else {
			assertThat(added.getTarget()).isEqualByComparingTo(planned);
		}
		assertThat(added.getActual()).isNotNull();
	}

}

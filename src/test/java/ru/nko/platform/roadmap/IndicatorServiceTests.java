package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nko.platform.support.PlatformTest;
import ru.nko.platform.support.TestIndicatorProviders;
import ru.nko.platform.system.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicators computed by providers: attached by the administrator, refreshed on schedule, one failure isolated. */
@PlatformTest
class IndicatorServiceTests {

	private static final String TABLE = "№\tНаименование мероприятия\tОжидаемый результат\tСрок исполнения\tИсполнитель\n"
			+ "1.\tРаздел\t\t\t\n"
			+ "1.1\tПервое\tПлан первого\t2024 год\tКомитет общественных коммуникаций Ленинградской области\n"
			+ "1.2\tВторое\tПлан второго\t2024 год\tКомитет общественных коммуникаций Ленинградской области\n";

	@Autowired
	RoadmapManagement roadmaps;

	@Autowired
	IndicatorService service;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	IndicatorCatalog catalog;

	private Indicator firstIndicatorOf(long measureId) {
		return this.indicators.findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(List.of(measureId)).get(0);
	}

	@Test
	void aFailingProviderLeavesItsOldValueAndDoesNotStopTheOthers() {
		long roadmap = SystemAuthentication.call(() -> this.roadmaps.importRoadmap("t.txt", TABLE.getBytes(StandardCharsets.UTF_8),
				"Область показателей " + UUID.randomUUID()));
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
		long roadmap = SystemAuthentication.call(() -> this.roadmaps.importRoadmap("t.txt", TABLE.getBytes(StandardCharsets.UTF_8),
				"Область отключения " + UUID.randomUUID()));
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
		assertThat(this.catalog.find("roadmap.measures.done-share").orElseThrow().description()).contains("мероприятий");
	}
}

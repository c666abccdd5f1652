package ru.nko.platform.directory;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipality filter of lists: a region's few municipalities are a list to choose
 * from; a country's thousands are typed, one match filters, several are offered, an id
 * from a link filters by it.
 */
class MunicipalityFilterTests {

	static List<MunicipalityRef> region() {
		return List.of(new MunicipalityRef(1, "Бокситогорский муниципальный район", true),
				new MunicipalityRef(2, "Волховский муниципальный район", true));
	}

	static List<MunicipalityRef> country() {
		List<MunicipalityRef> all = new ArrayList<>();
		for (int r = 0; r < 30; r++) {
			all.add(new MunicipalityRef(10 + r * 10, "Кировский район (регион " + r + ")", true));
			all.add(new MunicipalityRef(11 + r * 10, "Берёзовский район (регион " + r + ")", true));
			all.add(new MunicipalityRef(12 + r * 10, "Сосновский район (регион " + r + ")", true));
			all.add(new MunicipalityRef(13 + r * 10, "Ильинский район (регион " + r + ")", true));
		}
		all.add(new MunicipalityRef(5, "Волховский муниципальный район", true));
		return all;
	}

	@Test
	void aRegionChoosesFromTheList() {
		MunicipalityFilter filter = MunicipalityFilter.of(region(), "2");
		assertThat(filter.asList()).isTrue();
		assertThat(filter.options()).hasSize(2);
		assertThat(filter.selectedId()).isEqualTo(2L);
		assertThat(MunicipalityFilter.of(region(), "не число").selectedId()).isNull();
	}

	@Test
	void aCountryTypesANameAndOneMatchFilters() {
		assertThat(country()).hasSizeGreaterThan(MunicipalityFilter.LIST_MAX);
		MunicipalityFilter filter = MunicipalityFilter.of(country(), "  волховск ");
		assertThat(filter.asList()).isFalse();
		assertThat(filter.selectedId()).isEqualTo(5L);
		assertThat(filter.text()).isEqualTo("Волховский муниципальный район");
		assertThat(filter.candidates()).isEmpty();
	}

	@Test
	void severalMatchesAreOfferedByNameAndAtMostOneMoreThanShown() {
		MunicipalityFilter filter = MunicipalityFilter.of(country(), "Кировский");
		assertThat(filter.selectedId()).isNull();
		assertThat(filter.text()).isEqualTo("Кировский");
		assertThat(filter.candidates()).hasSize(MunicipalityFilter.CANDIDATES_MAX + 1)
			.allMatch(m -> m.name().startsWith("Кировский"))
			.isSortedAccordingTo((a, b) -> a.name().compareTo(b.name()));
		assertThat(MunicipalityFilter.of(country(), "Нигдейский").candidates()).isEmpty();
	}

	@Test
	void anIdFromAChoiceLinkFiltersAndShowsItsName() {
		MunicipalityFilter filter = MunicipalityFilter.of(country(), "21");
		assertThat(filter.selectedId()).isEqualTo(21L);
		assertThat(filter.text()).isEqualTo("Берёзовский район (регион 1)");
		assertThat(MunicipalityFilter.of(country(), "999999").selectedId()).isNull();
		assertThat(MunicipalityFilter.of(country(), "").text()).isNull();
	}

}

package ru.nko.platform.roadmap;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored indicators. */
interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByMeasureIdInAndWithdrawnFalseOrderByPositionAsc(Collection<Long> measureIds);

	List<Indicator> findByProviderKeyNotNullAndWithdrawnFalse();

	/** The indicators of these measures that nothing computes: entered by hand. */
	List<Indicator> findByMeasureIdInAndProviderKeyIsNullAndWithdrawnFalse(Collection<Long> measureIds);

	List<Indicator> findByProviderKeyInAndWithdrawnFalse(Collection<String> providerKeys);

}

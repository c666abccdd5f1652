package ru.nko.platform.roadmap;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The catalogue of what the platform can measure: every {@link IndicatorProvider} bean, by key. */
@Component
class IndicatorCatalog {

	private final ObjectProvider<IndicatorProvider> providers;

	private volatile Map<String, IndicatorProvider> byKey;

	IndicatorCatalog(ObjectProvider<IndicatorProvider> providers) {
		this.providers = providers;
	}

	List<IndicatorProvider> all() {
		return map().values().stream().sorted(Comparator.comparing(IndicatorProvider::key)).toList();
	}

	Optional<IndicatorProvider> find(String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(map().get(key));
	}

	String description(String key) {
		return find(key).map(IndicatorProvider::description).orElse(null);
	}

	private Map<String, IndicatorProvider> map() {
		if (this.byKey == null) {
			this.byKey = this.providers.orderedStream().collect(Collectors.toMap(IndicatorProvider::key, Function.identity()));
		}
		return this.byKey;
	}
}

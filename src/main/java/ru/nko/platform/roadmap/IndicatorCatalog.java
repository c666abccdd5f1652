package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import ru.nko.platform.shared.text.RussianFormat;

/**
 * The catalogue of what the platform can measure: every {@link IndicatorProvider} bean by
 * key, with its words from the bundles. Checked once all beans exist: two providers with
 * one key, or a provider without its description and unit in a bundle, stop the start-up
 * with a message naming them.
 */
@Component
class IndicatorCatalog implements SmartInitializingSingleton {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private static final List<String> FORMS = List.of("one", "few", "many");

	private final ConfigurableListableBeanFactory beans;

	private final MessageSource messages;

	private final RussianFormat format;

	private volatile Map<String, IndicatorProvider> byKey;

	IndicatorCatalog(ConfigurableListableBeanFactory beans, MessageSource messages, RussianFormat format) {
		this.beans = beans;
		this.messages = messages;
		this.format = format;
	}

	/**
	 * A provider as pages and the API show it: its key, what it measures and its unit
	 * (the "many" form: "проблем", "%").
	 */
	record ProviderView(String key, String description, String unit) {
	}

	/** A provider bean and where it is declared, for messages about it. */
	record Registered(String origin, IndicatorProvider provider) {
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, IndicatorProvider> index = index(registered());
		List<String> missing = new ArrayList<>();
		for (String key : index.keySet()) {
			List<String> needed = new ArrayList<>(List.of(IndicatorProvider.descriptionKey(key)));
			FORMS.forEach(form -> needed.add(IndicatorProvider.unitKey(key) + "." + form));
			needed.stream()
				.filter(code -> this.messages.getMessage(code, null, null, RU) == null)
				.forEach(missing::add);
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"Indicator providers without their words in a bundle (messages/<module>.properties): "
							+ String.join(", ", missing));
		}
		this.byKey = index;
	}

	/**
	 * The providers by key; refuses two providers with one key, naming the key and where
	 * both are declared. Keys are stored in indicators and given to integrations, so
	 * which of the two is meant cannot be guessed.
	 */
	static Map<String, IndicatorProvider> index(List<Registered> registered) {
		Map<String, Registered> byKey = new LinkedHashMap<>();
		for (Registered next : registered) {
			Registered earlier = byKey.putIfAbsent(next.provider().key(), next);
			if (earlier != null) {
				throw new IllegalStateException("Two indicator providers have the key '" + next.provider().key() + "': "
						+ earlier.origin() + " and " + next.origin()
						+ ". A key names one provider for good: give one of them another key.");
			}
		}
		Map<String, IndicatorProvider> providers = new LinkedHashMap<>();
		byKey.forEach((key, entry) -> providers.put(key, entry.provider()));
		return providers;
	}

	List<IndicatorProvider> all() {
		return map().values().stream().sorted(Comparator.comparing(IndicatorProvider::key)).toList();
	}

	/** Every provider with its words, ordered by what it measures. */
	List<ProviderView> views() {
		return all().stream()
			.map(provider -> view(provider.key()))
			.sorted(Comparator.comparing(ProviderView::description))
			.toList();
	}

	Optional<IndicatorProvider> find(String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(map().get(key));
	}

	ProviderView view(String key) {
		return new ProviderView(key, description(key),
				this.messages.getMessage(IndicatorProvider.unitKey(key) + ".many", null, key, RU));
	}

	/**
	 * What a provider measures, in Russian; null for no provider or one no longer in the
	 * catalogue.
	 */
	String description(String key) {
		return find(key).map(provider -> this.messages.getMessage(IndicatorProvider.descriptionKey(key), null, key, RU))
			.orElse(null);
	}

	/**
	 * A value with its unit as people read it: in the unit of the indicator's provider,
	 * in the form the number asks for ("1 проблема", "23 проблемы"); without a provider,
	 * in the unit typed for the indicator, as typed ("75 %", "3 шт."). Null for no value.
	 */
	String quantity(String providerKey, String typedUnit, BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (find(providerKey).isPresent()) {
			return this.format.quantity(value, IndicatorProvider.unitKey(providerKey));
		}
		return typedUnit == null || typedUnit.isBlank() ? this.format.number(value)
				: this.format.number(value) + ' ' + typedUnit;
	}

	/**
	 * The unit an indicator is shown in: its provider's ("проблем", "%") or the one typed
	 * for it.
	 */
	String unit(String providerKey, String typedUnit) {
		return find(providerKey).isPresent() ? view(providerKey).unit() : typedUnit;
	}

	private Map<String, IndicatorProvider> map() {
		if (this.byKey == null) {
			this.byKey = index(registered());
		}
		return this.byKey;
	}

	private List<Registered> registered() {
		List<Registered> registered = new ArrayList<>();
		this.beans.getBeansOfType(IndicatorProvider.class)
			.forEach((name, provider) -> registered.add(new Registered(origin(name), provider)));
		return registered;
	}

	/**
	 * Where a bean comes from: the configuration class and method of a {@code @Bean},
	 * otherwise the bean's class.
	 */
	private String origin(String name) {
		BeanDefinition definition = this.beans.getMergedBeanDefinition(name);
		if (definition.getFactoryMethodName() != null) {
			Class<?> declaring = definition.getFactoryBeanName() != null
					? this.beans.getType(definition.getFactoryBeanName())
					: ClassUtils.resolveClassName(definition.getBeanClassName(), this.beans.getBeanClassLoader());
			return ClassUtils.getUserClass(declaring).getName() + "#" + definition.getFactoryMethodName() + "()";
		}
		Class<?> type = this.beans.getType(name);
		return type == null ? name : ClassUtils.getUserClass(type).getName();
	}

}

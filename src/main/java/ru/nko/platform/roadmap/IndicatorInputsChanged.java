package ru.nko.platform.roadmap;

import java.util.Arrays;
import java.util.Set;

/**
 * The data behind some indicator providers changed: published by the providers' module
 * inside the transaction that changed it; after the commit the roadmap recomputes the
 * indicators using those providers, and only them.
 */
public record IndicatorInputsChanged(Set<String> providerKeys) {

	public IndicatorInputsChanged {
		providerKeys = Set.copyOf(providerKeys);
	}

	/** The event for these providers' keys. */
	public static IndicatorInputsChanged of(String... providerKeys) {
		return new IndicatorInputsChanged(Set.copyOf(Arrays.asList(providerKeys)));
	}
}

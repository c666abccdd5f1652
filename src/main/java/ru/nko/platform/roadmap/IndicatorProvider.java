package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Something a module can measure from its own data, offered to the roadmap so that an
 * indicator of any measure can be computed live. Implementations are Spring beans; keys
 * are stable and unique (two providers with one key stop the start-up). What it measures
 * and its unit are words of the module's own bundle,
 * {@code messages/<module>.properties}:
 * <ul>
 * <li>{@code indicator.<key>.description} — what is measured, for the administrator
 * choosing a provider;</li>
 * <li>{@code indicator.<key>.unit.one|few|many} — the unit as a word in the three Russian
 * forms ("проблема", "проблемы", "проблем"; "%" three times), so that values read "1
 * проблема", "23 проблемы", "52 проблемы".</li>
 * </ul>
 * When the data behind a provider changes, its module publishes
 * {@link IndicatorInputsChanged} with the key inside its transaction; the roadmap
 * recomputes the indicators using it after the commit.
 */
public interface IndicatorProvider {

	/**
	 * A stable key such as {@code openness.applicants.required-share}; never renamed once
	 * used.
	 */
	String key();

	/**
	 * The current value for the indicator's roadmap and measure; {@code null} when it
	 * cannot be computed yet (e.g. no data). Runs in its own read-only transaction; an
	 * exception leaves the previous value in place.
	 */
	BigDecimal compute(IndicatorContext context);

	/**
	 * Whether the provider computes the indicator's target too (e.g. the meetings planned
	 * for the year); otherwise the target is the one the administrator set.
	 */
	default boolean computesTarget() {
		return false;
	}

	/**
	 * The target now, where {@link #computesTarget()}: {@code null} when there is none
	 * (nothing planned); asked in the same transaction as {@link #compute}.
	 */
	default BigDecimal target(IndicatorContext context) {
		return null;
	}

	/** The message key of what a provider measures. */
	static String descriptionKey(String key) {
		return "indicator." + key + ".description";
	}

	/**
	 * The message key prefix of a provider's unit: {@code .one}, {@code .few} and
	 * {@code .many} follow.
	 */
	static String unitKey(String key) {
		return "indicator." + key + ".unit";
	}

	/**
	 * A provider from its key and a function computing the value; its words are in the
	 * module's bundle.
	 */
	static IndicatorProvider of(String key, Function<IndicatorContext, BigDecimal> value) {
		return new IndicatorProvider() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public BigDecimal compute(IndicatorContext context) {
				return value.apply(context);
			}
		};
	}

	/** A provider that computes the indicator's target as well as its value. */
	static IndicatorProvider of(String key, Function<IndicatorContext, BigDecimal> value,
			Function<IndicatorContext, BigDecimal> target) {
		return new IndicatorProvider() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public BigDecimal compute(IndicatorContext context) {
				return value.apply(context);
			}

			@Override
			public boolean computesTarget() {
				return true;
			}

			@Override
			public BigDecimal target(IndicatorContext context) {
				return target.apply(context);
			}
		};
	}

}

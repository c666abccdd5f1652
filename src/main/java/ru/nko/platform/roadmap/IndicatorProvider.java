package ru.nko.platform.roadmap;

import java.math.BigDecimal;

/**
 * Something a module can measure from its own data, offered to the roadmap so that an indicator
 * of any measure can be computed live. Implementations are Spring beans; keys are stable.
 */
public interface IndicatorProvider {

	/** A stable key such as {@code openness.applicants.required-share}; never renamed once used. */
	String key();

	/** What is measured, in Russian, for the administrator choosing a provider. */
	String description();

	/** The unit of the value: "%", "шт.", "чел.", "руб.". */
	String unit();

	/**
	 * The current value for the indicator's roadmap and measure; {@code null} when it cannot be
	 * computed yet (e.g. no data). Runs in its own read-only transaction; an exception leaves the
	 * previous value in place.
	 */
	BigDecimal compute(IndicatorContext context);

	/** A provider from its parts, for modules that compute a value with a function. */
	static IndicatorProvider of(String key, String description, String unit,
			java.util.function.Function<IndicatorContext, BigDecimal> value) {
		return new IndicatorProvider() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public String description() {
				return description;
			}

			@Override
			public String unit() {
				return unit;
			}

			@Override
			public BigDecimal compute(IndicatorContext context) {
				return value.apply(context);
			}
		};
	}
}

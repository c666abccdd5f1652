package ru.nko.platform.roadmap;

/**
 * What an indicator provider is asked about: the roadmap and the measure the indicator
 * belongs to.
 */
public record IndicatorContext(long roadmapId, long measureId, String measureCode) {
}

/**
 * The roadmap: sections, measures with structured deadlines and executors, progress reports,
 * statuses, indicators and their providers, import and export. Uses {@code directory}
 * (bodies, municipalities) and {@code system}; other modules feed it only by implementing
 * {@link ru.nko.platform.roadmap.IndicatorProvider} and publishing
 * {@link ru.nko.platform.roadmap.IndicatorInputsChanged} when the data behind it changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Дорожная карта")
package ru.nko.platform.roadmap;

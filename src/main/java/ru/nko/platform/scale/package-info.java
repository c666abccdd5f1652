/**
 * The national-scale data set and the benchmark's baseline: each business module writes
 * its part of the generated data through {@link ru.nko.platform.scale.ScaleData} with
 * {@link ru.nko.platform.scale.BulkInsert} in the {@code scale} profile, and
 * {@code /fortunes} is the floor the pages are measured against (bench/README.md); never
 * in {@code prod}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Данные национального масштаба и замеры",
		allowedDependencies = { "system", "shared :: *" })
package ru.nko.platform.scale;

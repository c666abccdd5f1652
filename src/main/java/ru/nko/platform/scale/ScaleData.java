package ru.nko.platform.scale;

/**
 * A module's part of the generated national-scale data set (profile {@code scale}, never
 * with {@code prod}): a package-private {@code @Component @Profile("scale")} in the
 * module writes its own tables with {@link BulkInsert}, reading what earlier parts wrote
 * from the database. Parts run in {@link #order()} (the same order as the demo data,
 * {@link ru.nko.platform.system.DemoData#DIRECTORY} first), once, after the demo data.
 */
public interface ScaleData {

	/**
	 * When this part runs: after the parts it refers to
	 * ({@link ru.nko.platform.system.DemoData} orders).
	 */
	int order();

	/** What this part generates, for the log ("220 000 организаций"). */
	String name();

	/** Writes this part of the data set at the given size. */
	void generate(ScaleSize size, BulkInsert bulk);

}

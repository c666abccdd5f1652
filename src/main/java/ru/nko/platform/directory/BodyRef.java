package ru.nko.platform.directory;

/** What other modules know of a body: its id, name and kind. */
public record BodyRef(long id, String name, String shortName, BodyKind kind) {

	/** The longest name a body may have. */
	public static final int NAME_MAX = 300;

}

package ru.nko.platform.system;

import java.util.List;

/**
 * What the administration pages need to name scopes: implemented by the module that owns
 * municipalities, bodies and organisations, so that this module depends on none.
 */
public interface ScopeCatalog {

	/**
	 * Options to choose from for a scope type, in display order; empty for a type too
	 * large to list, which is {@link #searchable} instead.
	 */
	List<Option> options(ScopeType type);

	/**
	 * Whether the type's scopes are found by typing (organisations: a region has
	 * thousands) rather than listed.
	 */
	default boolean searchable(ScopeType type) {
		return false;
	}

	/**
	 * Scopes in force of a searchable type whose name contains the text or whose ИНН it
	 * is, at most {@code limit}.
	 */
	default List<Option> search(ScopeType type, String text, int limit) {
		return List.of();
	}

	/** The name of one scope, or {@code null} if it no longer exists. */
	String label(ScopeType type, long id);

	/** A scope one can pick. */
	record Option(long id, String label) {
	}

}

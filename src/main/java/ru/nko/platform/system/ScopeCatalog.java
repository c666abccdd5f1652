package ru.nko.platform.system;

import java.util.List;

/**
 * What the administration pages need to name scopes: implemented by the module that owns
 * municipalities, bodies and organisations, so that this module depends on none.
 */
public interface ScopeCatalog {

	/** Options to choose from for a scope type, in display order. */
	List<Option> options(ScopeType type);

	/** The name of one scope, or {@code null} if it no longer exists. */
	String label(ScopeType type, long id);

	/** A scope one can pick. */
	record Option(long id, String label) {
	}

}

package ru.nko.platform.system;

/**
 * What a role grant is limited to: nothing, one municipality, one body or one
 * organisation.
 */
public enum ScopeType {

	NONE, MUNICIPALITY, BODY, ORGANIZATION

}

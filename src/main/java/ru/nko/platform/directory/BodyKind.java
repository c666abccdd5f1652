package ru.nko.platform.directory;

/**
 * What kind of body executes measures; collective kinds stand for every body of that
 * kind.
 */
public enum BodyKind {

	REGIONAL_AUTHORITY(false), CIVIC_CHAMBER(false), MUNICIPAL_ADMINISTRATIONS(true), MUNICIPAL_CIVIC_CHAMBERS(true),
	RESOURCE_CENTERS(true), ORGANIZATIONS(true), OTHER(false);

	private final boolean collective;

	BodyKind(boolean collective) {
		this.collective = collective;
	}

	/**
	 * Whether the body stands for a group (e.g. "heads of municipal administrations"),
	 * not one organisation.
	 */
	public boolean collective() {
		return this.collective;
	}

}

package ru.nko.platform.scale;

/**
 * The sizes of the generated data set ({@code nko.scale.size}): {@code region} is one
 * large region, {@code country} is all of Russia. Each module reads the numbers it
 * generates; a later module adds its own numbers here.
 *
 * @param regions the regions, each with a roadmap of its own
 * @param municipalitiesPerRegion municipalities generated in each region besides the ones
 * the reference data already has
 * @param organizations NGOs, with names, addresses, activity areas and documents
 * @param problems problems raised by NGOs
 * @param meetings working meetings with invitations, registrations and decisions
 */
public enum ScaleSize {

	/** One large region: 5,000 NGOs, a thousand problems, ten thousand meetings. */
	REGION(1, 30, 5_000, 1_000, 10_000),

	/** All of Russia: 89 regions, 220,000 NGOs, 50,000 problems, 100,000 meetings. */
	COUNTRY(89, 25, 220_000, 50_000, 100_000);

	private final int regions;

	private final int municipalitiesPerRegion;

	private final int organizations;

	private final int problems;

	private final int meetings;

	ScaleSize(int regions, int municipalitiesPerRegion, int organizations, int problems, int meetings) {
		this.regions = regions;
		this.municipalitiesPerRegion = municipalitiesPerRegion;
		this.organizations = organizations;
		this.problems = problems;
		this.meetings = meetings;
	}

	public int regions() {
		return this.regions;
	}

	public int municipalitiesPerRegion() {
		return this.municipalitiesPerRegion;
	}

	public int organizations() {
		return this.organizations;
	}

	public int problems() {
		return this.problems;
	}

	public int meetings() {
		return this.meetings;
	}

}

package ru.nko.platform.meetings;

/** The kinds of meetings the roadmap asks for, each with the measure it serves. */
public enum MeetingType {

	/**
	 * Working meeting of NGOs and the local government (measure 1.5; planned quarterly
	 * under 1.3).
	 */
	WORKING("1.5"),
	/** Meeting of NGO leaders with the heads of the local government (measure 7.3). */
	LEADERS_LOCAL("7.3"),
	/**
	 * Meeting of NGO leaders with the regional authorities (measure 7.4); organised by
	 * the region.
	 */
	LEADERS_REGIONAL("7.4");

	private final String measure;

	MeetingType(String measure) {
		this.measure = measure;
	}

	/** The roadmap measure code this kind of meeting carries out. */
	public String measure() {
		return this.measure;
	}

	/**
	 * Regional meetings are run by the region (administrators, executors), the rest by
	 * the municipality.
	 */
	public boolean regional() {
		return this == LEADERS_REGIONAL;
	}

}

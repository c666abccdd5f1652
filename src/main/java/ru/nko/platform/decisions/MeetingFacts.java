package ru.nko.platform.decisions;

import java.time.LocalDate;

/**
 * What decisions need to know of the meeting that takes them: its id, municipality (null:
 * the whole region), day, and whether the region runs it (7.4, also when it is held in a
 * municipality), so that its decisions are the region's to carry out.
 */
public record MeetingFacts(long meetingId, Long municipalityId, LocalDate day, boolean regional) {

	/**
	 * A meeting of a municipality, or of the whole region when the municipality is null.
	 */
	public MeetingFacts(long meetingId, Long municipalityId, LocalDate day) {
		this(meetingId, municipalityId, day, municipalityId == null);
	}

}

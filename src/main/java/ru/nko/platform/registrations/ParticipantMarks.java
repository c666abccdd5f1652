package ru.nko.platform.registrations;

import java.util.Set;

/**
 * Of some meetings, those to which the viewer's organisations are invited and those they
 * are registered for.
 */
public record ParticipantMarks(Set<Long> invited, Set<Long> registered) {

	/** No marks at all (a guest, or a viewer without organisations). */
	public static final ParticipantMarks NONE = new ParticipantMarks(Set.of(), Set.of());

}

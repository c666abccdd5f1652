package ru.nko.platform.registrations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who took part in a past meeting, for start-up and demo data: invited organisations,
 * registrations (organisation, participants, by whom) and, for a held meeting, the
 * organisations that came with their numbers.
 */
public record PastParticipation(List<Long> invited, List<PastRegistration> registrations, Map<Long, Integer> attended,
		String organisedBy, Instant start) {
}

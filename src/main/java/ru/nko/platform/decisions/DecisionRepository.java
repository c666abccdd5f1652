package ru.nko.platform.decisions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions of meetings. */
interface DecisionRepository extends JpaRepository<MeetingDecision, Long> {

	List<MeetingDecision> findByMeetingIdOrderByIdAsc(long meetingId);

	/**
	 * Decisions of these municipalities' own meetings (not the region's) in a status, due
	 * no later than a day, the earliest due first.
	 */
	List<MeetingDecision> findByMunicipalityIdInAndRegionalFalseAndStatusAndDueDateLessThanEqualOrderByDueDateAscIdAsc(
			Collection<Long> municipalityIds, DecisionStatus status, LocalDate dueBy, Limit limit);

}

package ru.nko.platform.decisions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions of meetings. */
interface DecisionRepository extends JpaRepository<MeetingDecision, Long> {

	List<MeetingDecision> findByMeetingIdOrderByIdAsc(long meetingId);

}

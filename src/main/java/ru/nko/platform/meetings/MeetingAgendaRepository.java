package ru.nko.platform.meetings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Agenda items of meetings. */
interface MeetingAgendaRepository extends JpaRepository<MeetingAgendaItem, Long> {

	@Query("select a from MeetingAgendaItem a where a.meetingId = ?1 and a.withdrawnAt is null order by a.position, a.id")
	List<MeetingAgendaItem> current(long meetingId);

	@Query("select a from MeetingAgendaItem a where a.meetingId in ?1 and a.withdrawnAt is null order by a.meetingId, a.position, a.id")
	List<MeetingAgendaItem> current(Collection<Long> meetingIds);

}

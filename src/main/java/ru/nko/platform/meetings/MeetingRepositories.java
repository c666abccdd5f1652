package ru.nko.platform.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored meetings. */
interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByMunicipalityIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(long municipalityId, Instant from,
			Instant to);

	List<Meeting> findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long seriesId, Instant from);

	/** The municipality's feed: meetings since a moment, and regional meetings about the municipality. */
	List<Meeting> findByMunicipalityIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long municipalityId, Instant from);
}

/** Agenda items of meetings. */
interface MeetingAgendaRepository extends JpaRepository<MeetingAgendaItem, Long> {

	@Query("select a from MeetingAgendaItem a where a.meetingId = ?1 and a.withdrawnAt is null order by a.position, a.id")
	List<MeetingAgendaItem> current(long meetingId);

	@Query("select a from MeetingAgendaItem a where a.meetingId in ?1 and a.withdrawnAt is null order by a.meetingId, a.position, a.id")
	List<MeetingAgendaItem> current(Collection<Long> meetingIds);
}

/** Documents of meetings. */
interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

	@Query("select d from MeetingDocument d where d.meetingId = ?1 and d.withdrawnAt is null order by d.uploadedAt, d.id")
	List<MeetingDocument> current(long meetingId);
}


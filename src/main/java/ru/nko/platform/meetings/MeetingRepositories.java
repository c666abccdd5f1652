package ru.nko.platform.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

/** Invitations of organisations to meetings. */
interface MeetingInvitationRepository extends JpaRepository<MeetingInvitation, Long> {

	@Query("select i from MeetingInvitation i where i.meetingId = ?1 and i.withdrawnAt is null order by i.invitedAt, i.id")
	List<MeetingInvitation> current(long meetingId);

	@Query("select i from MeetingInvitation i where i.meetingId in ?1 and i.organizationId in ?2 and i.withdrawnAt is null")
	List<MeetingInvitation> currentFor(Collection<Long> meetingIds, Collection<Long> organizationIds);
}

/** Registrations of organisations for meetings. */
interface MeetingRegistrationRepository extends JpaRepository<MeetingRegistration, Long> {

	@Query("select r from MeetingRegistration r where r.meetingId = ?1 and r.withdrawnAt is null order by r.registeredAt, r.id")
	List<MeetingRegistration> current(long meetingId);

	@Query("select r from MeetingRegistration r where r.meetingId = ?1 and r.organizationId = ?2 and r.withdrawnAt is null")
	Optional<MeetingRegistration> current(long meetingId, long organizationId);

	@Query("select r from MeetingRegistration r where r.meetingId in ?1 and r.organizationId in ?2 and r.withdrawnAt is null")
	List<MeetingRegistration> currentFor(Collection<Long> meetingIds, Collection<Long> organizationIds);

	/** Meeting id and the number of organisations registered, for many meetings in one query. */
	@Query("select r.meetingId, count(r) from MeetingRegistration r where r.meetingId in ?1 and r.withdrawnAt is null group by r.meetingId")
	List<Object[]> countByMeeting(Collection<Long> meetingIds);
}

/** Attendance of organisations at held meetings. */
interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

	List<MeetingAttendance> findByMeetingId(long meetingId);
}

/** Documents of meetings. */
interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

	@Query("select d from MeetingDocument d where d.meetingId = ?1 and d.withdrawnAt is null order by d.uploadedAt, d.id")
	List<MeetingDocument> current(long meetingId);
}


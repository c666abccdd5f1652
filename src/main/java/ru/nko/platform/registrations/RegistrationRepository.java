package ru.nko.platform.registrations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Registrations of organisations for meetings. */
interface RegistrationRepository extends JpaRepository<MeetingRegistration, Long> {

	@Query("select r from MeetingRegistration r where r.meetingId = ?1 and r.withdrawnAt is null order by r.registeredAt, r.id")
	List<MeetingRegistration> current(long meetingId);

	@Query("select r from MeetingRegistration r where r.meetingId = ?1 and r.organizationId = ?2 and r.withdrawnAt is null")
	Optional<MeetingRegistration> current(long meetingId, long organizationId);

	@Query("select r from MeetingRegistration r where r.meetingId in ?1 and r.organizationId in ?2 and r.withdrawnAt is null")
	List<MeetingRegistration> currentFor(Collection<Long> meetingIds, Collection<Long> organizationIds);

	/**
	 * Meeting id and the number of organisations registered, for many meetings in one
	 * query.
	 */
	@Query("select r.meetingId, count(r) from MeetingRegistration r where r.meetingId in ?1 and r.withdrawnAt is null group by r.meetingId")
	List<Object[]> countByMeeting(Collection<Long> meetingIds);

	@Query("select distinct r.meetingId from MeetingRegistration r where r.organizationId in ?1 and r.withdrawnAt is null")
	List<Long> meetingsOf(Collection<Long> organizationIds);

}

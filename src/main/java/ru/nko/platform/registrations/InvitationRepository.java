package ru.nko.platform.registrations;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Invitations of organisations to meetings. */
interface InvitationRepository extends JpaRepository<MeetingInvitation, Long> {

	@Query("select i from MeetingInvitation i where i.meetingId = ?1 and i.withdrawnAt is null order by i.invitedAt, i.id")
	List<MeetingInvitation> current(long meetingId);

	@Query("select i from MeetingInvitation i where i.meetingId in ?1 and i.organizationId in ?2 and i.withdrawnAt is null")
	List<MeetingInvitation> currentFor(Collection<Long> meetingIds, Collection<Long> organizationIds);

	@Query("select distinct i.meetingId from MeetingInvitation i where i.organizationId in ?1 and i.withdrawnAt is null")
	List<Long> meetingsOf(Collection<Long> organizationIds);

}

package ru.nko.platform.meetingdocuments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Documents of meetings. */
interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

	@Query("select d from MeetingDocument d where d.meetingId = ?1 and d.withdrawnAt is null order by d.uploadedAt, d.id")
	List<MeetingDocument> current(long meetingId);

}

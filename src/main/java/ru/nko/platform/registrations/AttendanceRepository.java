package ru.nko.platform.registrations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Attendance of organisations at held meetings. */
interface AttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

	List<MeetingAttendance> findByMeetingId(long meetingId);

}

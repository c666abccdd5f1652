package ru.nko.platform.meetings;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored meetings. */
interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByMunicipalityIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
			long municipalityId, Instant from, Instant to);

	List<Meeting> findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long seriesId, Instant from);

	/**
	 * The municipality's feed: meetings since a moment, and regional meetings about the
	 * municipality.
	 */
	List<Meeting> findByMunicipalityIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long municipalityId, Instant from);

}

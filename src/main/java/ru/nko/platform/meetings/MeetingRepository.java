package ru.nko.platform.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
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

	/**
	 * Meetings of these municipalities in a status and of these types, earliest first.
	 */
	List<Meeting> findByMunicipalityIdInAndStatusAndTypeInOrderByStartsAtAscIdAsc(Collection<Long> municipalityIds,
			MeetingStatus status, Collection<MeetingType> types, Limit limit);

	/** Of these meetings, those in a status starting after a moment, soonest first. */
	List<Meeting> findByIdInAndStatusAndStartsAtAfterOrderByStartsAtAscIdAsc(Collection<Long> ids, MeetingStatus status,
			Instant after, Limit limit);

}

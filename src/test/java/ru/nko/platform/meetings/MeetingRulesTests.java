package ru.nko.platform.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nko.platform.system.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules a meeting and its decisions keep by themselves, whatever page or API drives
 * them.
 */
class MeetingRulesTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final Instant START = ZonedDateTime.of(2026, 12, 10, 15, 0, 0, 0, MOSCOW).toInstant();

	private static final String MINUTES = "Присутствовали пять НКО; обсудили помещения и гранты; приняли два решения.";

	private static Meeting planned() {
		return new Meeting(1L, MeetingType.WORKING, "Рабочая встреча", START, START.plus(Duration.ofHours(2)),
				"Зал администрации", null, "Специалист", START.minus(Duration.ofDays(30)));
	}

	private static Meeting held() {
		Meeting meeting = planned();
		meeting.recordAttendance(3, START.plus(Duration.ofHours(1)));
		return meeting;
	}

	@Test
	void aMeetingCannotBeClosedWithoutMinutes() {
		Meeting meeting = held();
		assertThatThrownBy(() -> meeting.close("Специалист", START.plus(Duration.ofDays(1))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("без протокола")
			.satisfies(ex -> assertThat(((InvalidInput) ex).errors()).extracting(InvalidInput.FieldError::field)
				.containsExactly("minutes"));
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.HELD);

		meeting.recordMinutes(MINUTES, null, null, null, null, "Специалист", START.plus(Duration.ofDays(1)));
		meeting.close("Специалист", START.plus(Duration.ofDays(1)));
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CLOSED);
		assertThat(meeting.getClosedBy()).isEqualTo("Специалист");
	}

	@Test
	void minutesShorterThanTwentyCharactersAreNotMinutes() {
		Meeting meeting = held();
		assertThatThrownBy(() -> meeting.recordMinutes("Обсудили.", null, null, null, null, "Специалист",
				START.plus(Duration.ofDays(1))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("не меньше 20 знаков");
		assertThat(meeting.hasMinutes()).isFalse();
	}

	@Test
	void aPlannedMeetingCannotBeClosedNorGetMinutesBeforeAttendance() {
		Meeting meeting = planned();
		assertThatThrownBy(() -> meeting.close("Специалист", START.plus(Duration.ofDays(1))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("отметьте посещаемость");
		assertThatThrownBy(() -> meeting.recordMinutes(MINUTES, null, null, null, null, "Специалист",
				START.plus(Duration.ofDays(1))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("отметьте посещаемость");
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
	}

	@Test
	void attendanceCannotBeRecordedBeforeTheMeetingStarts() {
		Meeting meeting = planned();
		assertThatThrownBy(() -> meeting.recordAttendance(5, START.minus(Duration.ofMinutes(1))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("ещё не началась");
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
		meeting.recordAttendance(5, START);
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.HELD);
		assertThat(meeting.getHeldAt()).isEqualTo(START);
	}

	@Test
	void registrationIsOpenOnlyWhilePlannedAndBeforeTheStart() {
		Meeting meeting = planned();
		assertThat(meeting.openForRegistration(START.minusSeconds(1))).isTrue();
		assertThat(meeting.openForRegistration(START)).isFalse();
		meeting.cancel("Перенос по просьбе НКО", "Специалист", START.minus(Duration.ofDays(2)));
		assertThat(meeting.openForRegistration(START.minus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	void aCancelledMeetingNeedsAReasonAndKeepsIt() {
		Meeting meeting = planned();
		assertThatThrownBy(() -> meeting.cancel("  ", "Специалист", START.minus(Duration.ofDays(1))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("причину");
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
		meeting.cancel("Паводок", "Специалист", START.minus(Duration.ofDays(1)));
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(meeting.getCancelReason()).isEqualTo("Паводок");
		assertThatThrownBy(() -> meeting.recordAttendance(1, START.plus(Duration.ofHours(1))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("отменена");
		assertThatThrownBy(() -> held().cancel("Поздно", "Специалист", START)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void onlyARegionalMeetingMayConcernTheWholeRegion() {
		assertThatThrownBy(() -> new Meeting(null, MeetingType.WORKING, "Встреча", START, START.plusSeconds(3600),
				"Зал", null, "x", START))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new Meeting(null, MeetingType.LEADERS_REGIONAL, "Встреча", START, START.plusSeconds(3600), "Зал",
				null, "x", START)
			.regional()).isTrue();
	}

	@Test
	void aSeriesRepeatsFromTheFirstMeetingAndStopsAtTwentyFour() {
		ZonedDateTime first = ZonedDateTime.of(2027, 1, 31, 15, 0, 0, 0, MOSCOW);
		List<ZonedDateTime> monthly = MeetingSeries.starts(first, MeetingSeries.Frequency.MONTHLY, 3, null);
		assertThat(monthly).extracting(ZonedDateTime::toLocalDate)
			.containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
		assertThat(MeetingSeries.starts(first, MeetingSeries.Frequency.QUARTERLY, null, LocalDate.of(2027, 12, 31)))
			.extracting(ZonedDateTime::getMonthValue)
			.containsExactly(1, 4, 7, 10);
		assertThat(MeetingSeries.starts(first, MeetingSeries.Frequency.MONTHLY, 24, null)).hasSize(24);
		assertThat(MeetingSeries.starts(first, MeetingSeries.Frequency.NONE, 5, null)).containsExactly(first);

		assertThatThrownBy(() -> MeetingSeries.starts(first, MeetingSeries.Frequency.MONTHLY, 25, null))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("24");
		assertThatThrownBy(
				() -> MeetingSeries.starts(first, MeetingSeries.Frequency.MONTHLY, null, LocalDate.of(2030, 1, 1)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("длиннее 24");
		assertThatThrownBy(() -> MeetingSeries.starts(first, MeetingSeries.Frequency.QUARTERLY, null, null))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("сколько встреч");
		assertThatThrownBy(
				() -> MeetingSeries.starts(first, MeetingSeries.Frequency.QUARTERLY, null, LocalDate.of(2026, 1, 1)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("не раньше первой");
	}

	@Test
	void minutesLongerThanTwentyThousandCharactersAreRefused() {
		Meeting meeting = held();
		String tooLong = "Обсудили помещения. ".repeat(1001);
		assertThat(tooLong.strip().length()).isGreaterThan(Meeting.MAX_MINUTES_LENGTH);
		assertThatThrownBy(() -> meeting.recordMinutes(tooLong, null, null, null, null, "Специалист",
				START.plus(Duration.ofDays(1))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("не длиннее 20 000 знаков")
			.satisfies(ex -> assertThat(((InvalidInput) ex).errors()).extracting(InvalidInput.FieldError::field)
				.containsExactly("minutes"));
		assertThat(meeting.getMinutes()).isNull();
		meeting.recordMinutes("Обсудили помещения. ".repeat(1000), null, null, null, null, "Специалист",
				START.plus(Duration.ofDays(1)));
		assertThat(meeting.hasMinutes()).isTrue();
	}

}

package ru.nko.platform.meetingmail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When meeting reminders go out ({@code nko.meetings.*}).
 *
 * @param reminderBefore how long before its start a planned meeting is reminded of
 * @param reminderInterval the pause between two runs of the reminder job
 * @param reminderInitialDelay the pause before the job's first run after start-up
 */
@ConfigurationProperties("nko.meetings")
record MeetingMailSettings(@DefaultValue("24h") Duration reminderBefore, @DefaultValue("15m") Duration reminderInterval,
		@DefaultValue("1m") Duration reminderInitialDelay) {

	MeetingMailSettings {
		if (reminderBefore.isNegative() || reminderBefore.isZero() || reminderInterval.isNegative()
				|| reminderInterval.isZero()) {
			throw new IllegalArgumentException("nko.meetings: reminder-before and reminder-interval must be positive");
		}
	}
}

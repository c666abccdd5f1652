package ru.nko.platform.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the outbox sends mail ({@code nko.mail.*}); the mail server itself is Spring's
 * {@code spring.mail.*}.
 *
 * @param from the sender's address of every message
 * @param interval the pause between two runs of the sender
 * @param initialDelay the pause before the first run after start-up
 * @param batchSize how many due messages the sender reads at a time
 * @param maxAttempts after this many failed attempts a message is FAILED and waits for an
 * administrator
 * @param retryDelays the pause after the 1st, 2nd… failed attempt; the last one repeats
 * @param maxAttachmentSize the most all attachments of one message may weigh together
 * @param timeout how long to wait for the mail server to connect, answer or take data
 */
@ConfigurationProperties("nko.mail")
record MailSettings(@DefaultValue("noreply@nko.lenobl.example") String from, @DefaultValue("30s") Duration interval,
		@DefaultValue("30s") Duration initialDelay, @DefaultValue("50") int batchSize,
		@DefaultValue("6") int maxAttempts, @DefaultValue( {
				"1m", "5m", "30m", "2h", "6h" }) List<Duration> retryDelays,
		@DefaultValue("5MB") DataSize maxAttachmentSize, @DefaultValue("10s") Duration timeout){

	MailSettings {
		if (batchSize < 1 || maxAttempts < 1 || retryDelays.isEmpty()) {
			throw new IllegalArgumentException(
					"nko.mail: batch-size and max-attempts must be positive, retry-delays not empty");
		}
		retryDelays = List.copyOf(retryDelays);
	}

	/** The pause after the given failed attempt (1 for the first). */
	Duration retryDelay(int failedAttempt) {
		return this.retryDelays.get(Math.min(Math.max(failedAttempt, 1), this.retryDelays.size()) - 1);
	}
}

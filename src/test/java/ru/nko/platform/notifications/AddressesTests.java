package ru.nko.platform.notifications;

import java.net.ConnectException;
import java.util.Optional;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simple rule for recipients' addresses: trimmed, lower case, one @, a real-looking
 * domain.
 */
class AddressesTests {

	@Test
	void acceptsOrdinaryAddressesTrimmedAndInLowerCase() {
		assertThat(Addresses.normalize("  Ivan.Petrov+nko@Mo.Lenobl.RU ")).contains("ivan.petrov+nko@mo.lenobl.ru");
		assertThat(Addresses.normalize("info@нко.рф")).contains("info@нко.рф");
		assertThat(Addresses.normalize("INFO@НКО.РФ")).contains("info@нко.рф");
	}

	@Test
	void refusesWhatIsNotOneAddress() {
		for (String wrong : new String[] { null, "", "  ", "ivan", "ivan@", "@example.ru", "ivan@@example.ru",
				"ivan@example", "ivan petrov@example.ru", "Иван <ivan@example.ru>", "a@example.ru, b@example.ru",
				"иван@example.ru", "ivan@-example.ru", "ivan..petrov@example.ru",
				"ivan@example.ru\r\nBcc: all@example.ru", "x".repeat(65) + "@example.ru" }) {
			assertThat(Addresses.normalize(wrong)).as("%s", wrong).isEqualTo(Optional.empty());
		}
	}

	@Test
	void sendsCyrillicDomainsInTheirAsciiForm() {
		assertThat(Addresses.forSending("info@нко.рф")).isEqualTo("info@xn--j1afe.xn--p1ai");
		assertThat(Addresses.forSending("ivan@example.ru")).isEqualTo("ivan@example.ru");
	}

	@Test
	void describesAFailureInOneShortLine() {
		var failure = new MailSendException("Mail server connection failed", new MessagingException(
				"Couldn't connect to host\n\tat somewhere", new ConnectException("Connection refused")));
		assertThat(OutboxSender.describe(failure))
			.isEqualTo("MailSendException / ConnectException: Connection refused");
		assertThat(OutboxSender.describe(new IllegalStateException("x".repeat(2000))))
			.hasSize(OutboxMessage.MAX_ERROR_LENGTH);
	}

}

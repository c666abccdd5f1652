package ru.nko.platform.claims;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.system.DemoData;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.UserManagement;

/**
 * A claim waiting for the administrator: the member of the initiative group asks to
 * represent an organisation of the directory, so that the demo shows joining from both
 * sides.
 */
@Component
@Profile("demo")
class DemoClaims {

	private static final String DOCUMENT = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	private final RepresentationClaimRepository claims;

	private final DirectoryManagement directory;

	private final UserManagement users;

	private final FileStorage storage;

	private final DemoData demo;

	private final Clock clock;

	DemoClaims(RepresentationClaimRepository claims, DirectoryManagement directory, UserManagement users,
			FileStorage storage, DemoData demo, Clock clock) {
		this.claims = claims;
		this.directory = directory;
		this.users = users;
		this.storage = storage;
		this.demo = demo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.OPENNESS + 1)
	void load() {
		this.demo.load("representation claims", () -> this.claims.count() == 0, this::create);
	}

	void create() {
		// the accounts are there already (DemoAccounts): this only finds the login's id
		long initiative = this.users.ensureUser("initiative", "demo", "Григорьева Наталья Андреевна",
				Set.of(Grant.of(Role.INITIATIVE_GROUP)));
		this.directory.organizationByInn("4703098760").ifPresent(organization -> {
			byte[] document = DOCUMENT.getBytes(StandardCharsets.US_ASCII);
			this.claims.save(new RepresentationClaim(initiative, "initiative",
					"Григорьева Наталья Андреевна (инициативная группа «Музей Луги»)", organization.id(),
					"Волонтёр, по доверенности председателя", "доверенность.pdf", "application/pdf", document.length,
					this.storage.store("claims", document), this.clock.instant().minus(Duration.ofDays(2))));
		});
	}

}

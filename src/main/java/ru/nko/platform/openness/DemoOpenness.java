package ru.nko.platform.openness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.openness.DocumentKind;
import ru.nko.platform.openness.OpennessManagement;
import ru.nko.platform.system.DemoData;

/**
 * The documents demo organisations published, so that openness varies as it does in life:
 * most of those with a website publish their charter, fewer their reports, some nothing
 * at all.
 */
@Component
@Profile("demo")
class DemoOpenness {

	private final DirectoryManagement directory;

	private final OpennessManagement openness;

	private final Clock clock;

	private final OrganizationDocumentRepository documents;

	private final DemoData demo;

	DemoOpenness(DirectoryManagement directory, OpennessManagement openness, OrganizationDocumentRepository documents,
			DemoData demo, Clock clock) {
		this.documents = documents;
		this.demo = demo;
		this.directory = directory;
		this.openness = openness;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.OPENNESS)
	void load() {
		this.demo.load("openness documents", () -> this.documents.count() == 0, this::create);
	}

	void create() {
		Random random = new Random(2026);
		int lastYear = LocalDate.now(this.clock).getYear() - 1;
		this.directory.eachOrganizationData(false, organizations -> {
			for (var entry : organizations.entrySet()) {
				OrganizationData data = entry.getValue();
				long id = entry.getKey();
				String site = data.website() != null ? data.website()
						: data.socialPages().isEmpty() ? null : data.socialPages().get(0).url();
				if (site == null) {
					continue;
				}
				String base = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
				if (random.nextDouble() < 0.75) {
					this.openness.publishLink(id, DocumentKind.CHARTER, null, "Устав", base + "/ustav.pdf");
				}
				if (random.nextDouble() < 0.6) {
					this.openness.publishLink(id, DocumentKind.ANNUAL_REPORT, lastYear,
							"Отчёт о деятельности за " + lastYear + " год", base + "/otchet-" + lastYear + ".pdf");
				}
				if (random.nextDouble() < 0.4) {
					this.openness.publishLink(id, DocumentKind.MINJUST_REPORT, lastYear,
							"Отчёт в Минюст России за " + lastYear + " год", base + "/minjust-" + lastYear + ".pdf");
				}
				if (random.nextDouble() < 0.3) {
					this.openness.publishLink(id, DocumentKind.FINANCIAL_REPORT, lastYear,
							"Отчёт об использовании средств", base + "/finansy-" + lastYear + ".pdf");
				}
			}
		});
	}

}

package ru.nko.platform.openness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import ru.nko.platform.scale.BulkInsert;
import ru.nko.platform.system.DemoData;
import ru.nko.platform.scale.ScaleData;
import ru.nko.platform.scale.ScaleSize;

/**
 * The openness part of the generated data set: the documents organisations publish — a
 * charter for most of those with a website, annual and Ministry of Justice reports for
 * the last years for many, financial reports for some — as links to their sites.
 */
@Component
@Profile("scale")
class OpennessScaleData implements ScaleData {

	private static final int LAST_YEAR = 2025;

	@Override
	public int order() {
		return DemoData.OPENNESS;
	}

	@Override
	public String name() {
		return "документы организаций";
	}

	@Override
	public void generate(ScaleSize size, BulkInsert bulk) {
		List<Object[]> documents = new ArrayList<>();
		Random random = new Random(size.ordinal() + 20L);
		bulk.jdbc()
			.query("select o.id, o.website, o.registration_date from organization o where o.website is not null "
					+ "and not exists (select 1 from organization_document d where d.organization_id = o.id) order by o.id",
					(RowCallbackHandler) rs -> {
						long id = rs.getLong(1);
						String site = rs.getString(2);
						LocalDate registered = rs.getDate(3) == null ? LocalDate.of(2010, 1, 1)
								: rs.getDate(3).toLocalDate();
						Instant published = registered.plusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC);
						if (random.nextInt(10) < 8) {
							documents.add(document(id, DocumentKind.CHARTER, null, "Устав", site + "/docs/ustav.pdf",
									published));
						}
						for (int year = Math.max(registered.getYear() + 1, LAST_YEAR - 2); year <= LAST_YEAR; year++) {
							Instant reported = LocalDate.of(year + 1, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC);
							if (random.nextInt(10) < 6) {
								documents.add(document(id, DocumentKind.ANNUAL_REPORT, year,
										"Отчёт о деятельности за " + year + " год",
										site + "/docs/otchet-" + year + ".pdf", reported));
							}
							if (random.nextInt(10) < 4) {
								documents.add(document(id, DocumentKind.MINJUST_REPORT, year,
										"Отчёт в Минюст России за " + year + " год",
										site + "/docs/minjust-" + year + ".pdf", reported));
							}
							if (random.nextInt(10) < 2) {
								documents.add(document(id, DocumentKind.FINANCIAL_REPORT, year,
										"Финансовый отчёт за " + year + " год", site + "/docs/finance-" + year + ".pdf",
										reported));
							}
						}
					});
		bulk.copy("organization_document",
				"organization_id, kind, year, title, url, published_at, published_by, withdrawn, version",
				documents.size(), (i, row) -> row.add(documents.get(i)).add(false, 0));
		bulk.syncIdentity("organization_document");
	}

	private static Object[] document(long organization, DocumentKind kind, Integer year, String title, String url,
			Instant published) {
		return new Object[] { organization, kind, year, title, url, published, "Представитель организации" };
	}

}

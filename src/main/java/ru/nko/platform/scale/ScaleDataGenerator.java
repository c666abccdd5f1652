package ru.nko.platform.scale;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.system.SystemAuthentication;

/**
 * Generates the national-scale data set in the {@code scale} profile, after the demo
 * data: every module's {@link ScaleData} part in order, once (a database that already
 * holds the size's organisations is left as it is), then {@code ANALYZE}. Never in
 * {@code prod} (the production guard of {@code system}).
 */
@Component
@Profile("scale")
class ScaleDataGenerator {

	private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);

	private final List<ScaleData> parts;

	private final BulkInsert bulk;

	private final ScaleSize size;

	ScaleDataGenerator(List<ScaleData> parts, DataSource dataSource, @Value("${nko.scale.size:region}") String size) {
		this.parts = parts.stream().sorted(Comparator.comparingInt(ScaleData::order)).toList();
		this.bulk = new BulkInsert(dataSource);
		this.size = ScaleSize.valueOf(size.strip().toUpperCase(Locale.ROOT));
	}

	/** After every module's demo data (their orders are below 1000). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(1000)
	void generate() {
		Long organizations = this.bulk.jdbc().queryForObject("select count(*) from organization", Long.class);
		if (organizations != null && organizations >= this.size.organizations()) {
			log.info("Scale data ({}) already present: {} organisations", this.size, organizations);
			return;
		}
		long started = System.nanoTime();
		SystemAuthentication.run(() -> {
			for (ScaleData part : this.parts) {
				long partStarted = System.nanoTime();
				part.generate(this.size, this.bulk);
				log.info("Scale data ({}): {} in {} ms", this.size, part.name(),
						(System.nanoTime() - partStarted) / 1_000_000);
			}
		});
		this.bulk.jdbc().execute("analyze");
		log.info("Scale data ({}) generated in {} s", this.size, (System.nanoTime() - started) / 1_000_000_000);
	}

}

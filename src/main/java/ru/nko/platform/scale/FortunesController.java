package ru.nko.platform.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The benchmark's baseline (bench/README.md): TechEmpower's "Fortunes" test on this
 * platform's stack — one query, one row added at request time, sorted, one escaped
 * template without the layout, through the same security chain as every page — the floor
 * against which the platform's pages are measured. Only with the demo or the generated
 * data set, never in {@code prod}.
 */
@Controller
@Profile("demo | scale")
class FortunesController {

	private final JdbcTemplate jdbc;

	FortunesController(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		// the table is the benchmark's, not the platform's: written here, never by a
		// migration that a production database would then have to carry
		new ResourceDatabasePopulator(new ClassPathResource("db/bench/fortunes.sql")).execute(dataSource);
	}

	@GetMapping("/fortunes")
	String fortunes(Model model) {
		List<Fortune> fortunes = new ArrayList<>(this.jdbc.query("select id, message from fortune",
				(rs, row) -> new Fortune(rs.getInt(1), rs.getString(2))));
		fortunes.add(new Fortune(0, "Additional fortune added at request time."));
		fortunes.sort(Comparator.comparing(Fortune::message));
		model.addAttribute("fortunes", fortunes);
		return "bench/fortunes";
	}

	/** One row of the table. */
	record Fortune(int id, String message) {
	}

}

package ru.nko.platform.scale;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Fast writing of the generated data set: rows go to PostgreSQL with {@code COPY … FROM
 * STDIN} in chunks, ids are given by the caller (from {@link #nextId(String)}) and the
 * identity sequence catches up afterwards ({@link #syncIdentity(String)}). Only for the
 * {@code scale} profile: it bypasses the entities, their checks and their history.
 */
public final class BulkInsert {

	private static final int CHUNK = 20_000;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	public BulkInsert(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** For the reads and small updates a part needs besides copying. */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/**
	 * The ids a query answers grouped by a key, e.g. organisations by municipality:
	 * {@code select municipality_id, id from organization}; keys in the order met.
	 */
	public Map<Long, long[]> grouped(String sql) {
		Map<Long, List<Long>> lists = new LinkedHashMap<>();
		this.jdbc.query(sql, (RowCallbackHandler) rs -> lists.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
			.add(rs.getLong(2)));
		Map<Long, long[]> grouped = new LinkedHashMap<>();
		lists.forEach((key, ids) -> grouped.put(key, ids.stream().mapToLong(Long::longValue).toArray()));
		return grouped;
	}

	/**
	 * Moves a sequence that Hibernate draws ids from in blocks of 50 past the ids copied
	 * into the table.
	 */
	public void syncSequence(String sequence, String table) {
		this.jdbc.queryForObject(
				"select setval('" + sequence + "', (select coalesce(max(id), 0) + 50 from " + table + "))", Long.class);
	}

	/** The first free id of a table with a {@code bigint id} column. */
	public long nextId(String table) {
		Long max = this.jdbc.queryForObject("select max(id) from " + table, Long.class);
		return max == null ? 1 : max + 1;
	}

	/** Moves a table's identity sequence past the ids copied into it. */
	public void syncIdentity(String table) {
		this.jdbc.queryForObject("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
				+ "greatest((select max(id) from " + table + "), 1))", Long.class);
	}

	/**
	 * Copies {@code count} rows into {@code table}: {@code row} fills the values of row
	 * {@code i} (0-based), in the order of {@code columns} ("id, name, active"). Values
	 * may be null, text, numbers, booleans, dates, instants or enums.
	 */
	public void copy(String table, String columns, int count, BiConsumer<Integer, Row> row) {
		String sql = "copy " + table + " (" + columns + ") from stdin with (format csv)";
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			Row values = new Row();
			StringBuilder chunk = new StringBuilder(1 << 20);
			int inChunk = 0;
			for (int i = 0; i < count; i++) {
				values.clear();
				row.accept(i, values);
				if (values.skipped) {
					continue;
				}
				values.appendTo(chunk);
				if (++inChunk == CHUNK) {
					pg.getCopyAPI().copyIn(sql, new StringReader(chunk.toString()));
					chunk.setLength(0);
					inChunk = 0;
				}
			}
			if (inChunk > 0) {
				pg.getCopyAPI().copyIn(sql, new StringReader(chunk.toString()));
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY " + table + ": " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** The values of one row, in the order of the columns. */
	public static final class Row {

		private final List<Object> values = new ArrayList<>();

		private boolean skipped;

		/** Adds the next column's value. */
		public Row add(Object value) {
			this.values.add(value);
			return this;
		}

		/** Adds the next columns' values. */
		public Row add(Object... values) {
			for (Object value : values) {
				this.values.add(value);
			}
			return this;
		}

		/** Leaves this row out. */
		public void skip() {
			this.skipped = true;
		}

		private void clear() {
			this.values.clear();
			this.skipped = false;
		}

		private void appendTo(StringBuilder out) {
			for (int i = 0; i < this.values.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				Object value = this.values.get(i);
				if (value == null) {
					continue;
				}
				if (value instanceof Boolean flag) {
					out.append(flag ? 't' : 'f');
				}
				else if (value instanceof Number || value instanceof LocalDate) {
					out.append(value);
				}
				else if (value instanceof Instant instant) {
					out.append(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
				}
				else if (value instanceof Enum<?> constant) {
					out.append(constant.name());
				}
				else {
					String text = value.toString();
					out.append('"');
					for (int c = 0; c < text.length(); c++) {
						char ch = text.charAt(c);
						if (ch == '"') {
							out.append('"');
						}
						out.append(ch);
					}
					out.append('"');
				}
			}
			out.append('\n');
		}

	}

}

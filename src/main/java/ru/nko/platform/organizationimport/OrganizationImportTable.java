package ru.nko.platform.organizationimport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;

import ru.nko.platform.directory.OrganizationData;

/**
 * The temporary table a registry import's rows are copied into ({@code COPY … FROM
 * STDIN}, as they are read), and the statements that check them and write them into the
 * directory's tables and their history, all in the caller's transaction.
 */
final class OrganizationImportTable {

	/**
	 * Characters of COPY text sent to the server at a time: small enough for the buffers
	 * to stay ordinary young objects (not "humongous" ones in G1).
	 */
	private static final int CHUNK = 64 * 1024;

	private static final String COLUMNS = "line, valid, name, short_name, legal_form, inn, ogrn, kpp, registration_date, "
			+ "address, municipality_id, social_oriented, social_oriented_since, iopu, iopu_since, resource_center, "
			+ "support_participant, website, public_email, public_phone, head_name, head_position, description, "
			+ "contact_person, contact_email, contact_phone, areas, page_networks, page_urls";

	/**
	 * The organisation's columns Envers records, in {@code organization_aud}'s order
	 * after id, rev and revtype.
	 */
	private static final String AUDITED = "name, short_name, inn, ogrn, municipality_id, active, legal_form, kpp, "
			+ "registration_date, address, social_oriented, social_oriented_since, iopu, iopu_since, resource_center, "
			+ "support_participant, website, public_email, public_phone, head_name, head_position, description, "
			+ "contact_person, contact_email, contact_phone";

	private static final String CREATE = """
			create temporary table organization_import (
			    line integer not null, valid boolean not null,
			    name text, short_name text, legal_form text, inn text, ogrn text, kpp text, registration_date date,
			    address text, municipality_id bigint, social_oriented boolean, social_oriented_since date,
			    iopu boolean, iopu_since date, resource_center boolean, support_participant boolean, website text,
			    public_email text, public_phone text, head_name text, head_position text, description text,
			    contact_person text, contact_email text, contact_phone text,
			    areas text[], page_networks text[], page_urls text[],
			    inn_first integer, ogrn_first integer, target_id bigint, ogrn_owner bigint, target_first integer,
			    refused boolean not null default false, is_new boolean not null default false,
			    changed boolean not null default false
			) on commit drop""";

	/** An identifier repeated: the later rows remember the first one's line. */
	private static final String REPEATED = """
			update organization_import s set %1$s_first = w.first
			from (select line, first from (select line, min(line) over (partition by %1$s) as first
			      from organization_import where %1$s is not null) r where r.first < r.line) w
			where s.line = w.line""";

	private static final String MATCH = """
			update organization_import s set target_id = o.id from organization o
			where s.valid and s.inn_first is null and s.ogrn_first is null and s.target_id is null and o.%1$s = s.%1$s""";

	private static final String OGRN_OF_ANOTHER = """
			update organization_import s set ogrn_owner = o.id from organization o
			where s.target_id is not null and o.ogrn = s.ogrn and o.id <> s.target_id""";

	private static final String SAME_TARGET = """
			update organization_import s set target_first = w.first
			from (select line, first from (select line, min(line) over (partition by target_id) as first
			      from organization_import where target_id is not null and ogrn_owner is null) r
			      where r.first < r.line) w
			where s.line = w.line""";

	private static final String REFUSE = """
			update organization_import set refused = true
			where inn_first is not null or ogrn_first is not null or ogrn_owner is not null or target_first is not null""";

	private static final String COUNTS = """
			select count(*) filter (where valid and not refused and target_id is null),
			       count(*) filter (where valid and not refused and target_id is not null),
			       count(*) filter (where not valid or refused),
			       count(inn_first) + count(ogrn_first) + count(ogrn_owner) + count(target_first)
			from organization_import""";

	private static final String REFUSALS = """
			select s.line, s.inn, s.ogrn, s.inn_first, s.ogrn_first, s.ogrn_owner, s.target_first
			from organization_import s where s.refused order by s.line limit ?""";

	private static final String NEW_IDS = """
			update organization_import set is_new = true, target_id = nextval(?::regclass)
			where valid and not refused and target_id is null""";

	/**
	 * A known organisation changes when a field the row states differs, or the row states
	 * activity areas or social pages other than those it has.
	 */
	private static final String CHANGED = """
			update organization_import s set changed = true
			from organization o
			where o.id = s.target_id and s.valid and not s.refused and not s.is_new and (
			    (s.name, coalesce(s.short_name, o.short_name), coalesce(s.legal_form, o.legal_form),
			     coalesce(s.inn, o.inn), coalesce(s.ogrn, o.ogrn), coalesce(s.kpp, o.kpp),
			     coalesce(s.registration_date, o.registration_date), coalesce(s.address, o.address), s.municipality_id,
			     s.social_oriented or o.social_oriented, s.iopu or o.iopu, s.resource_center or o.resource_center,
			     coalesce(s.website, o.website), coalesce(s.public_email, o.public_email),
			     coalesce(s.public_phone, o.public_phone), coalesce(s.head_name, o.head_name),
			     coalesce(s.description, o.description))
			    is distinct from
			    (o.name::text, o.short_name::text, o.legal_form::text, o.inn::text, o.ogrn::text, o.kpp::text,
			     o.registration_date, o.address::text, o.municipality_id, o.social_oriented, o.iopu, o.resource_center,
			     o.website::text, o.public_email::text, o.public_phone::text, o.head_name::text, o.description)
			    or cardinality(s.areas) > 0 and s.areas is distinct from array(select a.area::text
			        from organization_activity a where a.organization_id = o.id order by a.area collate "C")
			    or cardinality(s.page_urls) > 0 and (s.page_networks, s.page_urls) is distinct from (
			        array(select p.network::text from organization_social_page p where p.organization_id = o.id
			              order by p.position),
			        array(select p.url::text from organization_social_page p where p.organization_id = o.id
			              order by p.position)))""";

	/**
	 * The row's name and municipality; other fields the row leaves empty keep what the
	 * directory knows, and statuses (СО НКО, ИОПУ, resource centre) are only ever set.
	 */
	private static final String UPDATE = """
			update organization o set name = s.name, short_name = coalesce(s.short_name, o.short_name),
			    legal_form = coalesce(s.legal_form, o.legal_form), inn = coalesce(s.inn, o.inn),
			    ogrn = coalesce(s.ogrn, o.ogrn), kpp = coalesce(s.kpp, o.kpp),
			    registration_date = coalesce(s.registration_date, o.registration_date),
			    address = coalesce(s.address, o.address), municipality_id = s.municipality_id,
			    social_oriented = s.social_oriented or o.social_oriented, iopu = s.iopu or o.iopu,
			    resource_center = s.resource_center or o.resource_center, website = coalesce(s.website, o.website),
			    public_email = coalesce(s.public_email, o.public_email),
			    public_phone = coalesce(s.public_phone, o.public_phone), head_name = coalesce(s.head_name, o.head_name),
			    description = coalesce(s.description, o.description), version = o.version + 1
			from organization_import s where s.changed and o.id = s.target_id""";

	private static final String INSERT = """
			insert into organization (id, name, short_name, legal_form, inn, ogrn, kpp, registration_date, address,
			    municipality_id, active, social_oriented, social_oriented_since, iopu, iopu_since, resource_center,
			    support_participant, website, public_email, public_phone, head_name, head_position, description,
			    contact_person, contact_email, contact_phone, version)
			select target_id, name, short_name, legal_form, inn, ogrn, kpp, registration_date, address,
			    municipality_id, true, social_oriented, social_oriented_since, iopu, iopu_since, resource_center,
			    support_participant, website, public_email, public_phone, head_name, head_position, description,
			    contact_person, contact_email, contact_phone, 0
			from organization_import where is_new""";

	private static final String AREAS_REMOVED = """
			with removed as (
			    delete from organization_activity a using organization_import s
			    where s.changed and cardinality(s.areas) > 0 and a.organization_id = s.target_id
			      and a.area::text <> all (s.areas)
			    returning a.organization_id, a.area)
			insert into organization_activity_aud (rev, revtype, organization_id, area)
			select ?, 2, organization_id, area from removed""";

	private static final String AREAS_ADDED = """
			with added as (
			    insert into organization_activity (organization_id, area)
			    select s.target_id, x.area from organization_import s cross join unnest(s.areas) as x(area)
			    where s.is_new or s.changed and not exists (select 1 from organization_activity a
			        where a.organization_id = s.target_id and a.area = x.area)
			    returning organization_id, area)
			insert into organization_activity_aud (rev, revtype, organization_id, area)
			select ?, 0, organization_id, area from added""";

	private static final String PAGES_REMOVED = """
			with removed as (
			    delete from organization_social_page p using organization_import s
			    where s.changed and cardinality(s.page_urls) > 0 and p.organization_id = s.target_id
			      and (p.network::text, p.url::text) is distinct from
			          (s.page_networks[p.position + 1], s.page_urls[p.position + 1])
			    returning p.organization_id, p.position, p.network, p.url)
			insert into organization_social_page_aud (rev, revtype, organization_id, position, network, url)
			select ?, 2, organization_id, position, network, url from removed""";

	private static final String PAGES_ADDED = """
			with added as (
			    insert into organization_social_page (organization_id, position, network, url)
			    select s.target_id, x.i - 1, x.network, x.url
			    from organization_import s cross join unnest(s.page_networks, s.page_urls) with ordinality as x(network, url, i)
			    where s.is_new or s.changed and not exists (select 1 from organization_social_page p
			        where p.organization_id = s.target_id and p.position = x.i - 1)
			    returning organization_id, position, network, url)
			insert into organization_social_page_aud (rev, revtype, organization_id, position, network, url)
			select ?, 0, organization_id, position, network, url from added""";

	/** The organisation's GIN indexes the current user may clean up (as their owner). */
	private static final String GIN_INDEXES = """
			select i.indexrelid::regclass::text from pg_index i
			join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
			where i.indrelid = 'organization'::regclass and a.amname = 'gin' and pg_has_role(c.relowner, 'USAGE')""";

	private static final String AUDIT = "insert into organization_aud (id, rev, revtype, " + AUDITED + ") "
			+ "select o.id, ?, case when s.is_new then 0 else 1 end, o." + AUDITED.replace(", ", ", o.")
			+ " from organization_import s join organization o on o.id = s.target_id where s.is_new or s.changed";

	private static final Log log = LogFactory.getLog(OrganizationImportTable.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	OrganizationImportTable(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Creates the table and starts copying into it. */
	Copy create() {
		this.jdbc.execute(CREATE);
		// hash joins and sorts over a whole registry, in the server's memory rather than
		// its temporary files, for this transaction only
		this.jdbc.execute("set local work_mem = '64MB'");
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy organization_import (" + COLUMNS + ") from stdin with (format csv)");
			return new Copy(connection, copy);
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
			throw new IllegalStateException("COPY organization_import: " + ex.getMessage(), ex);
		}
	}

	OrganizationImports.Check check(int limit) {
		timed("analyze organization_import", () -> this.jdbc.execute("analyze organization_import"));
		timed("REPEATED", () -> this.jdbc.update(REPEATED.formatted("inn")));
		timed("REPEATED", () -> this.jdbc.update(REPEATED.formatted("ogrn")));
		timed("MATCH", () -> this.jdbc.update(MATCH.formatted("inn")));
		timed("MATCH", () -> this.jdbc.update(MATCH.formatted("ogrn")));
		timed("OGRN_OF_ANOTHER", () -> this.jdbc.update(OGRN_OF_ANOTHER));
		timed("SAME_TARGET", () -> this.jdbc.update(SAME_TARGET));
		timed("REFUSE", () -> this.jdbc.update(REFUSE));
		List<OrganizationImports.Refusal> refusals = new ArrayList<>();
		refusals(limit, refusals::add);
		return this.jdbc.queryForObject(COUNTS, (rs, row) -> new OrganizationImports.Check(refusals, rs.getInt(4),
				rs.getInt(3), new OrganizationImports.Counts(rs.getInt(1), rs.getInt(2))));
	}

	/** The refusals of the first {@code rows} refused rows, by line. */
	void refusals(int rows, Consumer<OrganizationImports.Refusal> each) {
		if (rows <= 0) {
			return;
		}
		this.jdbc.query(connection -> {
			var statement = connection.prepareStatement(REFUSALS);
			statement.setInt(1, rows);
			// read by a cursor: a file of copies may refuse every row
			statement.setFetchSize(1000);
			return statement;
		}, (RowCallbackHandler) rs -> refusals(rs).forEach(each));
	}

	private static List<OrganizationImports.Refusal> refusals(ResultSet rs) throws SQLException {
		int line = rs.getInt("line");
		String inn = rs.getString("inn");
		String ogrn = rs.getString("ogrn");
		List<OrganizationImports.Refusal> found = new ArrayList<>();
		int innFirst = rs.getInt("inn_first");
		if (!rs.wasNull()) {
			found.add(new OrganizationImports.Refusal(line, OrganizationImports.Identifier.INN,
					"ИНН " + inn + " уже встречается в строке " + innFirst + ": одна организация — одна строка"));
		}
		int ogrnFirst = rs.getInt("ogrn_first");
		if (!rs.wasNull()) {
			found.add(new OrganizationImports.Refusal(line, OrganizationImports.Identifier.OGRN,
					"ОГРН " + ogrn + " уже встречается в строке " + ogrnFirst + ": одна организация — одна строка"));
		}
		rs.getLong("ogrn_owner");
		if (!rs.wasNull()) {
			found.add(new OrganizationImports.Refusal(line, OrganizationImports.Identifier.OGRN,
					"ОГРН " + ogrn + " записан в справочнике у другой организации, не у организации с ИНН " + inn
							+ ". Проверьте ИНН и ОГРН в этой строке"));
		}
		int targetFirst = rs.getInt("target_first");
		if (!rs.wasNull()) {
			found.add(new OrganizationImports.Refusal(line,
					inn != null ? OrganizationImports.Identifier.INN : OrganizationImports.Identifier.OGRN,
					"Эта строка и строка " + targetFirst + " относятся к одной организации справочника "
							+ "(совпадает ИНН или ОГРН): одна организация — одна строка"));
		}
		return found;
	}

	/**
	 * Inserts the new organisations with ids from the table's identity, updates the known
	 * ones that change, replaces their activity areas and social pages where the file
	 * states them, and records all of it under the revision, asked for only when
	 * something changes.
	 */
	void save(LongSupplier revisions) {
		String sequence = this.jdbc.queryForObject("select pg_get_serial_sequence('organization', 'id')", String.class);
		int created = this.jdbc.update(NEW_IDS, sequence);
		int changed = this.jdbc.update(CHANGED);
		if (log.isDebugEnabled()) {
			log.debug("new: " + created + ", changed: " + changed);
		}
		if (created + changed == 0) {
			return;
		}
		long revision = revisions.getAsLong();
		// the full-text and trigram indexes gather the new entries in their pending lists
		// and take them in one sorted batch each, cheaper than entry by entry; that needs
		// the index's owner, as VACUUM does (otherwise they are updated as usual)
		List<String> batched = this.jdbc.queryForList(GIN_INDEXES, String.class);
		if (!batched.isEmpty()) {
			this.jdbc.execute("set local gin_pending_list_limit = '1GB'");
		}
		timed("UPDATE", () -> this.jdbc.update(UPDATE));
		timed("INSERT", () -> this.jdbc.update(INSERT));
		for (String index : batched) {
			timed("gin_clean_pending_list " + index,
					() -> this.jdbc.queryForObject("select gin_clean_pending_list(?::regclass)", Long.class, index));
		}
		this.jdbc.execute("reset gin_pending_list_limit");
		timed("AREAS_REMOVED", () -> this.jdbc.update(AREAS_REMOVED, revision));
		timed("AREAS_ADDED", () -> this.jdbc.update(AREAS_ADDED, revision));
		timed("PAGES_REMOVED", () -> this.jdbc.update(PAGES_REMOVED, revision));
		timed("PAGES_ADDED", () -> this.jdbc.update(PAGES_ADDED, revision));
		timed("AUDIT", () -> this.jdbc.update(AUDIT, revision));
	}

	/** Runs a statement, saying how long it took (at debug level). */
	private static void timed(String what, Runnable statement) {
		long started = System.nanoTime();
		statement.run();
		if (log.isDebugEnabled()) {
			log.debug(what + ": " + (System.nanoTime() - started) / 1_000_000 + " ms");
		}
	}

	/** Rows on their way to the server, as CSV text in chunks. */
	final class Copy {

		private final Connection connection;

		private final CopyIn copy;

		private final StringBuilder text = new StringBuilder(CHUNK + 16 * 1024);

		private Copy(Connection connection, CopyIn copy) {
			this.connection = connection;
			this.copy = copy;
		}

		void row(int line, OrganizationData row) {
			List<String> areas = row.activityAreas().stream().map(Enum::name).sorted().toList();
			List<String> networks = row.socialPages().stream().map(page -> page.network().name()).toList();
			List<String> urls = row.socialPages().stream().map(OrganizationData.SocialPageLink::url).toList();
			write(line, true, row.name(), row.shortName(), row.legalForm(), row.inn(), row.ogrn(), row.kpp(),
					row.registrationDate(), row.address(), row.municipalityId(), row.socialOriented(),
					row.socialOrientedSince(), row.iopu(), row.iopuSince(), row.resourceCenter(),
					row.supportParticipant(), row.website(), row.publicEmail(), row.publicPhone(), row.headName(),
					row.headPosition(), row.description(), row.contactPerson(), row.contactEmail(), row.contactPhone(),
					areas, networks, urls);
		}

		void rejected(int line, String inn, String ogrn) {
			write(line, false, null, null, null, inn, ogrn, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of());
		}

		private void write(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.text.append(',');
				}
				Object value = values[i];
				if (value instanceof String string) {
					quoted(string);
				}
				else if (value instanceof Boolean flag) {
					this.text.append(flag ? 't' : 'f');
				}
				else if (value instanceof List<?> list) {
					array(list);
				}
				else if (value instanceof Number || value instanceof LocalDate) {
					this.text.append(value);
				}
			}
			this.text.append('\n');
			if (this.text.length() >= CHUNK) {
				send();
			}
		}

		/**
		 * A CSV field: in quotes, quotes doubled; an empty text stays a text, not null.
		 */
		private void quoted(String value) {
			if (value.indexOf('"') < 0) {
				this.text.append('"').append(value).append('"');
				return;
			}
			this.text.append('"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"') {
					this.text.append('"');
				}
				this.text.append(c);
			}
			this.text.append('"');
		}

		/** A text array literal ({"a","b"}) as one CSV field. */
		private void array(List<?> values) {
			StringBuilder literal = new StringBuilder("{");
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					literal.append(',');
				}
				literal.append('"');
				String value = values.get(i).toString();
				for (int c = 0; c < value.length(); c++) {
					char ch = value.charAt(c);
					if (ch == '"' || ch == '\\') {
						literal.append('\\');
					}
					literal.append(ch);
				}
				literal.append('"');
			}
			quoted(literal.append('}').toString());
		}

		private void send() {
			byte[] bytes = this.text.toString().getBytes(StandardCharsets.UTF_8);
			this.text.setLength(0);
			try {
				this.copy.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY organization_import: " + ex.getMessage(), ex);
			}
		}

		/** Leaves the connection usable for the rollback that follows a failed copy. */
		private void cancel() {
			try {
				if (this.copy.isActive()) {
					this.copy.cancelCopy();
				}
			}
			catch (SQLException ex) {
				// the transaction is lost anyway: its rollback reports what matters
			}
		}

		/** Sends the rest and ends the copy; the connection stays the transaction's. */
		void end() {
			try {
				if (!this.text.isEmpty()) {
					send();
				}
				this.copy.endCopy();
			}
			catch (SQLException | RuntimeException ex) {
				cancel();
				throw new IllegalStateException("COPY organization_import: " + ex.getMessage(), ex);
			}
			finally {
				DataSourceUtils.releaseConnection(this.connection, OrganizationImportTable.this.dataSource);
			}
		}

	}

}

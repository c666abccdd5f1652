package ru.nko.platform.organizationimport;

import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.OrganizationsImported;
import ru.nko.platform.system.AuditHistory;

/**
 * The write side of a registry import, set-based so that a country's registry loads in
 * seconds. It writes the directory's tables with its own SQL (the directory owns their
 * schema and stays the one place of single-organisation changes): the rows already
 * checked by the importer are copied into a temporary table of the caller's transaction
 * ({@link #stage}), checked against each other and against the directory
 * ({@link Staging#check}), then saved with a few statements ({@link Staging#save}):
 * matched by INN, else OGRN, a known organisation is updated, never duplicated; fields a
 * row leaves empty keep what the directory knows. History is written as Envers would (one
 * revision, a row per organisation added or changed), and one
 * {@link OrganizationsImported} announces the whole file.
 */
@Service
class OrganizationImports {

	/** How many organisations the rows create and how many they update. */
	public record Counts(int created, int updated) {
	}

	/** The identifier a refusal is about, so that the importer can name its column. */
	public enum Identifier {

		INN, OGRN

	}

	/**
	 * A row the directory refuses although the importer found its cells right: an
	 * identifier that appears in an earlier row, an OGRN the directory knows under
	 * another organisation than the row's INN, or a second row for one organisation.
	 */
	public record Refusal(int line, Identifier identifier, String message) {
	}

	/**
	 * What the staged rows would do.
	 *
	 * @param refusals the first refusals, by line
	 * @param refusalCount every refusal, listed or not
	 * @param rejected the rows that will not be saved: refused by the importer or here
	 * @param counts what saving would create and update
	 */
	public record Check(List<Refusal> refusals, int refusalCount, int rejected, Counts counts) {
	}

	private final OrganizationImportTable table;

	private final AuditHistory history;

	private final ApplicationEventPublisher events;

	OrganizationImports(DataSource dataSource, AuditHistory history, ApplicationEventPublisher events) {
		this.table = new OrganizationImportTable(dataSource, new JdbcTemplate(dataSource));
		this.history = history;
		this.events = events;
	}

	/**
	 * Starts copying a file's rows into a temporary table of the current transaction
	 * (dropped when it ends); one file per transaction.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(propagation = Propagation.MANDATORY)
	public Staging stage() {
		return new Staging(this.table.create());
	}

	/**
	 * The rows of one file on their way into the directory: {@link #add} and
	 * {@link #reject} while reading, {@link #check} when read, then {@link #save} or
	 * nothing.
	 */
	public final class Staging implements AutoCloseable {

		private final OrganizationImportTable.Copy copy;

		private boolean copying = true;

		private Check checked;

		private Staging(OrganizationImportTable.Copy copy) {
			this.copy = copy;
		}

		/**
		 * A row the importer found right, to be saved unless {@link #check} refuses it.
		 */
		public void add(int line, OrganizationData row) {
			this.copy.row(line, row);
		}

		/**
		 * A row the importer refused: never saved, kept with its identifiers (null when
		 * unreadable) so that a later row repeating them is refused too.
		 */
		public void reject(int line, String inn, String ogrn) {
			this.copy.rejected(line, inn, ogrn);
		}

		/** Ends the copy; the rows are then checked or saved. */
		@Override
		public void close() {
			if (this.copying) {
				this.copying = false;
				this.copy.end();
			}
		}

		/**
		 * Refuses every row repeating an INN or OGRN of an earlier row, naming an
		 * organisation of the directory other than its INN does, or naming the same
		 * organisation as an earlier row; counts what the rest would do.
		 * @param limit how many refusals to list
		 */
		public Check check(int limit) {
			close();
			if (this.checked == null) {
				this.checked = OrganizationImports.this.table.check(limit);
			}
			return this.checked;
		}

		/** Every refusal, by line: for the file of rejected rows. */
		public void refusals(Consumer<Refusal> each) {
			check(0);
			OrganizationImports.this.table.refusals(Integer.MAX_VALUE, each);
		}

		/**
		 * Creates or updates an organisation for every row added and not refused, all of
		 * them or, on any failure, none (the caller's transaction); announces
		 * {@link OrganizationsImported}.
		 */
		public Counts save() {
			Counts counts = check(0).counts();
			OrganizationImports.this.table.save(OrganizationImports.this.history::currentRevision);
			OrganizationImports.this.events.publishEvent(new OrganizationsImported(counts.created(), counts.updated()));
			return counts;
		}

	}

}

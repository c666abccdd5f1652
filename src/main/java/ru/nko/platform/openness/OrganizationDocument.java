package ru.nko.platform.openness;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A document an organisation published (a link or an uploaded file): its charter, a
 * report of a year.
 */
@Entity
@Table(name = "organization_document")
@Audited
class OrganizationDocument {

	/** The size of the title column. */
	static final int TITLE_MAX = 300;

	/** The size of the link column. */
	static final int URL_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long organizationId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private Integer year;

	private String title;

	private String url;

	private String fileName;

	private String contentType;

	private Long sizeBytes;

	private String storageKey;

	private Instant publishedAt;

	private String publishedBy;

	private boolean withdrawn;

	@Version
	@NotAudited
	private long version;

	protected OrganizationDocument() {
	}

	static OrganizationDocument link(long organizationId, DocumentKind kind, Integer year, String title, String url,
			Instant at, String by) {
		OrganizationDocument document = new OrganizationDocument();
		document.organizationId = organizationId;
		document.kind = kind;
		document.year = year;
		document.title = title;
		document.url = url;
		document.publishedAt = at;
		document.publishedBy = by;
		return document;
	}

	static OrganizationDocument file(long organizationId, DocumentKind kind, Integer year, String title,
			String fileName, String contentType, long size, String storageKey, Instant at, String by) {
		OrganizationDocument document = link(organizationId, kind, year, title, null, at, by);
		document.fileName = fileName;
		document.contentType = contentType;
		document.sizeBytes = size;
		document.storageKey = storageKey;
		return document;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	/** Takes the document back; it stays in the history. */
	void withdraw() {
		this.withdrawn = true;
	}

	OpennessRules.DocumentFacts facts() {
		return new OpennessRules.DocumentFacts(this.kind, this.year);
	}

	Long getId() {
		return this.id;
	}

	long getOrganizationId() {
		return this.organizationId;
	}

	DocumentKind getKind() {
		return this.kind;
	}

	Integer getYear() {
		return this.year;
	}

	String getTitle() {
		return this.title;
	}

	String getUrl() {
		return this.url;
	}

	boolean isWithdrawn() {
		return this.withdrawn;
	}

}

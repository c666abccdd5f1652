package ru.nko.platform.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An executor's report on a measure for a period, with evidence files; withdrawn, never
 * deleted.
 */
@Entity
@Audited
class ProgressReport {

	/** The size of the withdrawal reason's column. */
	static final int WITHDRAWAL_REASON_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long measureId;

	private int periodYear;

	private Integer periodQuarter;

	private String text;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private long authorId;

	private String authorName;

	private Long bodyId;

	private Long municipalityId;

	private Instant createdAt;

	private boolean withdrawn;

	private Instant withdrawnAt;

	private String withdrawnBy;

	private String withdrawalReason;

	@ElementCollection
	@CollectionTable(name = "evidence_file", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	private List<EvidenceFile> files = new ArrayList<>();

	@Version
	@NotAudited
	private long version;

	protected ProgressReport() {
	}

	ProgressReport(long measureId, ReportPeriod period, String text, ReportStatus status, long authorId,
			String authorName, Long bodyId, Long municipalityId, Instant createdAt, List<EvidenceFile> files) {
		this.measureId = measureId;
		this.periodYear = period.year();
		this.periodQuarter = period.quarter();
		this.text = text;
		this.status = status;
		this.authorId = authorId;
		this.authorName = authorName;
		this.bodyId = bodyId;
		this.municipalityId = municipalityId;
		this.createdAt = createdAt;
		this.files.addAll(files);
	}

	/**
	 * Takes the report back; it stays in the history and stops counting towards the
	 * status.
	 */
	void withdraw(String by, String reason, Instant at) {
		if (this.withdrawn) {
			throw new IllegalStateException("Отчёт уже отозван");
		}
		this.withdrawn = true;
		this.withdrawnBy = by;
		this.withdrawalReason = reason;
		this.withdrawnAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getMeasureId() {
		return this.measureId;
	}

	ReportPeriod period() {
		return new ReportPeriod(this.periodYear, this.periodQuarter);
	}

	String getText() {
		return this.text;
	}

	ReportStatus getStatus() {
		return this.status;
	}

	long getAuthorId() {
		return this.authorId;
	}

	String getAuthorName() {
		return this.authorName;
	}

	Long getBodyId() {
		return this.bodyId;
	}

	Long getMunicipalityId() {
		return this.municipalityId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	boolean isWithdrawn() {
		return this.withdrawn;
	}

	Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	String getWithdrawnBy() {
		return this.withdrawnBy;
	}

	String getWithdrawalReason() {
		return this.withdrawalReason;
	}

	List<EvidenceFile> getFiles() {
		return this.files;
	}

	/** A file attached to a report as evidence, checked by content when uploaded. */
	@Embeddable
	static class EvidenceFile {

		@Column(name = "file_name")
		private String fileName;

		@Column(name = "content_type")
		private String contentType;

		@Column(name = "size_bytes")
		private long sizeBytes;

		@Column(name = "storage_key")
		private String storageKey;

		@Column(name = "sha256")
		private String sha256;

		protected EvidenceFile() {
		}

		EvidenceFile(String fileName, String contentType, long sizeBytes, String storageKey, String sha256) {
			this.fileName = fileName;
			this.contentType = contentType;
			this.sizeBytes = sizeBytes;
			this.storageKey = storageKey;
			this.sha256 = sha256;
		}

		String getFileName() {
			return this.fileName;
		}

		String getContentType() {
			return this.contentType;
		}

		long getSizeBytes() {
			return this.sizeBytes;
		}

		String getStorageKey() {
			return this.storageKey;
		}

		@Override
		public String toString() {
			return this.fileName;
		}

	}

}

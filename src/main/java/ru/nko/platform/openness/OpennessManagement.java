package ru.nko.platform.openness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * The openness module's public API: an organisation's evaluation (for its representatives
 * and administrators) and the shares among applicants that feed measures 2.1 and 2.2.
 * Evaluations are computed from the current data on every call, so they follow every
 * change at once.
 */
@Service
public class OpennessManagement {

	private final CriterionRepository criteria;

	private final OrganizationDocumentRepository documents;

	private final DirectoryManagement directory;

	private final Clock clock;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	OpennessManagement(CriterionRepository criteria, OrganizationDocumentRepository documents,
			DirectoryManagement directory, Clock clock, UploadInspector inspector, FileStorage storage,
			ApplicationEventPublisher events, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.events = events;
		this.inspector = inspector;
		this.storage = storage;
		this.criteria = criteria;
		this.documents = documents;
		this.directory = directory;
		this.clock = clock;
	}

	/** The evaluation of an organisation, for its representatives and administrators. */
	@Transactional(readOnly = true)
	public OpennessRules.Evaluation evaluation(long organizationId) {
		OpennessAccess.checkOrganization(organizationId);
		OrganizationData organization = this.directory.organizationData(organizationId)
			.orElseThrow(() -> new NotFound("Организация не найдена"));
		return OpennessRules.evaluate(organization,
				this.documents.findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(organizationId)
					.stream()
					.map(OrganizationDocument::facts)
					.toList(),
				activeCriteria(), LocalDate.now(this.clock));
	}

	/** A document of the organisation as the self-check page lists it. */
	record DocumentView(long id, DocumentKind kind, Integer year, String title, String url) {
	}

	/**
	 * The organisation's published documents, for its representatives and administrators.
	 */
	@Transactional(readOnly = true)
	public List<DocumentView> documents(long organizationId) {
		OpennessAccess.checkOrganization(organizationId);
		return this.documents.findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(organizationId)
			.stream()
			.map(document -> new DocumentView(document.getId(), document.getKind(), document.getYear(),
					document.getTitle(),
					document.getUrl() != null ? document.getUrl()
							: "/organizations/" + organizationId + "/documents/" + document.getId()))
			.toList();
	}

	/**
	 * A representative publishes a document by a link to it; the evaluation follows at
	 * once.
	 */
	@Transactional
	public long publishLink(long organizationId, DocumentKind kind, Integer year, String title, String url) {
		return publish(organizationId, kind, year, title, url, null, null);
	}

	/**
	 * A representative uploads the document itself (checked by content, up to 10 MB); it
	 * is then public.
	 */
	@Transactional
	public long publishFile(long organizationId, DocumentKind kind, Integer year, String title, String fileName,
			byte[] content) {
		return publish(organizationId, kind, year, title, null, fileName, content);
	}

	/** A published file, for anyone: published documents are public. */
	@Transactional(readOnly = true)
	public PublishedFile publishedFile(long organizationId, long documentId) {
		OrganizationDocument document = this.documents.findById(documentId)
			.filter(d -> d.getOrganizationId() == organizationId && !d.isWithdrawn() && d.getStorageKey() != null)
			.orElseThrow(() -> new NotFound("Документ не найден"));
		return new PublishedFile(document.getFileName(), document.getContentType(),
				this.storage.read(document.getStorageKey()));
	}

	/** A file to send back. */
	public record PublishedFile(String fileName, String contentType, byte[] content) {
	}

	private long publish(long organizationId, DocumentKind kind, Integer year, String title, String url,
			String fileName, byte[] content) {
		CurrentUser user = OpennessAccess.checkOrganization(organizationId);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		if (kind == null) {
			errors.add("kind", "Выберите, что это за документ");
		}
		int thisYear = LocalDate.now(this.clock).getYear();
		if (kind != null && kind.name().endsWith("_REPORT") && (year == null || year < 1990 || year > thisYear)) {
			errors.add("year", "Укажите год, за который составлен отчёт, например " + (thisYear - 1));
		}
		String typed = errors.optional(title, "title", "Название", OrganizationDocument.TITLE_MAX);
		String link = null;
		boolean withFile = content != null && content.length > 0;
		UploadInspector.Inspected inspected = null;
		if (withFile) {
			try {
				inspected = this.inspector.inspect(fileName, content, UploadInspector.EVIDENCE_TYPES,
						10L * 1024 * 1024);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add("file", rejected.getMessage());
			}
		}
		else {
			String wrong = "Укажите ссылку на документ, например https://dobrye-sosedi.ru/otchet-2025.pdf, или приложите файл";
			link = errors.webAddress(url, "url", "Ссылка на документ", wrong, OrganizationDocument.URL_MAX);
			if (url == null || url.isBlank()) {
				errors.add("url", wrong);
			}
		}
		errors.throwIfAny();
		String name = typed != null ? typed : kind.name();
		this.events.publishEvent(OpennessIndicatorProviders.CHANGED);
		if (withFile) {
			String key = this.storage.store("documents", content);
			return this.documents
				.save(OrganizationDocument.file(organizationId, kind, year, name, inspected.fileName(),
						inspected.contentType(), inspected.size(), key, this.clock.instant(), user.fullName()))
				.getId();
		}
		return this.documents
			.save(OrganizationDocument.link(organizationId, kind, year, name, link, this.clock.instant(),
					user.fullName()))
			.getId();
	}

	/** Withdraws a published document (it stays in the history). */
	@Transactional
	public void withdrawDocument(long organizationId, long documentId) {
		OpennessAccess.checkOrganization(organizationId);
		OrganizationDocument document = this.documents.findById(documentId)
			.filter(d -> d.getOrganizationId() == organizationId)
			.orElseThrow(() -> new NotFound("Документ не найден"));
		document.withdraw();
		this.events.publishEvent(OpennessIndicatorProviders.CHANGED);
	}

	/**
	 * Among the applicants (support-programme participants): the share meeting every
	 * required criterion, in %.
	 */
	@Transactional(readOnly = true)
	public Optional<Double> applicantsMeetingRequirementsShare() {
		return share(evaluation -> evaluation.requiredMet());
	}

	/** Among the applicants: the share with a group in a social network, in %. */
	@Transactional(readOnly = true)
	public Optional<Double> applicantsWithSocialGroupShare() {
		return share(evaluation -> evaluation.socialGroup());
	}

	/** The most organisation ids one query names. */
	private static final int IDS_PER_QUERY = 10_000;

	private Optional<Double> share(Predicate<OpennessRules.Evaluation> counted) {
		long[] applicantsAndCounted = new long[2];
		this.directory.eachOrganizationData(true, applicants -> {
			applicantsAndCounted[0] += applicants.size();
			applicantsAndCounted[1] += evaluations(applicants).values().stream().filter(counted).count();
		});
		return applicantsAndCounted[0] == 0 ? Optional.empty()
				: Optional.of(applicantsAndCounted[1] * 100.0 / applicantsAndCounted[0]);
	}

	/**
	 * Evaluations of many organisations at once (documents in one query), keyed by id; no
	 * access check.
	 */
	Map<Long, OpennessRules.Evaluation> evaluations(Map<Long, OrganizationData> organizations) {
		Map<Long, List<OpennessRules.DocumentFacts>> documentsById = new HashMap<>();
		// in chunks: a country has tens of thousands of applicants, more than one
		// statement may name
		List<Long> ids = new ArrayList<>(organizations.keySet());
		for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
			List<OrganizationDocument> loaded = this.documents
				.findByOrganizationIdInAndWithdrawnFalse(ids.subList(from, Math.min(from + IDS_PER_QUERY, ids.size())));
			loaded.forEach(
					document -> documentsById.computeIfAbsent(document.getOrganizationId(), id -> new ArrayList<>())
						.add(document.facts()));
			// only their facts are needed: a region-wide overview must not keep every
			// document
			loaded.forEach(this.entityManager::detach);
		}
		List<OpennessRules.CriterionFacts> criteria = activeCriteria();
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, OpennessRules.Evaluation> result = new HashMap<>();
		organizations.forEach((id, data) -> result.put(id,
				OpennessRules.evaluate(data, documentsById.getOrDefault(id, List.of()), criteria, today)));
		return result;
	}

	private List<OpennessRules.CriterionFacts> activeCriteria() {
		return this.criteria.findByActiveTrueOrderByPositionAsc().stream().map(Criterion::facts).toList();
	}

}

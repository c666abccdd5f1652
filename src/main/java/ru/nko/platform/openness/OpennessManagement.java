package ru.nko.platform.openness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.Role;

/**
 * The openness module's public API: an organisation's evaluation (for its representatives and
 * administrators) and the shares among applicants that feed measures 2.1 and 2.2. Evaluations are
 * computed from the current data on every call, so they follow every change at once.
 */
@Service
public class OpennessManagement {

	private final CriterionRepository criteria;

	private final OrganizationDocumentRepository documents;

	private final DirectoryManagement directory;

	private final Clock clock;

	OpennessManagement(CriterionRepository criteria, OrganizationDocumentRepository documents, DirectoryManagement directory,
			Clock clock) {
		this.criteria = criteria;
		this.documents = documents;
		this.directory = directory;
		this.clock = clock;
	}

	/** The evaluation of an organisation, for its representatives and administrators. */
	@Transactional(readOnly = true)
	public OpennessRules.Evaluation evaluation(long organizationId) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDenied("Войдите в систему"));
		if (!user.isAdmin() && !user.scopeIds(Role.NGO_REPRESENTATIVE).contains(organizationId)) {
			throw new AccessDenied("Самопроверку открытости видят представители организации и администраторы");
		}
		OrganizationData organization = this.directory.organizationData(organizationId)
			.orElseThrow(() -> new NotFound("Организация не найдена"));
		return OpennessRules.evaluate(organization, this.documents.findByOrganizationIdAndWithdrawnFalseOrderByKindAscYearDesc(organizationId)
			.stream().map(OrganizationDocument::facts).toList(), activeCriteria(), LocalDate.now(this.clock));
	}

	/** Among the applicants (support-programme participants): the share meeting every required criterion, in %. */
	@Transactional(readOnly = true)
	public Optional<Double> applicantsMeetingRequirementsShare() {
		return share(evaluation -> evaluation.requiredMet());
	}

	/** Among the applicants: the share with a group in a social network, in %. */
	@Transactional(readOnly = true)
	public Optional<Double> applicantsWithSocialGroupShare() {
		return share(evaluation -> evaluation.socialGroup());
	}

	private Optional<Double> share(java.util.function.Predicate<OpennessRules.Evaluation> counted) {
		Map<Long, OrganizationData> applicants = this.directory.supportParticipants();
		if (applicants.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, List<OpennessRules.DocumentFacts>> documentsById = new HashMap<>();
		this.documents.findByOrganizationIdInAndWithdrawnFalse(applicants.keySet())
			.forEach(document -> documentsById.computeIfAbsent(document.getOrganizationId(), id -> new java.util.ArrayList<>()).add(document.facts()));
		List<OpennessRules.CriterionFacts> criteria = activeCriteria();
		LocalDate today = LocalDate.now(this.clock);
		long yes = applicants.entrySet().stream()
			.map(entry -> OpennessRules.evaluate(entry.getValue(), documentsById.getOrDefault(entry.getKey(), List.of()), criteria, today))
			.filter(counted)
			.count();
		return Optional.of(yes * 100.0 / applicants.size());
	}

	private List<OpennessRules.CriterionFacts> activeCriteria() {
		return this.criteria.findByActiveTrueOrderByPositionAsc().stream().map(Criterion::facts).toList();
	}
}

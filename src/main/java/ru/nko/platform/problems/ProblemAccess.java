package ru.nko.platform.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.Role;

/**
 * Who may see and do what with problems: officers moderate their own municipality, the
 * author organisation's representatives see its private part, supporters see what they
 * joined, everyone sees accepted problems.
 */
final class ProblemAccess {

	private ProblemAccess() {
	}

	/** Officers of the municipality and administrators moderate its problems. */
	static boolean mayModerate(CurrentUser user, long municipalityId) {
		return user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId);
	}

	/** Refuses all but the municipality's officers and administrators. */
	static void requireModerator(long municipalityId) {
		if (!mayModerate(current(), municipalityId)) {
			throw new AccessDenied(
					"Проблемы рассматривают специалисты своего муниципального образования и администраторы");
		}
	}

	/**
	 * Who records problems: administrators, officers and representatives of
	 * organisations.
	 */
	static boolean mayRecord(CurrentUser user) {
		return user.isAdmin() || !user.scopeIds(Role.MUNICIPAL_OFFICER).isEmpty()
				|| !user.scopeIds(Role.NGO_REPRESENTATIVE).isEmpty();
	}

	/**
	 * A representative who is not an officer records problems only on behalf of an
	 * organisation.
	 */
	static boolean speaksOnlyForOrganizations(CurrentUser user) {
		return !user.isAdmin() && user.has(Role.NGO_REPRESENTATIVE) && !user.has(Role.MUNICIPAL_OFFICER);
	}

	/**
	 * The organisation a problem is recorded for, or refusal when the municipality is
	 * outside the user's scope.
	 */
	static Long author(CurrentUser user, long municipalityId, OrganizationRef organization) {
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		boolean moderator = mayModerate(user, municipalityId);
		if (organization != null) {
			if (representing.contains(organization.id())) {
				return organization.id();
			}
			if (moderator) {
				// an officer speaks for organisations of the problem's own municipality
				// only; administrators for any
				if (!user.isAdmin() && !Long.valueOf(municipalityId).equals(organization.municipalityId())) {
					throw new InvalidInput("organizationId",
							"Выберите организацию этого муниципального образования: от имени организаций других районов сообщают их представители");
				}
				return organization.id();
			}
			throw new AccessDenied("Сообщать о проблеме можно только от имени своей организации");
		}
		if (moderator) {
			return null;
		}
		if (!representing.isEmpty()) {
			throw new AccessDenied(
					"Вы можете сообщать о проблемах в тех муниципальных образованиях, где работают ваши организации "
							+ "(или выберите организацию, от имени которой сообщаете)");
		}
		throw new AccessDenied(
				"Сообщать о проблемах могут представители НКО и специалисты своего муниципального образования");
	}

	/** A representative joins or leaves a problem on behalf of their own organisation. */
	static void requireRepresentative(CurrentUser user, long organizationId, String refusal) {
		if (!user.scopeIds(Role.NGO_REPRESENTATIVE).contains(organizationId)) {
			throw new AccessDenied(refusal);
		}
	}

	/** Officers and administrators export the list of problems. */
	static boolean mayExport(Optional<CurrentUser> user) {
		return user.map(u -> u.isAdmin() || u.has(Role.MUNICIPAL_OFFICER)).orElse(false);
	}

	/**
	 * Who may see the private part: administrators, the municipality's officers, the
	 * author organisation's representatives.
	 */
	static boolean privileged(CurrentUser user, Problem problem) {
		return mayModerate(user, problem.getMunicipalityId()) || (problem.getAuthorOrganizationId() != null
				&& user.scopeIds(Role.NGO_REPRESENTATIVE).contains(problem.getAuthorOrganizationId()));
	}

	/**
	 * Public problems for everyone; the rest for the privileged and for organisations
	 * that support it.
	 */
	static void checkVisible(Problem problem, Optional<CurrentUser> user, List<ProblemSupporter> supporters) {
		if (problem.getStatus().isPublic()) {
			return;
		}
		if (user.isEmpty()) {
			// a guest is asked to sign in rather than told "forbidden"
			throw new AccessDeniedException("Проблема ещё не опубликована");
		}
		Set<Long> representing = user.get().scopeIds(Role.NGO_REPRESENTATIVE);
		if (privileged(user.get(), problem)
				|| supporters.stream().anyMatch(s -> s.isActive() && representing.contains(s.getOrganizationId()))) {
			return;
		}
		throw new AccessDenied(
				"Эта проблема ещё не опубликована или отклонена: её видят организация-автор, специалисты "
						+ "муниципального образования и администраторы");
	}

	/**
	 * The condition (JPQL over {@code Problem p}) that limits a list to what the caller
	 * may see; {@code 1 = 1} for administrators.
	 */
	static String visible(Map<String, Object> params) {
		Optional<CurrentUser> user = CurrentUser.get();
		if (user.map(CurrentUser::isAdmin).orElse(false)) {
			return "1 = 1";
		}
		List<String> any = new ArrayList<>();
		any.add("p.status in :publicStatuses");
		params.put("publicStatuses", ProblemStatus.PUBLIC);
		Set<Long> municipalities = user.map(u -> u.scopeIds(Role.MUNICIPAL_OFFICER)).orElse(Set.of());
		if (!municipalities.isEmpty()) {
			any.add("p.municipalityId in :ownMunicipalities");
			params.put("ownMunicipalities", municipalities);
		}
		Set<Long> organizations = user.map(u -> u.scopeIds(Role.NGO_REPRESENTATIVE)).orElse(Set.of());
		if (!organizations.isEmpty()) {
			any.add("p.authorOrganizationId in :ownOrganizations");
			any.add("exists (select 1 from ProblemSupporter s where s.problemId = p.id and s.organizationId in :ownOrganizations"
					+ " and s.withdrawnAt is null)");
			params.put("ownOrganizations", organizations);
		}
		return "(" + String.join(" or ", any) + ")";
	}

	/** The same visibility as {@link #visible} for native SQL over {@code problem p}. */
	static void visibleNative(StringBuilder where, Map<String, Object> params, Optional<CurrentUser> user) {
		if (user.map(CurrentUser::isAdmin).orElse(false)) {
			return;
		}
		List<String> any = new ArrayList<>();
		any.add("p.status in ('ACCEPTED', 'IN_PLAN', 'RESOLVED')");
		Set<Long> municipalities = user.map(u -> u.scopeIds(Role.MUNICIPAL_OFFICER)).orElse(Set.of());
		if (!municipalities.isEmpty()) {
			any.add("p.municipality_id in (:ownMunicipalities)");
			params.put("ownMunicipalities", municipalities);
		}
		Set<Long> organizations = user.map(u -> u.scopeIds(Role.NGO_REPRESENTATIVE)).orElse(Set.of());
		if (!organizations.isEmpty()) {
			any.add("p.author_organization_id in (:ownOrganizations)");
			any.add("exists (select 1 from problem_supporter s where s.problem_id = p.id and s.organization_id in (:ownOrganizations)"
					+ " and s.withdrawn_at is null)");
			params.put("ownOrganizations", organizations);
		}
		where.append(" and (").append(String.join(" or ", any)).append(")");
	}

	static CurrentUser current() {
		return CurrentUser.required();
	}

}

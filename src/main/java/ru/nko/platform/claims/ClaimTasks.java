package ru.nko.platform.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Task;
import ru.nko.platform.system.TaskProvider;

/**
 * Claims in people's cabinets: the administrator decides each claim waiting for a
 * decision, the oldest first; the person who sent a claim follows it while it waits, and
 * learns of a refusal for {@link #REFUSAL_SHOWN_DAYS} days, or until they send a new
 * claim for the same organisation.
 */
@Component
class ClaimTasks implements TaskProvider {

	/** Days a refusal stays in the claimant's cabinet. */
	static final int REFUSAL_SHOWN_DAYS = 30;

	private final RepresentationClaimRepository claims;

	private final DirectoryManagement directory;

	private final RussianFormat format;

	private final Clock clock;

	ClaimTasks(RepresentationClaimRepository claims, DirectoryManagement directory, RussianFormat format, Clock clock) {
		this.claims = claims;
		this.directory = directory;
		this.format = format;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(CurrentUser user, LocalDate today) {
		List<RepresentationClaim> pending = user.isAdmin()
				? this.claims.findByStatusOrderByCreatedAtAscIdAsc(RepresentationClaim.Status.PENDING, Limit.of(LIMIT))
				: List.of();
		List<RepresentationClaim> mine = shown(this.claims.findByUserIdOrderByCreatedAtDescIdDesc(user.id()), today);
		if (pending.isEmpty() && mine.isEmpty()) {
			return List.of();
		}
		Set<Long> organizationIds = new HashSet<>();
		pending.forEach(claim -> organizationIds.add(claim.getOrganizationId()));
		mine.forEach(claim -> organizationIds.add(claim.getOrganizationId()));
		Map<Long, OrganizationRef> organizations = this.directory.organizations(organizationIds);
		String concerns = text("claims.tasks.concerns");
		List<Task> tasks = new ArrayList<>();
		for (RepresentationClaim claim : pending) {
			tasks.add(Task.open("claims.decide", concerns,
					text("claims.tasks.decide", claim.getFullName(), name(organizations, claim),
							this.format.date(LocalDate.ofInstant(claim.getCreatedAt(), this.clock.getZone()))),
					"/admin/claims/" + claim.getId()));
		}
		for (RepresentationClaim claim : mine) {
			String title = claim.getStatus() == RepresentationClaim.Status.REJECTED
					? text("claims.tasks.mine.REJECTED", name(organizations, claim), claim.getDecisionReason())
					: text("claims.tasks.mine.PENDING", name(organizations, claim));
			tasks.add(Task.open("claims.mine", concerns, title, "/organizations/claim#mine"));
		}
		return tasks;
	}

	/**
	 * The person's claims worth showing (newest first in, newest first out): those
	 * waiting, and refusals of the last days not followed by a newer claim for the same
	 * organisation.
	 */
	private List<RepresentationClaim> shown(List<RepresentationClaim> newestFirst, LocalDate today) {
		Set<Long> claimedLater = new HashSet<>();
		List<RepresentationClaim> shown = new ArrayList<>();
		for (RepresentationClaim claim : newestFirst) {
			boolean later = !claimedLater.add(claim.getOrganizationId());
			if (claim.getStatus() == RepresentationClaim.Status.PENDING
					|| (claim.getStatus() == RepresentationClaim.Status.REJECTED && !later
							&& claim.getDecidedAt() != null
							&& !LocalDate.ofInstant(claim.getDecidedAt(), this.clock.getZone())
								.plusDays(REFUSAL_SHOWN_DAYS)
								.isBefore(today))) {
				shown.add(claim);
			}
			if (shown.size() == LIMIT) {
				break;
			}
		}
		return shown;
	}

	private static String name(Map<Long, OrganizationRef> organizations, RepresentationClaim claim) {
		OrganizationRef organization = organizations.get(claim.getOrganizationId());
		return organization == null ? "" : organization.name();
	}

	private String text(String key, Object... arguments) {
		return this.format.text(key, arguments);
	}

}

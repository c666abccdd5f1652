package ru.nko.platform.openness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.ActivityArea;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationData;

/**
 * Openness across the region for the administrator: by municipality and by activity area,
 * down to the organisations.
 */
@Service
class OpennessOverview {

	private final OpennessManagement openness;

	private final DirectoryManagement directory;

	OpennessOverview(OpennessManagement openness, DirectoryManagement directory) {
		this.openness = openness;
		this.directory = directory;
	}

	/**
	 * One group of organisations: how many, how many at the basic level or above, with a
	 * social group, the average score.
	 */
	record Group(String key, String label, int organizations, int basicOrAbove, int socialGroup, int averageScore) {

		public int basicShare() {
			return this.organizations == 0 ? 0 : Math.round(this.basicOrAbove * 100f / this.organizations);
		}

		public int socialShare() {
			return this.organizations == 0 ? 0 : Math.round(this.socialGroup * 100f / this.organizations);
		}
	}

	/** One organisation in a drill-down. */
	record Line(long id, String name, int score, OpennessLevel level, boolean socialGroup) {
	}

	/** The whole picture. */
	record Picture(Group total, List<Group> byMunicipality, List<Group> byArea) {
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Picture picture() {
		Map<Long, OrganizationData> organizations = this.directory.activeOrganizationData();
		Map<Long, OpennessRules.Evaluation> evaluations = this.openness.evaluations(organizations);
		List<Group> byMunicipality = new ArrayList<>();
		for (MunicipalityRef municipality : this.directory.municipalities()) {
			byMunicipality.add(group("m" + municipality.id(), municipality.name(), organizations, evaluations,
					data -> municipality.id() == (data.municipalityId() == null ? -1 : data.municipalityId())));
		}
		List<Group> byArea = new ArrayList<>();
		for (ActivityArea area : ActivityArea.values()) {
			byArea.add(group(area.name(), area.name(), organizations, evaluations,
					data -> data.activityAreas().contains(area)));
		}
		byArea.removeIf(group -> group.organizations() == 0);
		byArea.sort(Comparator.comparingInt(Group::organizations).reversed());
		return new Picture(group("all", "", organizations, evaluations, data -> true), byMunicipality, byArea);
	}

	/** The organisations of a municipality or an activity area, least open first. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public List<Line> drillDown(Long municipalityId, ActivityArea area) {
		Map<Long, OrganizationData> organizations = this.directory.activeOrganizationData();
		organizations.values()
			.removeIf(data -> (municipalityId != null && !municipalityId.equals(data.municipalityId()))
					|| (area != null && !data.activityAreas().contains(area)));
		Map<Long, OpennessRules.Evaluation> evaluations = this.openness.evaluations(organizations);
		return organizations.entrySet()
			.stream()
			.map(entry -> new Line(entry.getKey(), entry.getValue().name(), evaluations.get(entry.getKey()).score(),
					evaluations.get(entry.getKey()).level(), evaluations.get(entry.getKey()).socialGroup()))
			.sorted(Comparator.comparingInt(Line::score).thenComparing(Line::name))
			.toList();
	}

	private static Group group(String key, String label, Map<Long, OrganizationData> organizations,
			Map<Long, OpennessRules.Evaluation> evaluations, Predicate<OrganizationData> member) {
		int count = 0;
		int basic = 0;
		int social = 0;
		int scores = 0;
		for (Map.Entry<Long, OrganizationData> entry : organizations.entrySet()) {
			if (member.test(entry.getValue())) {
				OpennessRules.Evaluation evaluation = evaluations.get(entry.getKey());
				count++;
				basic += evaluation.level() != OpennessLevel.LOW ? 1 : 0;
				social += evaluation.socialGroup() ? 1 : 0;
				scores += evaluation.score();
			}
		}
		return new Group(key, label, count, basic, social, count == 0 ? 0 : Math.round((float) scores / count));
	}

}

package ru.nko.platform.openness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.HashMap;

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
		List<MunicipalityRef> municipalities = this.directory.municipalities();
		Tally total = new Tally();
		Map<Long, Tally> byMunicipality = new HashMap<>();
		Map<ActivityArea, Tally> byArea = new EnumMap<>(ActivityArea.class);
		// a chunk at a time: a country's organisations never sit in memory together
		this.directory.eachOrganizationData(false,
				organizations -> this.openness.evaluations(organizations).forEach((id, evaluation) -> {
					OrganizationData data = organizations.get(id);
					total.add(evaluation);
					if (data.municipalityId() != null) {
						byMunicipality.computeIfAbsent(data.municipalityId(), key -> new Tally()).add(evaluation);
					}
					data.activityAreas()
						.forEach(area -> byArea.computeIfAbsent(area, key -> new Tally()).add(evaluation));
				}));
		List<Group> municipalityGroups = municipalities.stream()
			.map(municipality -> byMunicipality.getOrDefault(municipality.id(), new Tally())
				.group("m" + municipality.id(), municipality.name()))
			.toList();
		List<Group> areaGroups = byArea.entrySet()
			.stream()
			.map(entry -> entry.getValue().group(entry.getKey().name(), entry.getKey().name()))
			.sorted(Comparator.comparingInt(Group::organizations).reversed())
			.toList();
		return new Picture(total.group("all", ""), municipalityGroups, areaGroups);
	}

	/** The organisations of a municipality or an activity area, least open first. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public List<Line> drillDown(Long municipalityId, ActivityArea area) {
		List<Line> lines = new ArrayList<>();
		this.directory.eachOrganizationData(false, organizations -> {
			organizations.values()
				.removeIf(data -> (municipalityId != null && !municipalityId.equals(data.municipalityId()))
						|| (area != null && !data.activityAreas().contains(area)));
			this.openness.evaluations(organizations)
				.forEach((id, evaluation) -> lines.add(new Line(id, organizations.get(id).name(), evaluation.score(),
						evaluation.level(), evaluation.socialGroup())));
		});
		lines.sort(Comparator.comparingInt(Line::score).thenComparing(Line::name));
		return lines;
	}

	/** Counts of one group, added up organisation by organisation. */
	private static final class Tally {

		private int count;

		private int basic;

		private int social;

		private long scores;

		void add(OpennessRules.Evaluation evaluation) {
			this.count++;
			this.basic += evaluation.level() != OpennessLevel.LOW ? 1 : 0;
			this.social += evaluation.socialGroup() ? 1 : 0;
			this.scores += evaluation.score();
		}

		Group group(String key, String label) {
			return new Group(key, label, this.count, this.basic, this.social,
					this.count == 0 ? 0 : Math.round((float) this.scores / this.count));
		}

	}

}

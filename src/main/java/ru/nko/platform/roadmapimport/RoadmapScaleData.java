package ru.nko.platform.roadmapimport;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ru.nko.platform.roadmap.RoadmapManagement;
import ru.nko.platform.scale.BulkInsert;
import ru.nko.platform.system.DemoData;
import ru.nko.platform.scale.ScaleData;
import ru.nko.platform.scale.ScaleSize;

/**
 * The roadmaps' part of the generated data set: every other region's roadmap, imported
 * from the same table as Leningrad Oblast's the way an administrator imports it, and the
 * live indicators computed over all the data at the end.
 */
@Component
@Profile("scale")
class RoadmapScaleData implements ScaleData {

	private final RoadmapImportManagement imports;

	private final RoadmapManagement roadmaps;

	RoadmapScaleData(RoadmapImportManagement imports, RoadmapManagement roadmaps) {
		this.imports = imports;
		this.roadmaps = roadmaps;
	}

	@Override
	public int order() {
		return DemoData.ROADMAP;
	}

	@Override
	public String name() {
		return "дорожные карты регионов";
	}

	@Override
	public void generate(ScaleSize size, BulkInsert bulk) {
		byte[] table = DemoRoadmap.read("demo/roadmap-leningrad-oblast-2023.txt");
		List<String[]> regions = DemoData.table("scale/regions.tsv");
		for (int r = 0; r < Math.min(size.regions() - 1, regions.size()); r++) {
			String region = regions.get(r)[0];
			if (this.roadmaps.roadmaps(region).isEmpty()) {
				this.imports.importRoadmap("roadmap-2023.txt", table, region);
			}
		}
		this.roadmaps.refreshIndicators();
	}

}

package ru.nko.platform.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.nko.platform.roadmap.RoadmapViews.IndicatorView;
import ru.nko.platform.roadmap.RoadmapViews.MeasureView;
import ru.nko.platform.roadmap.RoadmapViews.RoadmapView;
import ru.nko.platform.roadmap.RoadmapViews.SectionView;
import ru.nko.platform.shared.export.TableExport.SheetData;
import ru.nko.platform.shared.export.TableExport;

/**
 * The roadmap with statuses and indicators as an XLSX workbook: measures on one sheet,
 * indicators on another.
 */
@Component
class RoadmapExport {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final RoadmapQueries queries;

	private final TableExport export;

	private final MessageSource messages;

	RoadmapExport(RoadmapQueries queries, TableExport export, MessageSource messages) {
		this.queries = queries;
		this.export = export;
		this.messages = messages;
	}

	byte[] xlsx(long roadmapId) {
		RoadmapView view = this.queries.roadmap(roadmapId);
		List<List<Object>> measureRows = new ArrayList<>();
		List<List<Object>> indicatorRows = new ArrayList<>();
		for (SectionView section : view.sections()) {
			measureRows.add(List.of(section.code(), section.title()));
			for (MeasureView measure : section.measures()) {
				measureRows.add(List.of(measure.code(), measure.title(), measure.expectedResult(),
						measure.deadline().text(), measure.deadline().start() == null ? "" : measure.deadline().start(),
						measure.deadline().end() == null ? "" : measure.deadline().end(),
						text("recurrence." + measure.deadline().recurrence()),
						measure.executors()
							.stream()
							.map(e -> e.name()
									+ (e.role() == ExecutorRole.LEAD ? "" : " (" + text("executor.role.CO") + ")"))
							.collect(Collectors.joining("; ")),
						text("status." + measure.status())));
				for (IndicatorView indicator : measure.indicators()) {
					indicatorRows.add(Arrays.asList(measure.code(), indicator.name(), indicator.unit(),
							indicator.target(), indicator.actual(),
							text(indicator.computed() ? "indicator.source.computed" : "indicator.source.entered"),
							indicator.computedAt() == null ? "" : indicator.computedAt().toString()));
				}
			}
		}
		return this.export.xlsx(List.of(
				new SheetData(text("export.sheet.measures"),
						List.of(text("export.col.code"), text("export.col.title"), text("export.col.result"),
								text("export.col.deadline"), text("export.col.start"), text("export.col.end"),
								text("export.col.recurrence"), text("export.col.executors"), text("export.col.status")),
						measureRows),
				new SheetData(text("export.sheet.indicators"),
						List.of(text("export.col.code"), text("export.col.indicator"), text("export.col.unit"),
								text("export.col.target"), text("export.col.actual"), text("export.col.source"),
								text("export.col.computedAt")),
						indicatorRows)));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, RU);
	}

}

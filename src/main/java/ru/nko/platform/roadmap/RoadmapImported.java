package ru.nko.platform.roadmap;

/** A roadmap table was imported: a new roadmap or an update of an existing one. */
public record RoadmapImported(long roadmapId, int measures, boolean created) {
}

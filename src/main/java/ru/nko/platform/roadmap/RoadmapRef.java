package ru.nko.platform.roadmap;

/** A roadmap by its id, title and region, for other modules. */
public record RoadmapRef(long id, String title, String region) {
}

package ru.nko.platform.actionplans;

/** A plan item as other modules (meetings' decisions) refer to it. */
public record PlanItemRef(long id, long planId, int year, String title) {
}

package ru.nko.platform.problems;

/** What other modules (action plans, meetings, reports) know of a problem. */
public record ProblemRef(long id, long municipalityId, String title, String categoryName, ProblemStatus status) {
}

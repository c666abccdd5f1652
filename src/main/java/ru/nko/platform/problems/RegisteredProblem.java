package ru.nko.platform.problems;

import java.time.LocalDate;

/** A problem with the day it was registered, for reports. */
public record RegisteredProblem(ProblemRef problem, LocalDate registeredOn) {
}

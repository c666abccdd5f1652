package ru.nko.platform.officials;

import java.time.LocalDate;

/** A municipality's current responsible official as reports name them. */
public record CurrentOfficial(String fullName, String position, String actNumber, LocalDate actDate) {
}

package ru.nko.platform.openness;

/**
 * How open an organisation is: below the basic standard, basic (every required criterion
 * met), advanced, exemplary.
 */
enum OpennessLevel {

	LOW, BASIC, ADVANCED, EXEMPLARY

}

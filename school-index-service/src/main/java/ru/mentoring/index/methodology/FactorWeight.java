package ru.mentoring.index.methodology;

/** The weight a factor had in ИСБШ for a year: published (fixed mode) or fitted (regression mode). */
record FactorWeight(String code, double weight) {
}

package ru.mentoring.index.methodology;

/** Whether quartile boundaries were computed over the loaded cohort or taken as published by the region. */
enum BoundarySource {
    COMPUTED,
    PUBLISHED
}

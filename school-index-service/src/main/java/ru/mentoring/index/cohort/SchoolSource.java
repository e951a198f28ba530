package ru.mentoring.index.cohort;

/** Where the index service learnt of a school. */
enum SchoolSource {
    /** A tenant of the platform, made known by the registry (or its demo loader). */
    REGISTRY,
    /** One of the rest of the region, loaded as CSV by a coordinator. */
    REGION
}

package ru.mentoring.index.history;

import java.util.List;

/** A school's indices, quartiles and statuses in the latest run of one year. */
record SchoolYear(int year, String methodologyVersion, Double ior, Integer iorQuartile, Double isbsh,
        Integer isbshQuartile, List<String> statuses) {
}

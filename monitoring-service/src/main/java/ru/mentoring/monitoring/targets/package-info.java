/** The programme targets of seed 004 against their values, per school, municipality and year. */
package ru.mentoring.monitoring.targets;

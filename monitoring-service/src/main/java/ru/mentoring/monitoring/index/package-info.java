/** The index service's classification as monitoring reads it (which schools are ШНОР in a year). */
package ru.mentoring.monitoring.index;

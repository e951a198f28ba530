/** Who reaches which rounds and aggregates: the caller's scope narrowed to a school or a municipality, and the SQL condition that keeps a plain query inside it. */
package ru.mentoring.monitoring.access;

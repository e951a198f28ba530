/** Monitoring's HTTP edge shared by the features: its own exceptions as RFC 9457 problems, the programme year a request names. */
package ru.mentoring.monitoring.web;

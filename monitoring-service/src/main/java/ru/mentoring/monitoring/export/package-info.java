/** Tables as XLSX workbooks: the one way the monitoring writes a sheet. */
package ru.mentoring.monitoring.export;

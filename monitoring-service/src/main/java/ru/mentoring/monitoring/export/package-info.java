/** Tables as XLSX workbooks: the one way the monitoring writes a sheet, and the count of the exports. */
package ru.mentoring.monitoring.export;

/**
 * Uploaded tables (CSV and XLSX), read as a stream within one set of bounds, and the one way a
 * service refuses them: {@link ru.mentoring.platform.upload.UploadException} for a file that is no
 * table or too large (400, 413), {@link ru.mentoring.platform.upload.RowsRejectedException} for rows
 * that break the bounds or the service's rules (422, {@code errors: [{row, field, reason}]}), both
 * answered by {@code PlatformExceptionHandler}.
 */
package ru.mentoring.platform.upload;

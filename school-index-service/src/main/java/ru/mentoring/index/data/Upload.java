package ru.mentoring.index.data;

import ru.mentoring.platform.upload.ReceivedBytes;

/**
 * Who sends which file, and how it is to be taken.
 *
 * @param replaceAll the uploader confirmed ({@code ?replace=all}) that the new version may leave out
 *                   more of the current version's schools than {@code index.data-sets.max-dropped-share}
 */
record Upload(String fileName, String uploadedBy, boolean replaceAll, ReceivedBytes bytes) {
}

/**
 * Tables written for people to open in a spreadsheet (CSV): every cell stays data. A text a user
 * typed that begins like a formula is written with a leading apostrophe ({@link SpreadsheetText}),
 * and read back to the original by the importers.
 */
package ru.mentoring.platform.export;

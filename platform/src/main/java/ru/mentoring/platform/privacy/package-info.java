/**
 * Privacy of aggregate figures: the small-cell rule ({@link ru.mentoring.platform.privacy.SmallCells}),
 * by which a department viewer never sees a count, share or mean of one to four people.
 */
package ru.mentoring.platform.privacy;

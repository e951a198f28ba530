/**
 * Charts drawn on the server as inline SVG: no script, no network beyond the platform, readable by a
 * screen reader (a title and a description on every chart; each chart's figures are also shown as a
 * table next to it). Colours are presentation attributes, so the pages' strict CSP holds.
 */
package ru.mentoring.web.charts;

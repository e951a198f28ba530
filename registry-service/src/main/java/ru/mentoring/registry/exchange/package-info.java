/** Import and export of people and pairs as XLSX and CSV with Russian headers: all or nothing, rejected rows named. */
package ru.mentoring.registry.exchange;

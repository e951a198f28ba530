/** The banks of mentors and mentees: topics, requests, and the search that answers from memory (BankIndex). */
package ru.mentoring.registry.bank;

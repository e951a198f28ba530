package ru.mentoring.index.methodology;

/** Why a status was assigned: the status and a Russian sentence with the numbers that led to it. */
record StatusReason(SchoolStatus status, String text) {
}

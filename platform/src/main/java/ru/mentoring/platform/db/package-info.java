/** The database default: embedded PostgreSQL (or Testcontainers' when Docker is there), the service's schema created before Liquibase. */
package ru.mentoring.platform.db;

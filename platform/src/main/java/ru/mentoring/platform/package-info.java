/** The platform: what every service shares (caller identity and scope, tenancy, token validation, problem details, embedded PostgreSQL). */
package ru.mentoring.platform;

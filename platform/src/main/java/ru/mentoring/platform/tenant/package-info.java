/** Hibernate's tenant: the school a school administrator's session is confined to, and explicit tenants for work without a token. */
package ru.mentoring.platform.tenant;

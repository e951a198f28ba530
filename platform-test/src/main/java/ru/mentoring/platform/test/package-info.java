/** Test support shared by the services: callers shaped like the realm's tokens, and the test thread as the system. */
package ru.mentoring.platform.test;

/** Test support shared by the services: callers shaped like the realm's tokens, the test thread as the system, service clients pointed at a stand-in, contracts between services, and the architecture rules every service keeps. */
package ru.mentoring.platform.test;

/** Small values shared by the registry's features (a page of results). */
package ru.mentoring.registry.shared;

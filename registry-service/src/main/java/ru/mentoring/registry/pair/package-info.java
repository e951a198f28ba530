/** Pairs and groups: forming them under the rules of the forms and models, their stages, history, change requests and end. */
package ru.mentoring.registry.pair;

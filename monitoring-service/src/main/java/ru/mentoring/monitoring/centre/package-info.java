/**
 * The municipal mentoring centre (муниципальный наставнический центр, МНЦ) of seed 004 as an entity:
 * per municipality its name, its head (руководитель) and its people (наставники – члены
 * управленческих команд, куратор-методист), each a name and a position as the order approving the
 * centre's composition lists them. Kept apart from the plan: the centre is who works, the plan
 * ({@code ..monitoring.plan}) is what they do.
 */
package ru.mentoring.monitoring.centre;

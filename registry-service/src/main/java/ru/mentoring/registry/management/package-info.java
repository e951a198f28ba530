/**
 * Management teams and the personnel reserve of schools (seed 004, the centre's tasks: «формировании эффективных
 * управленческих команд в ШНОР/ШССУ», «школы кадрового управленческого резерва»): which of a school's teachers are
 * its management team, with their positions, and which are in the reserve, with the position they are prepared for.
 */
package ru.mentoring.registry.management;

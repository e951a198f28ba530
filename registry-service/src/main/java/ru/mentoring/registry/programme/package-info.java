/** Personalised programmes of pairs (персонализированная программа наставничества): goals, difficulties, events. */
package ru.mentoring.registry.programme;

/** The monitoring service: questionnaires before and after, personal links, and what is made of the answers (assessment, dynamics, targets, stage 1, plan of events, the information note). */
package ru.mentoring.monitoring;

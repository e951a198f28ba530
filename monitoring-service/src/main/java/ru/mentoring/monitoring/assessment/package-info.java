/** The personal assessment of mentees and mentors (личностная оценка): who is satisfied with the joint work and the result, and each yes/no characteristic, per school and form. */
package ru.mentoring.monitoring.assessment;

/** Methodology versions as stored and served: validated into the methodology's own MethodologyVersion. */
package ru.mentoring.index.methodologyversion;

/**
 * The section «Наставничество» for the coordinator and the school administrator: the banks of
 * mentors and mentees, mentees' requests with the registry's suggested mentors, forming a pair or
 * group from a suggestion, pairs with their stages, history, change requests and decisions, and a
 * pair's personalised programme. Every rule (who may see or change what) is the registry's: the
 * pages pass the person's token on and show what the service answers.
 */
package ru.mentoring.web.mentoring;

package ru.mentoring.registry.school;

/** Kinds of educational organisation (вид ОО). */
enum SchoolKind {
    /** средняя общеобразовательная школа */
    SOSH,
    /** основная общеобразовательная школа */
    OOSH,
    /** гимназия */
    GYMNASIUM,
    /** лицей */
    LYCEUM,
    /** школа с углублённым изучением предметов */
    ADVANCED_STUDY,
    /** дошкольное образовательное учреждение */
    DOU
}

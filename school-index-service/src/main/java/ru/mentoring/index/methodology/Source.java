package ru.mentoring.index.methodology;

/** Where an indicator comes from: the state final attestation (ОГЭ/ЕГЭ), the all-Russian tests (ВПР), or elsewhere. */
public enum Source {
    /** ГИА: ОГЭ, ЕГЭ. */
    GIA,
    /** ВПР. */
    VPR,
    /** Any other source. */
    OTHER
}

package ru.mentoring.monitoring.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One question. {@code itemKey} is stable across versions and stages: the same question asked
 * before and after carries the same key, and {@code pairedItemKey} names the partner in the paired
 * template, so dynamics can match a person's two answers.
 */
@Entity
@Immutable
@Table(name = "questionnaire_item")
public class QuestionnaireItem {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private QuestionnaireTemplate template;

    @Column(name = "item_key", nullable = false)
    private String itemKey;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    private ItemType type;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "paired_item_key")
    private String pairedItemKey;

    /** How the after item compares with its before partner; null when it has none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "comparison")
    private Comparison comparison;

    /** The row of the personal assessment table that a "yes" counts in (yes/no items of the after forms). */
    @Column(name = "characteristic")
    private String characteristic;

    protected QuestionnaireItem() {
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public ItemType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public String getPairedItemKey() {
        return pairedItemKey;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public String getCharacteristic() {
        return characteristic;
    }
}

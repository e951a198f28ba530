package ru.mentoring.monitoring.questionnaire;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireTemplateRepository extends JpaRepository<QuestionnaireTemplate, Long> {

    @EntityGraph(attributePaths = "items")
    @Query("""
            select t from QuestionnaireTemplate t
            where t.version = (select max(o.version) from QuestionnaireTemplate o where o.code = t.code)
            order by t.code""")
    List<QuestionnaireTemplate> findLatestVersions();

    @EntityGraph(attributePaths = "items")
    @Query("""
            select t from QuestionnaireTemplate t
            where t.code = :code
              and t.version = (select max(o.version) from QuestionnaireTemplate o where o.code = :code)""")
    Optional<QuestionnaireTemplate> findLatestByCode(String code);

    @EntityGraph(attributePaths = "items")
    Optional<QuestionnaireTemplate> findByCodeAndVersion(String code, int version);

    @EntityGraph(attributePaths = "items")
    Optional<QuestionnaireTemplate> findWithItemsById(Long id);

    @Query("select distinct t.code from QuestionnaireTemplate t order by t.code")
    List<String> findAllCodes();
}

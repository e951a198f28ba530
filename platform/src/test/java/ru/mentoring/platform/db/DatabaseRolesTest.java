package ru.mentoring.platform.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseRolesTest {

    @Test
    void theApplicationRoleIsNamedAfterTheSchema() {
        assertThat(DatabaseRoles.defaultAppRole("school_index")).isEqualTo("school_index_app");
    }

    @Test
    void theMigrationSessionIsRootThroughTheUrlsOptions() {
        assertThat(DatabaseRoles.migrationUrl("jdbc:postgresql://db:5432/mentoring"))
                .isEqualTo("jdbc:postgresql://db:5432/mentoring?options=-c%20app.tenant%3D*");
        assertThat(DatabaseRoles.migrationUrl("jdbc:postgresql://db/mentoring?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db/mentoring?sslmode=require&options=-c%20app.tenant%3D*");
    }

    @Test
    void optionsTheOperatorChoseAreLeftAlone() {
        String url = "jdbc:postgresql://db/mentoring?options=-c%20statement_timeout%3D0";
        assertThat(DatabaseRoles.migrationUrl(url)).isEqualTo(url);
    }
}

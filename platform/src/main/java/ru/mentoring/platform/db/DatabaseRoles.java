package ru.mentoring.platform.db;

/** The names and connection settings of the two database roles of a service. */
public final class DatabaseRoles {

    private DatabaseRoles() {
    }

    /** {@code registry} → {@code registry_app}: the role the service's queries run as. */
    public static String defaultAppRole(String schema) {
        return schema + "_app";
    }

    /**
     * {@code registry} → {@code registry_all}: the role a root connection (a caller whose reach the
     * service itself confines: a coordinator, a department viewer, another service, a system job)
     * switches to. It cannot log in and bypasses row-level security, so root reads are planned on
     * the tables' real statistics: a policy's {@code current_setting(..) = '*' or ...} is opaque to
     * the planner, which then guesses a handful of rows and nests loops over hundreds of thousands.
     */
    public static String rootRole(String schema) {
        return schema + "_all";
    }

    /**
     * The migration user's connection: the application's URL with {@code app.tenant} set to root
     * for the whole session, so that a changeset touching rows of a school-owned table sees them
     * all (the policies are forced on the owner as well).
     */
    public static String migrationUrl(String url) {
        if (url.contains("options=")) {
            return url; // the operator chose the session options; theirs win
        }
        return url + (url.contains("?") ? "&" : "?") + "options=-c%20app.tenant%3D*";
    }
}

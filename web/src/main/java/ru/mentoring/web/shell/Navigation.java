package ru.mentoring.web.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * What each role may use, in the order the menu shows it. A section not built yet is listed as
 * not available (shown, not linked), so that the menu says what is coming without a dead link.
 */
public final class Navigation {

    /** @param available false for a section of the role that this version does not have yet */
    public record Item(String label, String href, boolean available, boolean active) {
    }

    private Navigation() {
    }

    public static List<Item> of(Role role, String currentPath) {
        List<Item> items = new ArrayList<>();
        switch (role) {
            case COORDINATOR -> {
                items.add(item("Школы", "/schools", true, currentPath));
                items.add(item("Обзор", "/dashboard", true, currentPath));
                items.add(item("Реестр", "/registry", true, currentPath));
                items.add(item("Наставничество", "/mentoring", true, currentPath));
                items.add(item("Мониторинг", "/monitoring", true, currentPath));
                items.add(item("Данные индекса", "/index-data", true, currentPath));
            }
            case DEPARTMENT_VIEWER -> {
                items.add(item("Обзор", "/dashboard", true, currentPath));
                items.add(item("Школы", "/schools", true, currentPath));
                items.add(item("Мониторинг", "/monitoring", true, currentPath));
            }
            case SCHOOL_ADMIN -> {
                items.add(item("Моя школа", "/my-school", true, currentPath));
                items.add(item("Реестр", "/registry", true, currentPath));
                items.add(item("Наставничество", "/mentoring", true, currentPath));
                items.add(item("Мониторинг", "/monitoring", true, currentPath));
            }
            case REGION_ANALYST -> items.add(item("Данные индекса", "/index-data", true, currentPath));
            // a mentor or mentee in their own account: their pairs, nothing school-wide
            case MENTOR, MENTEE -> items.add(item("Мои пары", "/me", true, currentPath));
        }
        return List.copyOf(items);
    }

    private static Item item(String label, String href, boolean available, String currentPath) {
        boolean active = available && currentPath != null
                && (currentPath.equals(href) || currentPath.startsWith(href + "/"));
        return new Item(label, href, available, active);
    }
}

package ru.mentoring.web.shell;

import java.util.List;

/**
 * What the layout shows around every page.
 *
 * @param userName     the person's name (first and last), else their login
 * @param roleName     the role in Russian
 * @param municipality the municipality's name, or null when unknown (never the code)
 */
public record Shell(String userName, String roleName, String municipality, Role role, List<Navigation.Item> navigation) {

    public boolean is(String roleName) {
        return role != null && role.name().equals(roleName);
    }
}

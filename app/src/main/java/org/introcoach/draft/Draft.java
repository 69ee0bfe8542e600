package org.introcoach.draft;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's intro in the making: a template and the values of its fields.
 *
 * @param roleEnded whether the role the draft names (its [Role] at [Company]) has ended: a template
 *                  sentence then speaks of it in the past ({@link Template.Sentence#ifEnded()})
 */
public record Draft(String name, String templateId, Map<String, String> values, boolean roleEnded) {
    public Draft {
        name = name == null ? "" : name;
        values = Collections.unmodifiableMap(values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values));
    }

    /** A draft whose role is still held. */
    public Draft(String name, String templateId, Map<String, String> values) {
        this(name, templateId, values, false);
    }

    public Draft with(String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(field, value);
        return new Draft(name, templateId, changed, roleEnded);
    }

    public Draft withAll(Map<String, String> more) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.putAll(more);
        return new Draft(name, templateId, changed, roleEnded);
    }

    public Draft named(String newName) {
        return new Draft(newName, templateId, values, roleEnded);
    }

    public Draft withRoleEnded(boolean ended) {
        return new Draft(name, templateId, values, ended);
    }

    public String value(String field) {
        return values.getOrDefault(field, "").strip();
    }
}

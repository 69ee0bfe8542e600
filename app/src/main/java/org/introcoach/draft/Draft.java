package org.introcoach.draft;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user's intro in the making: a template and the values of its fields. */
public record Draft(String name, String templateId, Map<String, String> values) {
    public Draft {
        name = name == null ? "" : name;
        values = Collections.unmodifiableMap(values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values));
    }

    public Draft with(String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(field, value);
        return new Draft(name, templateId, changed);
    }

    public Draft withAll(Map<String, String> more) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.putAll(more);
        return new Draft(name, templateId, changed);
    }

    public String value(String field) {
        return values.getOrDefault(field, "").strip();
    }
}

package org.introcoach.resume;

import java.util.List;

/** A skill or group of skills ("Backend", keywords "Java", "Kafka"). */
public record Skill(String name, List<String> keywords) {
    public Skill {
        keywords = List.copyOf(keywords);
    }
}

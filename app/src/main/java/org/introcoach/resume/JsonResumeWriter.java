package org.introcoach.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;

/**
 * Writes a resume in the JSON Resume schema (jsonresume.org), so a resume read from a PDF or text
 * and corrected by the user is kept in the open format {@link ResumeReader} reads back unchanged.
 */
public final class JsonResumeWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Resume resume) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode basics = root.putObject("basics");
        basics.put("name", resume.name());
        putIfPresent(basics, "label", resume.headline());
        putIfPresent(basics, "summary", resume.summary());
        ArrayNode work = root.putArray("work");
        for (Job job : resume.work()) {
            ObjectNode entry = work.addObject();
            entry.put("name", job.employer());
            entry.put("position", job.title());
            dates(entry, job.dates());
            putIfPresent(entry, "summary", job.summary());
            if (!job.highlights().isEmpty()) {
                job.highlights().forEach(entry.putArray("highlights")::add);
            }
        }
        ArrayNode education = root.putArray("education");
        for (Education school : resume.education()) {
            ObjectNode entry = education.addObject();
            entry.put("institution", school.institution());
            putIfPresent(entry, "studyType", school.degree());
            putIfPresent(entry, "area", school.field());
            dates(entry, school.dates());
        }
        ArrayNode skills = root.putArray("skills");
        for (Skill skill : resume.skills()) {
            ObjectNode entry = skills.addObject();
            entry.put("name", skill.name());
            if (!skill.keywords().isEmpty()) {
                skill.keywords().forEach(entry.putArray("keywords")::add);
            }
        }
        if (!resume.projects().isEmpty()) {
            ArrayNode projects = root.putArray("projects");
            for (Project project : resume.projects()) {
                projects.addObject().put("name", project.name()).put("description", project.description());
            }
        }
        if (!resume.certificates().isEmpty()) {
            ArrayNode certificates = root.putArray("certificates");
            resume.certificates().forEach(name -> certificates.addObject().put("name", name));
        }
        if (!resume.languages().isEmpty()) {
            ArrayNode languages = root.putArray("languages");
            resume.languages().forEach(name -> languages.addObject().put("language", name));
        }
        return root.toPrettyString() + "\n";
    }

    /**
     * A range as JSON Resume has it: an ongoing entry has a start and no end; a bare end date
     * (a graduation year) has only an end.
     */
    private static void dates(ObjectNode entry, DateRange range) {
        if (range.start() != null) {
            entry.put("startDate", month(range.start()));
        }
        if (range.end() != null && !range.ongoing()) {
            entry.put("endDate", month(range.end()));
        }
    }

    private static String month(YearMonth month) {
        return month.toString();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}

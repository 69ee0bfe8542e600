package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * How one intro fits the job it is for: the report's {@code job} field, computed by
 * {@code org.introcoach.job.JobCheck} from a posting (null in a report judged without one). It
 * lives here, beside {@link ResumeMatch}, because it is part of the report JSON every part of
 * IntroCoach reads; the posting and the check live in {@code job}.
 *
 * @param source       the posting's file name, or "pasted text"
 * @param title        the job's title as the posting writes it, or null
 * @param company      the hiring company, or null when the posting does not say
 * @param team         the team, group or product the job is in, or null
 * @param requirements each requirement and what the intro and the resume do with it, the posting's order within a kind
 * @param motivation   whether the intro's reason names this job
 * @param summary      the check in one sentence
 */
@JsonPropertyOrder({"source", "title", "company", "team", "seniority", "summary", "requirements", "motivation"})
public record JobFit(String source, String title, String company, String team, String seniority, String summary,
                     List<Requirement> requirements, Motivation motivation) {
    public JobFit {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /**
     * One thing the posting asks for.
     *
     * @param kind      skill, seniority, domain or team
     * @param text      as the posting writes it ("Kafka", "5+ years", "payments")
     * @param necessity required, nice-to-have, or unstated when the posting does not say
     * @param status    what the intro does with it
     * @param heard     the intro's words that address it, or null
     * @param start     when those words begin, seconds, or null (untimed transcript, or not said)
     * @param resume    where the resume backs it ("skills: Kafka", "Stripe: Led the migration ..."), or null
     */
    @JsonPropertyOrder({"kind", "text", "necessity", "status", "heard", "start", "resume"})
    public record Requirement(String kind, String text, String necessity, Status status, String heard, Double start, String resume) {
    }

    /** addressed: the intro says it; unsaid: the resume backs it but the intro leaves it out; gap: neither shows it. */
    public enum Status {
        ADDRESSED, UNSAID, GAP;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What the status means to the person reading the job check. */
        public String label() {
            return switch (this) {
                case ADDRESSED -> "said";
                case UNSAID -> "on your resume, not said";
                case GAP -> "not shown";
            };
        }
    }

    /**
     * @param namesThisJob whether the reason given names the company, the team or the product
     * @param named        what it named ("the platform reliability team"), or null
     * @param heard        the words that named it, or null
     * @param advice       what to do, in a sentence
     */
    @JsonPropertyOrder({"namesThisJob", "named", "heard", "advice"})
    public record Motivation(boolean namesThisJob, String named, String heard, String advice) {
    }

    public List<Requirement> withStatus(Status status) {
        return requirements.stream().filter(r -> r.status() == status).toList();
    }
}

package org.introcoach.followup;

import java.util.List;
import java.util.Locale;

/**
 * One interview question of a bank: what it asks, what in an intro invites it, and what a good
 * answer covers.
 *
 * @param bank      the id of the bank it came from
 * @param invitedBy what in an intro makes an interviewer ask it
 * @param keyPoints what a good answer covers, in the order an answer usually takes
 * @param shape     for a behavioural question the parts of a STAR answer it expects ("situation", "task", "action",
 *                  "result"); empty otherwise
 * @param target    how long a spoken answer to it should take
 */
public record Question(String id, String text, String topic, Kind kind, String bank, Invitation invitedBy,
                       List<KeyPoint> keyPoints, List<String> shape, TargetSeconds target) {
    public Question {
        keyPoints = List.copyOf(keyPoints);
        shape = List.copyOf(shape);
    }

    /** What kind of question: it sets the answer's target length and whether a STAR shape is expected. */
    public enum Kind {
        OPENER, TECHNICAL, BEHAVIOURAL, ROLE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * How long a spoken answer of this kind should take. Interview coaching guides agree on
         * about a minute for an opener follow-up ("why this move?"), one to two minutes for a
         * technical explanation or a role question, and two to three for a STAR story (the
         * situation and task in a few sentences, most of the time on the action and the result).
         */
        public TargetSeconds defaultTarget() {
            return switch (this) {
                case OPENER -> new TargetSeconds(30, 90);
                case TECHNICAL, ROLE -> new TargetSeconds(45, 120);
                case BEHAVIOURAL -> new TargetSeconds(90, 180);
            };
        }

        static Kind of(String id) {
            for (Kind kind : values()) {
                if (kind.id().equals(id)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** What invites a question: lowercase terms the intro says, claim kinds it makes, sections it has. */
    public record Invitation(List<String> skills, List<String> words, List<String> claims, List<String> sections) {
        public Invitation {
            skills = List.copyOf(skills);
            words = List.copyOf(words);
            claims = List.copyOf(claims);
            sections = List.copyOf(sections);
        }
    }

    /**
     * A point a good answer makes, and the words that show it was made: the point counts as made
     * when at least half of them are heard (by lemma or by sound).
     */
    public record KeyPoint(String text, List<String> words) {
        public KeyPoint {
            words = List.copyOf(words);
        }
    }

    /** The spoken length an answer should fall in, seconds. */
    public record TargetSeconds(int min, int max) {
    }
}

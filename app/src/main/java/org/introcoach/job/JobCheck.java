package org.introcoach.job;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.introcoach.analysis.Claim;
import org.introcoach.analysis.JobFit;
import org.introcoach.analysis.Lexicon;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SoundsAlike;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Project;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeFacts;
import org.introcoach.resume.Skill;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;

/**
 * The job check of a take: which of a posting's requirements the intro addresses, which the
 * resume backs but the intro leaves unsaid, and whether the intro's reason names this job (the
 * company, the team or the product) rather than one any employer would hear. Pure: the posting,
 * the report of the take and the resume in, a {@link JobFit} out.
 *
 * <p>The intro is read as the recogniser wrote it (lowercase, unpunctuated, sometimes misheard):
 * a requirement is addressed when its words were heard in order, each the same lemma or sounding
 * alike ({@link SoundsAlike}: "kafka" heard as "cafca"), or said in a known spoken variant
 * ("postgres" for PostgreSQL, "a w s" for AWS), or when the analysis's skill claims took the words
 * said for it. Seniority is addressed by a title claim at that rung or above, years by a years
 * claim of at least as many.
 */
public final class JobCheck {
    private static final Map<String, List<String>> VARIANTS = Lexicon.mapping("skill-variants");
    private static final Set<String> GENERIC_NAME_WORDS = Lexicon.words("generic-name-words");
    private static final Set<String> FUNCTION = Lexicon.words("function-words");
    /** Where a resume line is quoted as the evidence, it is cut after this many characters. */
    private static final int EVIDENCE_CHARACTERS = 80;
    /** Without a motivation section, the reason is looked for in the last third of the intro, where intros give it. */
    private static final double CLOSING_SHARE = 1.0 / 3;

    /**
     * Below this confidence a heard word may be a misrecognition of what was said: the analysis's
     * own threshold ({@code Claims.CONFIDENT}, 0.7; misheard names in the samples averaged 0.4-0.6).
     */
    static final double UNSURE = 0.7;
    /** Two words share a stem when their first five letters agree and each ends in at most three more ("coach-ed", "coach-ing"). */
    private static final int STEM = 5;
    private static final int ENDING = 3;

    /** "hired" and "hiring" share "hir"; shorter stems ("ne" of "need") say nothing. */
    private static final int SHORTEST_VERB_STEM = 3;

    /** A verb without its regular ending: "hiring", "hired", "hires" → "hir"; "engineering" → "engineer". */
    static String verbStem(String word) {
        for (String ending : new String[] {"ing", "ed", "es", "e"}) {
            if (word.endsWith(ending) && word.length() > ending.length() + 1) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private JobCheck() {
    }

    public static JobFit check(JobPosting posting, Report report, Resume resume, YearMonth asOf) {
        Spoken spoken = Spoken.of(report.transcript());
        List<JobFit.Requirement> checked = new ArrayList<>();
        ResumeFacts facts = ResumeFacts.of(resume, asOf);
        for (Requirement requirement : posting.requirements()) {
            Optional<int[]> said = switch (requirement.kind()) {
                case SENIORITY -> seniorityClaimed(requirement, report, spoken);
                default -> said(requirement, report, spoken);
            };
            String backing = requirement.kind() == Requirement.Kind.SENIORITY ? seniorityBacked(requirement, resume, facts)
                    : requirement.kind() == Requirement.Kind.TEAM ? null : backed(requirement, resume);
            JobFit.Status status = said.isPresent() ? JobFit.Status.ADDRESSED : backing != null ? JobFit.Status.UNSAID : JobFit.Status.GAP;
            checked.add(new JobFit.Requirement(requirement.kind().id(), requirement.text(), requirement.necessity().id(), status,
                    said.map(spoken::quote).orElse(null), said.map(span -> spoken.start(span[0])).orElse(null), backing));
        }
        JobFit.Motivation motivation = motivation(posting, report, spoken);
        return new JobFit(posting.source(), posting.title(), posting.company(), posting.team(), posting.seniority(),
                summary(checked, motivation), checked, motivation);
    }

    /**
     * The intro's words as heard, their lemmas, when each began and how sure the recogniser was
     * (1 for a plain-text transcript).
     */
    record Spoken(List<String> words, List<String> lemmas, List<Double> starts, List<Double> confidences) {
        static Spoken of(Transcript transcript) {
            org.introcoach.analysis.SpokenText read = org.introcoach.analysis.SpokenText.of(transcript);
            List<String> words = read.tokens();
            List<Double> starts = new ArrayList<>();
            List<Double> confidences = new ArrayList<>();
            for (Word entry : read.words()) {
                starts.add(read.timed() ? entry.start() : null);
                confidences.add(read.timed() ? entry.confidence() : 1.0);
            }
            return new Spoken(words, words.stream().map(Terms::lemma).toList(), starts, confidences);
        }

        String quote(int[] span) {
            return String.join(" ", words.subList(span[0], span[1]));
        }

        Double start(int index) {
            return index < starts.size() ? starts.get(index) : null;
        }

        /** Where {@code expected} (lemmas) was said in order, from {@code from} to {@code to}; words may be misheard alike. */
        Optional<int[]> find(List<String> expected, int from, int to) {
            if (expected.isEmpty()) {
                return Optional.empty();
            }
            for (int i = from; i + expected.size() <= to; i++) {
                int at = i;
                int matched = 0;
                while (matched < expected.size() && at < to) {
                    String want = expected.get(matched);
                    if (alike(at, lemmas.get(at), want)) {
                        at++;
                        matched++;
                    } else if (at + 1 < to && want.length() >= 6 && (words.get(at) + words.get(at + 1)).equals(want)
                            || at + 1 < to && want.length() >= 6 && unsure(at) && unsure(at + 1)
                            && SoundsAlike.words(lemmas.get(at) + lemmas.get(at + 1), want)) {
                        at += 2;
                        matched++;
                    } else {
                        break;
                    }
                }
                if (matched == expected.size()) {
                    return Optional.of(new int[] {i, at});
                }
            }
            return Optional.empty();
        }

        /**
         * The same lemma; the same stem with another ending ("coached" for "coaching", "teaching"
         * for "teacher"); or, for a word the recogniser was unsure of, a word that sounds alike
         * ("cafca" for "kafka"). A word heard with confidence that only sounds like the requirement
         * is another word: "university" is not "infrastructure", "school" not "sequel".
         */
        private boolean alike(int index, String heard, String expected) {
            if (heard.equals(expected) || sameStem(heard, expected)) {
                return true;
            }
            return unsure(index) && !FUNCTION.contains(heard) && SoundsAlike.words(heard, expected);
        }

        private boolean unsure(int index) {
            return confidences.get(index) < UNSURE;
        }

        private static boolean sameStem(String a, String b) {
            if (verbStem(a).length() >= SHORTEST_VERB_STEM && verbStem(a).equals(verbStem(b))) {
                return true;
            }
            int common = 0;
            while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
                common++;
            }
            return common >= STEM && a.length() - common <= ENDING && b.length() - common <= ENDING;
        }
    }

    /** The words of the intro that say a skill, domain word or the team, if any. */
    private static Optional<int[]> said(Requirement requirement, Report report, Spoken spoken) {
        for (List<String> form : spokenForms(requirement)) {
            Optional<int[]> found = spoken.find(form, 0, spoken.words().size());
            if (found.isPresent() && !wanted(report, found.get())) {
                return found;
            }
        }
        if (requirement.kind() == Requirement.Kind.SKILL) {
            for (Claim claim : report.claims()) {
                if (claim.kind() == Claim.Kind.SKILL && claim.stance() != Claim.Stance.WANTED && claim.resumeValue() != null
                        && sameSkill(claim.resumeValue(), requirement.text())) {
                    return Optional.of(new int[] {claim.from(), claim.to()});
                }
            }
        }
        return Optional.empty();
    }

    /** "i want to learn kafka" does not address Kafka: a skill the analysis read as wanted is not claimed. */
    private static boolean wanted(Report report, int[] span) {
        return report.claims().stream().anyMatch(claim -> claim.stance() == Claim.Stance.WANTED && claim.kind() == Claim.Kind.SKILL
                && claim.from() < span[1] && span[0] < claim.to());
    }

    /** The requirement's own words, then its canonical name and every spoken variant ("aws", "a w s", "amazon web services"). */
    static List<List<String>> spokenForms(Requirement requirement) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(requirement.terms());
        String lower = requirement.text().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> variant : VARIANTS.entrySet()) {
            if (variant.getKey().equals(lower) || variant.getValue().contains(lower)) {
                forms.add(Terms.of(variant.getKey()));
                variant.getValue().stream().filter(v -> v.length() > 2 || v.contains(" ")).map(Terms::of).forEach(forms::add);
            }
        }
        return forms;
    }

    private static boolean sameSkill(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        return VARIANTS.entrySet().stream().anyMatch(v -> (v.getKey().equals(x) || v.getValue().contains(x))
                && (v.getKey().equals(y) || v.getValue().contains(y)));
    }

    /** Seniority: a title claim at the rung asked for or above; years: a years claim of at least as many. */
    private static Optional<int[]> seniorityClaimed(Requirement requirement, Report report, Spoken spoken) {
        Integer years = yearsOf(requirement);
        for (Claim claim : report.claims()) {
            if (claim.stance() == Claim.Stance.WANTED) {
                continue;
            }
            if (years != null && claim.kind() == Claim.Kind.YEARS && claim.number() != null && claim.number() >= years) {
                return Optional.of(new int[] {claim.from(), claim.to()});
            }
            if (years == null && claim.kind() == Claim.Kind.TITLE && rank(Terms.of(claim.heard())) >= PostingExtractor.rank(requirement.text())) {
                return Optional.of(new int[] {claim.from(), claim.to()});
            }
        }
        return Optional.empty();
    }

    private static Integer yearsOf(Requirement requirement) {
        return requirement.text().endsWith("years") ? Integer.valueOf(requirement.terms().get(0)) : null;
    }

    private static int rank(List<String> words) {
        return words.stream().mapToInt(PostingExtractor::rank).max().orElse(-1);
    }

    private static String seniorityBacked(Requirement requirement, Resume resume, ResumeFacts facts) {
        Integer years = yearsOf(requirement);
        if (years != null) {
            return facts.totalYears() >= years ? "about %d years in total".formatted(Math.round(facts.totalYears())) : null;
        }
        int asked = PostingExtractor.rank(requirement.text());
        for (Job job : resume.work()) {
            if (job.title() != null && rank(Terms.of(job.title())) >= asked) {
                return job.employer() + ": " + job.title();
            }
        }
        return null;
    }

    /** Where the resume shows the requirement: a skill, a job's title, summary or highlight, a project, a certificate. */
    static String backed(Requirement requirement, Resume resume) {
        List<String[]> places = new ArrayList<>();
        for (Skill skill : resume.skills()) {
            places.add(new String[] {"skills", skill.name()});
            skill.keywords().forEach(keyword -> places.add(new String[] {"skills", keyword}));
        }
        for (Job job : resume.work()) {
            String employer = job.employer() == null || job.employer().isBlank() ? "experience" : job.employer();
            places.add(new String[] {employer, job.title()});
            places.add(new String[] {employer, job.summary()});
            job.highlights().forEach(highlight -> places.add(new String[] {employer, highlight}));
        }
        resume.certificates().forEach(certificate -> places.add(new String[] {"certificate", certificate}));
        for (Project project : resume.projects()) {
            places.add(new String[] {"project " + project.name(), project.description()});
        }
        for (Education school : resume.education()) {
            places.add(new String[] {school.institution(), school.degree() + " " + school.field()});
        }
        places.add(new String[] {"headline", resume.headline()});
        places.add(new String[] {"summary", resume.summary()});
        List<List<String>> forms = spokenForms(requirement);
        for (String[] place : places) {
            if (place[1] == null || place[1].isBlank()) {
                continue;
            }
            List<String> words = Terms.of(place[1]);
            for (List<String> form : forms) {
                if (!form.isEmpty() && inOrder(words, form)) {
                    return place[0] + ": " + cut(place[1]);
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code form}'s words stand in {@code words} in order, at most {@value #WORDS_BETWEEN}
     * other words between two of them: "Google Data Analytics Professional Certificate" shows a
     * data analytics certificate.
     */
    private static boolean inOrder(List<String> words, List<String> form) {
        for (int start = 0; start < words.size(); start++) {
            if (!words.get(start).equals(form.get(0))) {
                continue;
            }
            int matched = 1;
            int at = start + 1;
            int gap = 0;
            while (matched < form.size() && at < words.size() && gap <= WORDS_BETWEEN) {
                if (words.get(at).equals(form.get(matched))) {
                    matched++;
                    gap = 0;
                } else {
                    gap++;
                }
                at++;
            }
            if (matched == form.size()) {
                return true;
            }
        }
        return false;
    }

    private static final int WORDS_BETWEEN = 1;

    private static String cut(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= EVIDENCE_CHARACTERS ? one : one.substring(0, EVIDENCE_CHARACTERS).replaceAll("\\s+\\S*$", "") + " …";
    }

    /** Whether the reason the intro gives names the company, the team or the product of this posting. */
    private static JobFit.Motivation motivation(JobPosting posting, Report report, Spoken spoken) {
        int[] reason = reasonSpan(report, spoken);
        List<String[]> names = new ArrayList<>();
        if (posting.team() != null) {
            names.add(new String[] {"the " + posting.team(), String.join(" ", Terms.of(posting.team()).stream()
                    .filter(w -> !Set.of("team", "group", "squad", "department", "unit", "tribe").contains(w)).toList())});
        }
        if (posting.company() != null) {
            String distinctive = Terms.of(posting.company()).stream().filter(w -> !GENERIC_NAME_WORDS.contains(w))
                    .collect(Collectors.joining(" "));
            names.add(new String[] {posting.company(), distinctive.isEmpty() ? String.join(" ", Terms.of(posting.company())) : distinctive});
        }
        String job = posting.company() != null && posting.team() != null ? posting.company() + "'s " + posting.team()
                : posting.company() != null ? posting.company() : posting.team() != null ? "the " + posting.team() : "this job";
        if (spoken.words().isEmpty()) {
            return new JobFit.Motivation(false, null, null, "Nothing was heard to check against the posting.");
        }
        for (String[] name : names) {
            Optional<int[]> found = name[1].isBlank() ? Optional.empty() : spoken.find(Terms.of(name[1]), reason[0], reason[1]);
            if (found.isPresent()) {
                String also = names.size() > 1 && !name[0].equals(names.get(names.size() - 1)[0])
                        ? " Naming " + posting.company() + " as well leaves no doubt which job you mean." : "";
                return new JobFit.Motivation(true, name[0], spoken.quote(found.get()),
                        "Your reason names " + name[0] + ": it is about this job." + also);
            }
        }
        if (names.isEmpty()) {
            return new JobFit.Motivation(false, null, null,
                    "The posting names no company or team, so say which job you mean and why it, in one sentence.");
        }
        boolean anywhere = names.stream().anyMatch(name -> !name[1].isBlank()
                && spoken.find(Terms.of(name[1]), 0, spoken.words().size()).isPresent());
        return new JobFit.Motivation(false, null, null, anywhere
                ? "You name " + job + ", but not in your reason for wanting it: say why this one, in the sentence that says what you want."
                : "Your reason could be said to any employer: end with why " + job + ", and what there you want to do.");
    }

    /** The words of the intro's motivation section, or its last third when none was found. */
    private static int[] reasonSpan(Report report, Spoken spoken) {
        int total = spoken.words().size();
        String text = String.join(" ", spoken.words());
        int from = -1;
        int to = -1;
        int searchFrom = 0;
        for (Report.SectionSpan section : report.sections()) {
            String said = section.text() == null ? "" : section.text().toLowerCase(Locale.ROOT).strip();
            int at = said.isEmpty() ? -1 : text.indexOf(said, searchFrom);
            if (at < 0) {
                continue;
            }
            searchFrom = at + said.length();
            if ("motivation".equals(section.section())) {
                int start = wordIndex(text, at);
                from = from < 0 ? start : from;
                to = start + said.split("\\s+").length;
            }
        }
        return from < 0 ? new int[] {(int) Math.floor(total * (1 - CLOSING_SHARE)), total} : new int[] {from, Math.min(to, total)};
    }

    private static int wordIndex(String text, int charIndex) {
        String before = text.substring(0, charIndex).strip();
        return before.isEmpty() ? 0 : before.split("\\s+").length;
    }

    private static String summary(List<JobFit.Requirement> checked, JobFit.Motivation motivation) {
        List<JobFit.Requirement> judged = checked.stream().filter(r -> !"team".equals(r.kind())).toList();
        long addressed = judged.stream().filter(r -> r.status() == JobFit.Status.ADDRESSED).count();
        List<JobFit.Requirement> required = judged.stream().filter(r -> "required".equals(r.necessity())).toList();
        long requiredAddressed = required.stream().filter(r -> r.status() == JobFit.Status.ADDRESSED).count();
        List<String> unsaid = judged.stream().filter(r -> r.status() == JobFit.Status.UNSAID && "required".equals(r.necessity()))
                .map(JobFit.Requirement::text).toList();
        StringBuilder sentence = new StringBuilder("Speaks to %d of the posting's %d requirements (%d of %d required)."
                .formatted(addressed, judged.size(), requiredAddressed, required.size()));
        if (!unsaid.isEmpty()) {
            sentence.append(" On your resume but not said: ").append(String.join(", ", unsaid)).append('.');
        }
        sentence.append(motivation.namesThisJob() ? " The reason names this job." : " The reason does not name this job.");
        return sentence.toString();
    }
}

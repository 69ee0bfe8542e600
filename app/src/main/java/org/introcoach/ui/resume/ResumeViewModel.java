package org.introcoach.ui.resume;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.practice.Workspace;
import org.introcoach.resume.DateRange;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeDates;
import org.introcoach.resume.ResumeFacts;
import org.introcoach.resume.Skill;
import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.CurrentWork;
import org.introcoach.ui.common.Notice;

/**
 * The Resume screen: what was understood from the current resume, editable, so a misread can be
 * corrected and saved as JSON Resume.
 */
public final class ResumeViewModel {
    /** A job as a row of text fields; the parts not shown (summary, highlights) are kept from the original. */
    public static final class JobRow {
        final StringProperty employer = new SimpleStringProperty("");
        final StringProperty title = new SimpleStringProperty("");
        final StringProperty dates = new SimpleStringProperty("");
        final Job original;

        JobRow(Job job) {
            original = job;
            employer.set(job.employer());
            title.set(job.title());
            dates.set(job.dates().toString());
        }

        public StringProperty employerProperty() {
            return employer;
        }

        public StringProperty titleProperty() {
            return title;
        }

        public StringProperty datesProperty() {
            return dates;
        }
    }

    /** A school as a row of text fields. */
    public static final class SchoolRow {
        final StringProperty institution = new SimpleStringProperty("");
        final StringProperty degree = new SimpleStringProperty("");
        final StringProperty field = new SimpleStringProperty("");
        final StringProperty dates = new SimpleStringProperty("");

        SchoolRow(Education school) {
            institution.set(school.institution());
            degree.set(school.degree());
            field.set(school.field());
            dates.set(school.dates().toString());
        }

        public StringProperty institutionProperty() {
            return institution;
        }

        public StringProperty degreeProperty() {
            return degree;
        }

        public StringProperty fieldProperty() {
            return field;
        }

        public StringProperty datesProperty() {
            return dates;
        }
    }

    private final CurrentWork work;
    private final Consumer<Notice> notices;
    private final Clock clock;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty skills = new SimpleStringProperty("");
    private final ObservableList<JobRow> jobs = FXCollections.observableArrayList(row -> new Observable[] {row.employer, row.title, row.dates});
    private final ObservableList<SchoolRow> schools = FXCollections.observableArrayList(row -> new Observable[] {row.institution, row.degree, row.field, row.dates});
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper derived = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper();
    private Resume shown;
    private boolean loading;

    public ResumeViewModel(CurrentWork work, Background background, Consumer<Notice> notices, Clock clock) {
        this.work = work;
        this.notices = notices;
        this.clock = clock;
        work.currentProperty().addListener((observable, before, now) -> {
            if (now != null && (before == null || !now.resumeFile().equals(before.resumeFile()) || now.resume() != before.resume())) {
                show(now);
            }
        });
        for (Observable input : List.<Observable>of(name, headline, skills, jobs, schools)) {
            input.addListener(change -> changed());
        }
    }

    private void show(Workspace.Current current) {
        loading = true;
        shown = current.resume();
        file.set(current.resumeFile().toString());
        name.set(shown.name());
        headline.set(shown.headline());
        skills.set(String.join("\n", shown.skills().stream().map(ResumeViewModel::skillLine).toList()));
        jobs.setAll(shown.work().stream().map(JobRow::new).toList());
        schools.setAll(shown.education().stream().map(SchoolRow::new).toList());
        loading = false;
        edited.set(false);
        changed();
        edited.set(false);
    }

    private void changed() {
        if (loading) {
            return;
        }
        edited.set(true);
        List<String> found = new ArrayList<>();
        Resume resume = build(found);
        problems.set(String.join("\n", found));
        ResumeFacts facts = ResumeFacts.of(resume, YearMonth.now(clock));
        String recent = facts.mostRecentJob().map(job -> "; most recently " + job.title() + " at " + job.employer()).orElse("");
        derived.set("%s of work%s".formatted(capitalised(org.introcoach.analysis.Durations.spoken(facts.totalYears())), recent));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The resume as edited; date fields that cannot be read are reported in {@code problems} and left unknown. */
    private Resume build(List<String> problemsFound) {
        List<Job> work = new ArrayList<>();
        for (JobRow row : jobs) {
            work.add(new Job(row.employer.get().strip(), row.title.get().strip(), dates(row.dates.get(), problemsFound),
                    row.original == null ? "" : row.original.summary(), row.original == null ? List.of() : row.original.highlights()));
        }
        List<Education> education = new ArrayList<>();
        for (SchoolRow row : schools) {
            education.add(new Education(row.institution.get().strip(), row.degree.get().strip(), row.field.get().strip(),
                    dates(row.dates.get(), problemsFound)));
        }
        List<Skill> skillList = skills.get().lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(ResumeViewModel::skill).toList();
        Resume original = shown;
        return new Resume(name.get(), headline.get(), original == null ? "" : original.summary(), education, work, skillList,
                original == null ? List.of() : original.certificates(), original == null ? List.of() : original.projects(),
                original == null ? List.of() : original.languages());
    }

    private static DateRange dates(String text, List<String> problemsFound) {
        try {
            return ResumeDates.parseRange(text);
        } catch (IllegalArgumentException e) {
            problemsFound.add(e.getMessage());
            return DateRange.UNKNOWN;
        }
    }

    /** "Backend: Java, Kafka" is a group with keywords; a line without a colon is one skill. */
    static Skill skill(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return new Skill(line, List.of());
        }
        List<String> keywords = java.util.Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip)
                .filter(keyword -> !keyword.isEmpty()).toList();
        return new Skill(line.substring(0, colon).strip(), keywords);
    }

    static String skillLine(Skill skill) {
        return skill.keywords().isEmpty() ? skill.name() : skill.name() + ": " + String.join(", ", skill.keywords());
    }

    public void open(Path resumeFile) {
        work.openResume(resumeFile);
    }

    /** Saves the corrected resume as JSON Resume and makes it current; refuses while a date cannot be read. */
    public void save() {
        List<String> found = new ArrayList<>();
        Resume corrected = build(found);
        if (!found.isEmpty()) {
            notices.accept(Notice.error("Fix the dates first: " + String.join("; ", found)));
            return;
        }
        if (corrected.name().isBlank()) {
            notices.accept(Notice.error("The resume needs a name: the coach checks that you say it."));
            return;
        }
        work.saveResume(corrected, () -> edited.set(false));
    }

    public void revert() {
        Workspace.Current current = work.currentProperty().get();
        if (current != null) {
            show(current);
        }
    }

    public void addJob() {
        jobs.add(0, new JobRow(new Job("", "", DateRange.UNKNOWN, "", List.of())));
    }

    public void removeJob(JobRow row) {
        jobs.remove(row);
    }

    public void addSchool() {
        schools.add(new SchoolRow(new Education("", "", "", DateRange.UNKNOWN)));
    }

    public void removeSchool(SchoolRow row) {
        schools.remove(row);
    }

    public ObservableList<Path> resumeFiles() {
        return work.resumes();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty skillsProperty() {
        return skills;
    }

    public ObservableList<JobRow> jobs() {
        return jobs;
    }

    public ObservableList<SchoolRow> schools() {
        return schools;
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty derivedProperty() {
        return derived.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }
}

package org.introcoach.practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.introcoach.draft.Draft;
import org.introcoach.draft.DraftFiller;
import org.introcoach.draft.DraftLibrary;
import org.introcoach.draft.DraftStore;
import org.introcoach.draft.Template;
import org.introcoach.draft.TemplateLibrary;
import org.introcoach.job.JobPosting;
import org.introcoach.job.PostingReader;
import org.introcoach.job.PostingStore;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeLibrary;
import org.introcoach.resume.ResumeReader;
import org.introcoach.storage.AtomicFiles;
import org.introcoach.storage.DataDirectory;
import org.introcoach.storage.Settings;

/**
 * The resume and draft the user is practising with, remembered between runs. On first run (or
 * when the remembered files have gone) the bundled sample resume and the standard template make
 * the app useful at once.
 */
public final class Workspace {
    public static final String SAMPLE_RESUME = "maria-chen.json";
    public static final String STARTING_TEMPLATE = "standard";

    /** The current choice; {@code notice} says what was changed on the user's behalf, if anything. */
    public record Current(Path resumeFile, Resume resume, Path draftFile, Draft draft, Template template,
                          Optional<String> notice) {
        public Judging judging() {
            return new Judging(resume, Optional.of(template), Optional.of(draft));
        }
    }

    private final DataDirectory data;
    private final TemplateLibrary.Catalog templates;
    private final Clock clock;
    private final ResumeReader resumes = new ResumeReader();
    private final DraftStore drafts = new DraftStore();
    private final DraftLibrary draftLibrary;
    private final ResumeLibrary resumeLibrary;
    private Settings settings;
    private final boolean firstStart;
    private final PostingStore postings;
    private volatile Optional<JobPosting> posting = Optional.empty();

    public Workspace(DataDirectory data, TemplateLibrary.Catalog templates, Clock clock) {
        this.data = data;
        this.templates = templates;
        this.clock = clock;
        this.firstStart = !Settings.exists(data);
        this.settings = Settings.load(data);
        this.draftLibrary = new DraftLibrary(data.drafts());
        this.resumeLibrary = new ResumeLibrary(data.resumes());
        this.postings = new PostingStore(data);
    }

    public TemplateLibrary.Catalog templates() {
        return templates;
    }

    public String microphone() {
        return settings.microphone();
    }

    public void rememberMicrophone(String name) throws IOException {
        settings = settings.withMicrophone(name);
        settings.save(data);
    }

    /** The look chosen in the View menu, as Settings keeps it ("system", "light" or "dark"). */
    public String theme() {
        return settings.theme();
    }

    public void rememberTheme(String theme) throws IOException {
        settings = settings.withTheme(theme);
        settings.save(data);
    }

    /** Opens what was current last time, falling back to the sample resume and standard template. */
    public Current open() throws IOException {
        posting = postings.load();
        Optional<String> notice = Optional.empty();
        Path resumeFile = settings.resume() == null ? null : Path.of(settings.resume());
        Resume resume = null;
        if (resumeFile != null) {
            try {
                resume = resumes.read(resumeFile);
            } catch (IOException e) {
                notice = Optional.of("Your resume could not be opened, so the sample resume is shown: " + e.getMessage());
            }
        }
        if (resume == null) {
            resumeFile = sampleResume();
            resume = resumes.read(resumeFile);
        }
        Draft draft = null;
        Path draftFile = settings.draft() == null ? null : Path.of(settings.draft());
        if (draftFile != null && Files.exists(draftFile)) {
            try {
                draft = drafts.load(draftFile);
            } catch (IOException e) {
                notice = Optional.of("Your draft could not be opened, so a new one was started: " + e.getMessage());
            }
        }
        Template template = draft == null ? null : templates.find(draft.templateId()).orElse(null);
        settings = settings.withResume(resumeFile);
        if (template == null) {
            return startDraft(resumeFile, resume, defaultTemplate(), notice);
        }
        settings.save(data);
        return new Current(resumeFile, resume, draftFile, draft, template, notice);
    }

    /**
     * Makes {@code file} the current resume, kept as a copy in the data folder's resumes (see
     * {@link ResumeLibrary#keep}); the settings name the copy. The draft stays as it is:
     * {@link #conflicts} says where it no longer agrees and {@link #refillDrafts} refills it.
     *
     * @throws org.introcoach.resume.UnreadableResumeException when the file is not a resume; nothing changes
     */
    public Current useResume(Path file, Current current) throws IOException {
        Resume resume = resumes.read(file);
        Path kept = resumeLibrary.keep(file);
        settings = settings.withResume(kept);
        settings.save(data);
        return new Current(kept, resume, current.draftFile(), current.draft(), current.template(), Optional.empty());
    }

    /** Where the current draft says something the current resume contradicts (another name, employer or school). */
    public java.util.List<String> conflicts(Current current) {
        return DraftCheck.conflicts(current.template(), current.draft(), current.resume());
    }

    /**
     * Refills from the current resume every field it can fill, in every draft that contradicts it;
     * fields it cannot fill (the team, the reasons) keep what the user wrote.
     *
     * @return the current choice with the refilled draft, and how many drafts were refilled
     */
    public Refilled refillDrafts(Current current) throws IOException {
        int refilled = 0;
        Current now = current;
        for (DraftLibrary.Stored stored : draftLibrary.list().drafts()) {
            Optional<Template> template = templates.find(stored.draft().templateId());
            if (template.isEmpty() || DraftCheck.conflicts(template.get(), stored.draft(), current.resume()).isEmpty()) {
                continue;
            }
            Draft filled = new DraftFiller().fillDraft(stored.draft(), template.get(), current.resume(), thisMonth());
            draftLibrary.save(stored.file(), filled);
            refilled++;
            if (stored.file().equals(current.draftFile())) {
                now = new Current(current.resumeFile(), current.resume(), current.draftFile(), filled, current.template(), Optional.empty());
            }
        }
        return new Refilled(now, refilled);
    }

    /** The result of {@link #refillDrafts}. */
    public record Refilled(Current current, int drafts) {
    }

    /** Whether this is the first start: no settings were saved before this run. */
    public boolean firstStart() {
        return firstStart;
    }

    /**
     * Saves a corrected resume as JSON Resume in the data folder and makes it current.
     */
    public Current saveResume(Resume corrected, Current current) throws IOException {
        Path saved = resumeLibrary.save(corrected, current.resumeFile());
        settings = settings.withResume(saved);
        settings.save(data);
        return new Current(saved, corrected, current.draftFile(), current.draft(), current.template(), Optional.empty());
    }

    /** Makes a saved draft current. */
    public Current useDraft(Path file, Current current) throws IOException {
        Draft draft = drafts.load(file);
        Template template = templates.find(draft.templateId()).orElseThrow(() -> new IOException(
                file.getFileName() + ": its template '" + draft.templateId() + "' is not installed"));
        settings = settings.withDraft(file);
        settings.save(data);
        return new Current(current.resumeFile(), current.resume(), file, draft, template, Optional.empty());
    }

    /** Starts a new draft from {@code template}, filled from the current resume, and makes it current. */
    public Current newDraft(Template template, Current current) throws IOException {
        return startDraft(current.resumeFile(), current.resume(), template, Optional.empty());
    }

    /** Saves the current draft's new values. */
    public Current updateDraft(Draft draft, Current current) throws IOException {
        draftLibrary.save(current.draftFile(), draft);
        return new Current(current.resumeFile(), current.resume(), current.draftFile(), draft, current.template(), Optional.empty());
    }

    /** The job posting takes are judged for, remembered from last time; empty when the user gave none. */
    public Optional<JobPosting> jobPosting() {
        return posting;
    }

    /**
     * Judges takes for the posting in {@code file} from now on, and remembers it.
     *
     * @throws org.introcoach.storage.UnreadableInputException when the file is not a posting; the previous one stays
     */
    public JobPosting useJobPosting(Path file) throws IOException {
        return remember(new PostingReader().read(file));
    }

    /** Judges takes for a posting pasted as text (or as a page's HTML) from now on, and remembers it. */
    public JobPosting pasteJobPosting(String text) throws IOException {
        return remember(new PostingReader().paste(text));
    }

    /** Judges takes without a posting from now on. */
    public void forgetJobPosting() throws IOException {
        postings.forget();
        posting = Optional.empty();
    }

    private JobPosting remember(JobPosting read) throws IOException {
        postings.save(read);
        posting = Optional.of(read);
        return read;
    }

    public DraftLibrary draftLibrary() {
        return draftLibrary;
    }

    public ResumeLibrary resumeLibrary() {
        return resumeLibrary;
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    private Current startDraft(Path resumeFile, Resume resume, Template template, Optional<String> notice) throws IOException {
        Draft draft = new DraftFiller().fillDraft(new Draft(template.title(), template.id(), java.util.Map.of()), template, resume,
                YearMonth.now(clock));
        DraftLibrary.Stored stored = draftLibrary.create(draft);
        settings = settings.withResume(resumeFile).withDraft(stored.file());
        settings.save(data);
        return new Current(resumeFile, resume, stored.file(), draft, template, notice);
    }

    private Template defaultTemplate() throws IOException {
        return templates.find(STARTING_TEMPLATE).or(() -> templates.templates().stream().findFirst())
                .orElseThrow(() -> new IOException("No templates are installed; the application is incomplete."));
    }

    private Path sampleResume() throws IOException {
        Path copy = data.resumes().resolve(SAMPLE_RESUME);
        if (!Files.exists(copy)) {
            try (InputStream bundled = Workspace.class.getResourceAsStream("/samples/" + SAMPLE_RESUME)) {
                if (bundled == null) {
                    throw new IOException("The sample resume is missing from the application; rebuild it with 'mvn package'.");
                }
                AtomicFiles.write(copy, bundled.readAllBytes());
            }
        }
        return copy;
    }
}

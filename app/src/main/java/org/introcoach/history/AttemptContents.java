package org.introcoach.history;

import java.nio.file.Path;
import java.util.Optional;
import org.introcoach.analysis.Report;
import org.introcoach.draft.Draft;
import org.introcoach.resume.Resume;

/** Everything saved with an attempt. */
public record AttemptContents(Attempt attempt, Path recording, Report report, Resume resume, Optional<Draft> draft) {
}

package org.introcoach.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResumeWriterTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"maria-chen.json", "james-patel.md", "priya-raman.pdf"})
    void everySampleResumeSurvivesBeingWrittenAsJsonResume(String sample) throws Exception {
        ResumeReader reader = new ResumeReader();
        Resume original = reader.read(ProjectFiles.root().resolve("samples/resumes").resolve(sample));
        Path written = Files.writeString(folder.resolve("resume.json"), new JsonResumeWriter().write(original));
        assertEquals(original, reader.read(written));
    }

    @Test
    void rangesTypedInAFormReadBack() {
        assertEquals(new DateRange(YearMonth.of(2019, 6), null, true), ResumeDates.parseRange("2019-06 – present"));
        assertEquals(new DateRange(YearMonth.of(2015, 9), YearMonth.of(2019, 6), false), ResumeDates.parseRange("2015-09 - 2019-06"));
        assertEquals(new DateRange(null, YearMonth.of(2019, 12), false), ResumeDates.parseRange("2019"));
        assertEquals(new DateRange(YearMonth.of(2018, 3), YearMonth.of(2020, 1), false), ResumeDates.parseRange("March 2018 to Jan 2020"));
        assertEquals(DateRange.UNKNOWN, ResumeDates.parseRange("  "));
        DateRange written = new DateRange(YearMonth.of(2012, 1), YearMonth.of(2014, 8), false);
        assertEquals(written, ResumeDates.parseRange(written.toString()));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ResumeDates.parseRange("last summer"));
        assertEquals("'last summer' is not a date; write it like 2019-06 – present or 2015-09 – 2019-06", error.getMessage());
    }
}

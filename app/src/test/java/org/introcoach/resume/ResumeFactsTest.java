package org.introcoach.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResumeFactsTest {
    private static final YearMonth AS_OF = YearMonth.of(2026, 11);

    private static Job job(String employer, String title, YearMonth start, YearMonth end) {
        return new Job(employer, title, new DateRange(start, end, end == null), "", List.of());
    }

    @Test
    void countsOverlappingJobsOnce() {
        Resume resume = new Resume("A", "", "", List.of(), List.of(
                job("Acme", "Engineer", YearMonth.of(2020, 1), YearMonth.of(2021, 12)),
                job("Side Gig", "Consultant", YearMonth.of(2021, 1), YearMonth.of(2022, 12))), List.of(), List.of(), List.of(), List.of());

        ResumeFacts facts = ResumeFacts.of(resume, AS_OF);

        assertEquals(3.0, facts.totalYears());
        assertEquals(List.of(2.0, 2.0), facts.roles().stream().map(ResumeFacts.RoleYears::years).toList());
    }

    @Test
    void theOngoingJobIsTheMostRecentWhereverItIsListed() {
        Job current = job("Stripe", "Backend Engineer", YearMonth.of(2019, 8), null);
        Resume resume = new Resume("A", "", "", List.of(), List.of(
                job("Amazon", "Intern", YearMonth.of(2018, 6), YearMonth.of(2018, 9)), current), List.of(), List.of(), List.of(), List.of());

        ResumeFacts facts = ResumeFacts.of(resume, AS_OF);

        assertEquals(current, facts.mostRecentJob().orElseThrow());
        assertEquals(7.7, facts.totalYears());
    }

    @Test
    void theHighestDegreeIsTheMostRelevantSchool() {
        Education bachelor = new Education("Anna University", "BE", "Computer Science", new DateRange(null, YearMonth.of(2010, 12), false));
        Education master = new Education("Carnegie Mellon University", "MS", "Software Engineering", new DateRange(null, YearMonth.of(2012, 12), false));
        Resume resume = new Resume("A", "", "", List.of(bachelor, master), List.of(), List.of(), List.of(), List.of(), List.of());

        assertEquals(master, ResumeFacts.of(resume, AS_OF).mostRelevantEducation().orElseThrow());
    }

    @Test
    void namesAreNormalisedForMatching() {
        Resume resume = new Resume("Zoë", "", "", List.of(new Education("Université de Montréal", "", "", DateRange.UNKNOWN)),
                List.of(job("AT&T", "Engineer", null, null)),
                List.of(new Skill("Languages", List.of("C#", "C++", "Node.js"))), List.of(), List.of(), List.of());

        ResumeFacts facts = ResumeFacts.of(resume, AS_OF);

        assertEquals(Set.of("at and t"), facts.employers());
        assertEquals(Set.of("universite de montreal"), facts.schools());
        assertEquals(Set.of("c sharp", "c plus plus", "node js"), facts.skills());
    }
}

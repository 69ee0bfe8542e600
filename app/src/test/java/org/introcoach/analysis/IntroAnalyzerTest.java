package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IntroAnalyzerTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());
    private static EvaluationSet set;
    private static IntroAnalyzer analyzer;

    @BeforeAll
    static void setUp() throws Exception {
        set = new EvaluationSet();
        analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
    }

    private static Report analyse(String id) {
        EvaluationSet.Case c = set.find(id);
        return analyzer.analyse(c.spoken(), c.against(set.asOf));
    }

    @Test
    void theReportJsonKeepsItsContract() throws Exception {
        JsonNode report = JSON.readTree(JSON.writeValueAsString(analyse("maria-wrong-name")));

        assertTrue(report.get("overall").isInt());
        assertEquals(List.of("consistency", "structure", "conciseness", "motivation"), names(report.get("dimensions")));
        assertTrue(report.get("dimensions").get("consistency").get("score").isInt());
        assertTrue(report.get("dimensions").get("consistency").get("summary").isTextual());
        JsonNode finding = report.get("findings").get(0);
        assertEquals(List.of("dimension", "code", "severity", "message", "start", "end", "quote", "section", "field"), names(finding));
        assertEquals("consistency", finding.get("dimension").asText());
        assertEquals("NAME_MISMATCH", finding.get("code").asText());
        assertEquals("problem", finding.get("severity").asText());
        assertTrue(names(report.get("metrics")).containsAll(List.of("durationSeconds", "wordCount", "wordsPerMinute", "fillerCount",
                "fillersPerMinute", "longPauseCount")));
        assertEquals(List.of("field", "resume", "heard", "status", "start"), names(report.get("resumeMatches").get(0)));
        assertEquals(List.of("section", "start", "end", "text"), names(report.get("sections").get(0)));
        assertTrue(report.get("transcript").get("text").asText().startsWith("hello i'm rebecca stone"));
        assertEquals(List.of("word", "start", "end", "conf"), names(report.get("transcript").get("result").get(0)));
    }

    @Test
    void aNameHeardAsEverydayWordsIsUnsureNotAnotherName() throws Exception {
        var resume = new org.introcoach.resume.ResumeReader().read(org.introcoach.testing.ProjectFiles.root()
                .resolve("samples/evaluation/resumes/li-wei.json"));
        for (String heard : List.of("like why", "lee way")) {
            Report report = analyzer.analyse(SpokenText.ofPlainText("hello i'm " + heard + " a data scientist at spotify"),
                    IntroAnalyzer.Against.resume(resume, set.asOf));
            assertTrue(report.findings().stream().noneMatch(f -> f.code() == FindingCode.NAME_MISMATCH), heard);
            assertEquals(org.introcoach.analysis.ResumeMatch.Status.UNSURE, report.resumeMatches().stream()
                    .filter(m -> m.field().equals("name")).findFirst().orElseThrow().status(), heard);
        }
        Report otherName = analyzer.analyse(SpokenText.ofPlainText("hello i'm rebecca stone a data scientist at spotify"),
                IntroAnalyzer.Against.resume(resume, set.asOf));
        assertTrue(otherName.has(FindingCode.NAME_MISMATCH), "a real other name is still a mismatch");
    }

    @Test
    void aNameSplitIntoOtherWordsIsUnsureNotAnotherName() throws Exception {
        var priya = new org.introcoach.resume.ResumeReader().read(org.introcoach.testing.ProjectFiles.root()
                .resolve("samples/resumes/priya-raman.pdf"));
        Report report = analyzer.analyse(SpokenText.ofPlainText("hello i'm pretty or ram and an engineering manager at shopify"),
                IntroAnalyzer.Against.resume(priya, set.asOf));

        assertTrue(!report.has(FindingCode.NAME_MISMATCH), "\"ram\" is a piece of Raman: " + report.findings());
        assertEquals(org.introcoach.analysis.ResumeMatch.Status.UNSURE, report.resumeMatches().stream()
                .filter(m -> m.field().equals("name")).findFirst().orElseThrow().status());
        Report otherName = analyzer.analyse(SpokenText.ofPlainText("hello i'm rebecca stone an engineering manager at shopify"),
                IntroAnalyzer.Against.resume(priya, set.asOf));
        assertTrue(otherName.has(FindingCode.NAME_MISMATCH));
    }

    @Test
    void anOpeningThatSaysWhoYouAreIsIdentityWhateverTheGreetingWasHeardAs() {
        var resume = set.find("maria-clean").against(set.asOf);
        Report misheardGreeting = analyzer.analyse(SpokenText.ofPlainText("the low i'm rebecca stone. i graduated from the university of washington."
                + " i am eager to join your platform team"), resume);
        Report motivationFirst = analyzer.analyse(SpokenText.ofPlainText("i am eager to join your platform team. hello i'm maria chen."
                + " i graduated from the university of washington"), resume);

        assertEquals("identity", misheardGreeting.sections().get(0).section());
        assertEquals("motivation", motivationFirst.sections().get(0).section());
    }

    @Test
    void aSkillListEndsWhereANewClauseBegins() {
        Report report = analyzer.analyse(SpokenText.ofPlainText("hello i'm maria chen i have deep experience in java and distributed systems"
                + " i guess i would like to join your platform team"), set.find("maria-clean").against(set.asOf));

        assertTrue(report.findings().stream().noneMatch(f -> f.code() == FindingCode.SKILL_NOT_ON_RESUME), report.findings().toString());
        assertTrue(report.resumeMatches().stream().anyMatch(m -> m.field().equals("skill") && m.status() == ResumeMatch.Status.MATCHED
                && "distributed systems".equals(m.heard())), report.resumeMatches().toString());
    }

    @Test
    void aFindingQuotesTheWordsWithTheirTimes() {
        Finding mismatch = analyse("maria-wrong-name").findings().stream()
                .filter(f -> f.code() == FindingCode.NAME_MISMATCH).findFirst().orElseThrow();

        assertEquals("rebecca stone", mismatch.quote());
        assertEquals(1.1, mismatch.start(), 0.01);
        assertEquals(1.82, mismatch.end(), 0.01);
        assertEquals("name", mismatch.field());
        assertTrue(mismatch.message().contains("Maria Chen"), mismatch.message());
    }

    @Test
    void theSameIntroGivesTheSameReport() throws Exception {
        assertEquals(JSON.writeValueAsString(analyse("james-clean")), JSON.writeValueAsString(analyse("james-clean")));
    }

    @Test
    void aCleanIntroHasNoProblems() {
        for (String id : List.of("maria-clean", "james-clean", "priya-clean", "ana-clean", "sarah-clean", "tom-clean", "li-clean")) {
            Report report = analyse(id);
            assertTrue(report.findings().stream().noneMatch(f -> f.severity() == Severity.PROBLEM), id + ": " + report.findings());
            assertTrue(report.overall() >= 90, id + " scored " + report.overall());
        }
    }

    @Test
    void plainTextHasNoInventedTimings() {
        Report report = analyse("maria-plain-text");

        assertNull(report.metrics().durationSeconds());
        assertNull(report.metrics().wordsPerMinute());
        assertNull(report.metrics().longPauseCount());
        assertEquals(81, report.metrics().wordCount());
        assertTrue(report.findings().stream().allMatch(f -> f.start() == null), "no timestamps without timings");
        Set<FindingCode> timing = Set.of(FindingCode.PACE_TOO_FAST, FindingCode.PACE_TOO_SLOW, FindingCode.LONG_PAUSES);
        assertTrue(report.findings().stream().noneMatch(f -> timing.contains(f.code())));
    }

    @Test
    void sectionsFollowTheSpeech() {
        List<String> order = analyse("james-clean").sections().stream().map(Report.SectionSpan::section).toList();

        assertEquals("identity", order.get(0));
        assertTrue(order.contains("transition"), order.toString());
        assertEquals("motivation", order.get(order.size() - 1));
    }

    @Test
    void theDraftComparisonSaysWhatWasSaidAndWhatWasSkipped() {
        List<String> followed = analyse("maria-draft-followed").draft().stream().map(Report.DraftPoint::status).toList();
        List<String> skipped = analyse("maria-draft-skipped").draft().stream().map(Report.DraftPoint::status).toList();

        assertEquals(List.of("said", "said", "said", "said"), followed);
        assertEquals(List.of("said", "said", "skipped", "said"), skipped);
    }

    @Test
    void silenceIsReportedNotCrashedOn() {
        Report report = analyzer.analyse(SpokenText.of(org.introcoach.speech.Transcript.empty(3.0)), set.find("maria-clean").against(set.asOf));

        assertTrue(report.has(FindingCode.MISSING_SECTION));
        assertEquals(0, report.metrics().wordCount());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

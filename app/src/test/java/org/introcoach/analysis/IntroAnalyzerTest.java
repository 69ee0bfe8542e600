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
            Report report = analyzer.analyse(org.introcoach.speech.Transcript.typed("hello i'm " + heard + " a data scientist at spotify"),
                    IntroAnalyzer.Against.resume(resume, set.asOf));
            assertTrue(report.findings().stream().noneMatch(f -> f.code() == FindingCode.NAME_MISMATCH), heard);
            assertEquals(org.introcoach.analysis.ResumeMatch.Status.UNSURE, report.resumeMatches().stream()
                    .filter(m -> m.field().equals("name")).findFirst().orElseThrow().status(), heard);
        }
        Report otherName = analyzer.analyse(org.introcoach.speech.Transcript.typed("hello i'm rebecca stone a data scientist at spotify"),
                IntroAnalyzer.Against.resume(resume, set.asOf));
        assertTrue(otherName.has(FindingCode.NAME_MISMATCH), "a real other name is still a mismatch");
    }

    @Test
    void aNameSplitIntoOtherWordsIsUnsureNotAnotherName() throws Exception {
        var priya = new org.introcoach.resume.ResumeReader().read(org.introcoach.testing.ProjectFiles.root()
                .resolve("samples/resumes/priya-raman.pdf"));
        Report report = analyzer.analyse(org.introcoach.speech.Transcript.typed("hello i'm pretty or ram and an engineering manager at shopify"),
                IntroAnalyzer.Against.resume(priya, set.asOf));

        assertTrue(!report.has(FindingCode.NAME_MISMATCH), "\"ram\" is a piece of Raman: " + report.findings());
        assertEquals(org.introcoach.analysis.ResumeMatch.Status.UNSURE, report.resumeMatches().stream()
                .filter(m -> m.field().equals("name")).findFirst().orElseThrow().status());
        Report otherName = analyzer.analyse(org.introcoach.speech.Transcript.typed("hello i'm rebecca stone an engineering manager at shopify"),
                IntroAnalyzer.Against.resume(priya, set.asOf));
        assertTrue(otherName.has(FindingCode.NAME_MISMATCH));
    }

    @Test
    void anOpeningThatSaysWhoYouAreIsIdentityWhateverTheGreetingWasHeardAs() {
        var resume = set.find("maria-clean").against(set.asOf);
        Report misheardGreeting = analyzer.analyse(org.introcoach.speech.Transcript.typed("the low i'm rebecca stone. i graduated from the university of washington."
                + " i am eager to join your platform team"), resume);
        Report motivationFirst = analyzer.analyse(org.introcoach.speech.Transcript.typed("i am eager to join your platform team. hello i'm maria chen."
                + " i graduated from the university of washington"), resume);

        assertEquals("identity", misheardGreeting.sections().get(0).section());
        assertEquals("motivation", motivationFirst.sections().get(0).section());
    }

    @Test
    void aSkillListEndsWhereANewClauseBegins() {
        Report report = analyzer.analyse(org.introcoach.speech.Transcript.typed("hello i'm maria chen i have deep experience in java and distributed systems"
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
        Report report = analyzer.analyse(org.introcoach.speech.Transcript.empty(3.0), set.find("maria-clean").against(set.asOf));

        assertTrue(report.has(FindingCode.MISSING_SECTION));
        assertEquals(0, report.metrics().wordCount());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Report analyseText(String resumePath, String text) throws Exception {
        var resume = new org.introcoach.resume.ResumeReader().read(org.introcoach.testing.ProjectFiles.root().resolve(resumePath));
        return analyzer.analyse(org.introcoach.speech.Transcript.typed(text.replace(" | ", ". ")), IntroAnalyzer.Against.resume(resume, set.asOf));
    }

    private static final String KWAME = "samples/evaluation/resumes/kwame-mensah.json";
    private static final String SAM = "samples/evaluation/resumes/sam-nguyen.json";
    private static final String ELENA = "samples/evaluation/resumes/elena-petrova.json";

    @Test
    void aWrongFirstNameBeforeTheRightSurnameIsAMismatch() throws Exception {
        assertTrue(analyseText(SAM, "hi i'm david nguyen a quality engineer at atlassian").has(FindingCode.NAME_MISMATCH));
        assertTrue(!analyseText(SAM, "hi i'm sam nguyen a quality engineer at atlassian").has(FindingCode.NAME_MISMATCH));
    }

    @Test
    void aSchoolNotOnTheResumeIsAMismatchEvenWhenAnotherSchoolWasNamed() throws Exception {
        String text = "i'm kwame mensah i have a mathematics degree from the university of %s and in twenty twenty three i took the general assembly data course";
        assertTrue(analyseText(KWAME, text.formatted("lagos")).has(FindingCode.SCHOOL_MISMATCH));
        assertTrue(!analyseText(KWAME, text.formatted("ghana")).has(FindingCode.SCHOOL_MISMATCH));
    }

    @Test
    void yearsSaidOfOneEmployerAreCheckedAgainstThatEmployer() throws Exception {
        String text = "i'm kwame mensah | i taught maths for %s years at lakeside high school | now i'm a junior data analyst at northwind logistics";
        assertTrue(analyseText(KWAME, text.formatted("twelve")).has(FindingCode.EXPERIENCE_YEARS_MISMATCH));
        Report seven = analyseText(KWAME, text.formatted("seven"));
        assertTrue(!seven.has(FindingCode.EXPERIENCE_YEARS_MISMATCH), seven.findings().toString());
        assertEquals(ResumeMatch.Status.MATCHED, seven.resumeMatches().stream().filter(m -> m.field().equals("years")).findFirst().orElseThrow().status());
        Report nine = analyseText(ELENA, "i'm elena petrova | before spotify i spent nine years at booking dot com and yandex");
        assertTrue(!nine.has(FindingCode.EXPERIENCE_YEARS_MISMATCH), "years over two named employers: " + nine.findings());
    }

    @Test
    void leavingOutTheCurrentJobIsAStrengthUnsaid() throws Exception {
        Report report = analyseText(KWAME, "i'm kwame mensah | i taught maths for seven years at lakeside high school | i'd like to join your analytics team");
        assertTrue(report.findings().stream().anyMatch(f -> f.code() == FindingCode.RESUME_STRENGTH_UNSAID && f.message().contains("Northwind")),
                report.findings().toString());
        Report said = analyseText(KWAME, "i'm kwame mensah | i taught maths for seven years at lakeside high school | now i'm a junior data analyst at northwind logistics");
        assertTrue(said.findings().stream().noneMatch(f -> f.code() == FindingCode.RESUME_STRENGTH_UNSAID && f.message().contains("Northwind")));
    }

    @Test
    void anEmployerNamedBeforeAClauseIsChecked() throws Exception {
        assertTrue(analyseText(ELENA, "i'm elena petrova a staff engineer | at netflix i lead the streaming data platform").has(FindingCode.EMPLOYER_MISMATCH));
        assertTrue(!analyseText(ELENA, "i'm elena petrova a staff engineer | at spotify i lead the streaming data platform | at first i").has(FindingCode.EMPLOYER_MISMATCH));
    }

    @Test
    void aStockReasonIsGenericEvenAfterBecause() throws Exception {
        String text = "i'm sam nguyen a quality engineer at atlassian | i'd like to move to site reliability because %s";
        assertTrue(analyseText(SAM, text.formatted("i'm really passionate about it and it would be a great opportunity for me to grow"))
                .has(FindingCode.GENERIC_MOTIVATION));
        assertTrue(!analyseText(SAM, text.formatted("incident reviews are the part of my job i look forward to and it is a great opportunity to prevent outages"))
                .has(FindingCode.GENERIC_MOTIVATION));
    }

    @Test
    void aTargetNamedWithoutTheWordTeamCounts() throws Exception {
        Report report = analyseText(SAM, "i'm sam nguyen a quality engineer at atlassian | i'd like to move to site reliability because i want to prevent outages");
        assertTrue(!report.has(FindingCode.NO_TARGET), report.findings().toString());
    }

    @Test
    void aLongGroupOfWordsSaidTwiceIsAStumble() {
        assertEquals(List.of(List.of(1, 9)), RepetitionRule.stumbles(List.of("so", "in", "that", "time", "i", "in", "that", "time", "i", "rebuilt"))
                .stream().map(span -> List.of(span[0], span[1])).toList());
        assertTrue(RepetitionRule.stumbles(List.of("every", "team", "reads", "every", "event")).isEmpty());
    }

    @Test
    void trailingOffIntoFillerWordsIsNoClosing() throws Exception {
        String text = "i'm sam nguyen a quality engineer at atlassian | i'd like to move to site reliability because i want to prevent outages%s";
        assertTrue(analyseText(SAM, text.formatted(" | and yeah so that's kind of um")).has(FindingCode.NO_CLOSING));
        assertTrue(!analyseText(SAM, text.formatted("")).has(FindingCode.NO_CLOSING));
    }

    @Test
    void givingYourNameLateIsStillIdentity() throws Exception {
        Report report = analyseText(SAM, "i'd like to move to site reliability because i want to prevent outages | oh and i'm sam nguyen a quality engineer at atlassian");
        assertTrue(report.findings().stream().noneMatch(f -> f.code() == FindingCode.MISSING_SECTION && f.severity() == Severity.PROBLEM
                && "identity".equals(f.section())), report.findings().toString());
    }

    @Test
    void aToolOfferedThatTheResumeLacksIsUnsupported() throws Exception {
        String text = "i'm sam nguyen a quality engineer at atlassian | i'd like to move to site reliability | i'd bring %s";
        assertTrue(analyseText(SAM, text.formatted("kubernetes and terraform")).has(FindingCode.SKILL_NOT_ON_RESUME));
        assertTrue(!analyseText(SAM, text.formatted("a feel for what breaks")).has(FindingCode.SKILL_NOT_ON_RESUME));
    }

    /** Words at 150 a minute; "word~0.5" is heard with confidence 0.5, others 0.95. */
    private static org.introcoach.speech.Transcript heard(String text) {
        List<org.introcoach.speech.Word> words = new ArrayList<>();
        double time = 0.3;
        for (String token : text.split(" ")) {
            String[] parts = token.split("~");
            words.add(new org.introcoach.speech.Word(parts[0], time, time + 0.32, parts.length > 1 ? Double.parseDouble(parts[1]) : 0.95));
            time += 0.4;
        }
        return new org.introcoach.speech.Transcript(words, time + 0.3);
    }

    @Test
    void anEmployerSlotHeardPoorlyIsCouldNotConfirmNotUnsaid() throws Exception {
        var sam = new org.introcoach.resume.ResumeReader().read(org.introcoach.testing.ProjectFiles.root().resolve(SAM));
        Report misheard = analyzer.analyse(heard("hi i'm sam nguyen a quality engineer here at at~0.6 last~0.5 the~0.4 on the onboarding team"),
                IntroAnalyzer.Against.resume(sam, set.asOf));
        assertTrue(misheard.findings().stream().filter(f -> f.code() == FindingCode.RESUME_STRENGTH_UNSAID && "employer".equals(f.field()))
                .allMatch(f -> f.severity() == Severity.INFO), misheard.findings().toString());
        Report unsaid = analyzer.analyse(heard("hi i'm sam nguyen a quality engineer on the onboarding team"), IntroAnalyzer.Against.resume(sam, set.asOf));
        assertTrue(unsaid.findings().stream().anyMatch(f -> f.code() == FindingCode.RESUME_STRENGTH_UNSAID && f.severity() == Severity.WARNING),
                unsaid.findings().toString());
    }

    @Test
    void aFirstNameHeardPoorlyBeforeDoubtfulWordsIsUnsure() throws Exception {
        var daniel = new org.introcoach.resume.ResumeReader().read(org.introcoach.testing.ProjectFiles.root().resolve("samples/evaluation/resumes/daniel-kowalski.json"));
        Report report = analyzer.analyse(heard("hi i'm ben~0.6 your~0.69 cow~0.63 keep~0.48 and i'm a product designer"),
                IntroAnalyzer.Against.resume(daniel, set.asOf));
        assertTrue(!report.has(FindingCode.NAME_MISMATCH), report.findings().toString());
        assertTrue(analyzer.analyse(heard("hi i'm ben turner and i'm a product designer"), IntroAnalyzer.Against.resume(daniel, set.asOf))
                .has(FindingCode.NAME_MISMATCH));
    }
}

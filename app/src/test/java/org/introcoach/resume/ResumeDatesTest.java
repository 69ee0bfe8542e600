package org.introcoach.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResumeDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Backend Engineer, 2019 - present        | 2019-01 | -       | true",
        "Jul 2019 – Dec 2024                     | 2019-07 | 2024-12 | false",
        "2015–19                                 | 2015-01 | 2019-12 | false",
        "1998-05                                 | -       | 1998-05 | false",
        "03/2018 to 06/2020                      | 2018-03 | 2020-06 | false",
        "2018-03 – 2020-06                       | 2018-03 | 2020-06 | false",
        "Sept. 2017 — Present                    | 2017-09 | -       | true",
        "September 2017 until March 2019         | 2017-09 | 2019-03 | false",
        "Since 2021                              | 2021-01 | -       | true",
        "University of Leeds, 2015               | -       | 2015-12 | false",
        "(Jan 2020 - Current)                    | 2020-01 | -       | true",
        "1998–02                                 | 1998-01 | 2002-12 | false"})
    void readsTheWaysResumesWriteDates(String text, String start, String end, boolean ongoing) {
        DateRange range = ResumeDates.find(text).orElseThrow().range();

        assertEquals(start == null ? null : YearMonth.parse(start), range.start(), "start of " + text);
        assertEquals(end == null ? null : YearMonth.parse(end), range.end(), "end of " + text);
        assertEquals(ongoing, range.ongoing());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Led a team of 12 engineers", "Increased revenue by 3000 dollars", "Phone 555 0142"})
    void findsNoDateWhereThereIsNone(String text) {
        assertTrue(ResumeDates.find(text).isEmpty(), text);
    }
}

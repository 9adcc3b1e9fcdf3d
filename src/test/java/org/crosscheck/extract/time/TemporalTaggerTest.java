package org.crosscheck.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

    private static final LocalDate THURSDAY_OCT_23 = LocalDate.of(2025, 10, 23);
    private static final LocalDate SATURDAY_OCT_25 = LocalDate.of(2025, 10, 25);
    private static final LocalDate SUNDAY_OCT_26 = LocalDate.of(2025, 10, 26);

    private final TemporalTagger tagger = new TemporalTagger();

    private Timex only(String text, LocalDate anchor, String phrase) {
        List<Timex> found = tagger.tag(text, anchor);
        Optional<Timex> hit = found.stream().filter(t -> t.text().contains(phrase) || phrase.contains(t.text())).findFirst();
        assertThat(hit).as("timex for '%s' in %s", phrase, found).isPresent();
        return hit.get();
    }

    @Test
    void anchorsUsedInTheseTestsFallOnTheIntendedWeekdays() {
        assertThat(THURSDAY_OCT_23.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(SATURDAY_OCT_25.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(SUNDAY_OCT_26.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void thisFridayFromAThursdayIsTheNextDay() {
        Timex t = only("scheduled to meet in Kuala Lumpur this Friday for crucial talks", THURSDAY_OCT_23, "this Friday");
        assertThat(t.value()).isEqualTo("2025-10-24");
        assertThat(t.anchored()).isTrue();
    }

    @Test
    void weekdayResolvesToTheComingDateWhenPublishedEarlierInTheWeek() {
        Timex t = only("The US-China trade talks will resume on Friday", THURSDAY_OCT_23, "Friday");
        assertThat(t.value()).isEqualTo("2025-10-24");
        assertThat(t.text()).isEqualTo("Friday");
    }

    @Test
    void dueToStartOnSaturdayPointsForward() {
        assertThat(only("The talks, due to start on Saturday", THURSDAY_OCT_23, "Saturday").value()).isEqualTo("2025-10-25");
    }

    @Test
    void pastTenseWeekdayOnTheAnchorDayIsThatDay() {
        Timex t = only("commenced high-stakes trade talks in Kuala Lumpur on Saturday", SATURDAY_OCT_25, "Saturday");
        assertThat(t.value()).isEqualTo("2025-10-25");
        assertThat(t.first()).isEqualTo(SATURDAY_OCT_25);
    }

    @Test
    void pastTenseSundayPublishedOnSundayIsThatSunday() {
        assertThat(only("met on Sunday to discuss a potential trade deal", SUNDAY_OCT_26, "Sunday").value()).isEqualTo("2025-10-26");
    }

    @Test
    void nextThursdayFromASaturdayIsFiveDaysLater() {
        Timex t = only("a meeting between President Trump and President Xi next Thursday", SATURDAY_OCT_25, "next Thursday");
        assertThat(t.value()).isEqualTo("2025-10-30");
    }

    @Test
    void scheduledThursdayFromASundayIsTheComingThursday() {
        assertThat(only("Trump and Xi are scheduled to meet on Thursday", SUNDAY_OCT_26, "Thursday").value()).isEqualTo("2025-10-30");
    }

    @Test
    void reportedAsSayingOnThursdayOnAThursdayIsThatDay() {
        Timex t = only("Bloomberg reported, citing an official, as saying on Thursday that talks went well", THURSDAY_OCT_23, "Thursday");
        assertThat(t.value()).isEqualTo("2025-10-23");
    }

    @Test
    void rangeFromOctober24To27IsOneExpression() {
        String s = "will hold talks with US Treasury Secretary Scott Bessent from October 24 to 27";
        List<Timex> found = tagger.tag(s, THURSDAY_OCT_23);
        assertThat(found).hasSize(1);
        Timex t = found.get(0);
        assertThat(t.text()).isEqualTo("from October 24 to 27");
        assertThat(t.range()).isTrue();
        assertThat(t.value()).isEqualTo("2025-10-24");
        assertThat(t.first()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(t.last()).isEqualTo(LocalDate.of(2025, 10, 27));
    }

    @Test
    void dashAndBetweenRangesAreOneExpressionEach() {
        Timex dash = only("talks on Oct. 24\u201327 in the capital", THURSDAY_OCT_23, "Oct.");
        assertThat(dash.text()).isEqualTo("Oct. 24\u201327");
        assertThat(dash.range()).isTrue();
        assertThat(dash.last()).isEqualTo(LocalDate.of(2025, 10, 27));

        Timex between = only("held between May 1 and May 3", THURSDAY_OCT_23, "May");
        assertThat(between.text()).isEqualTo("between May 1 and May 3");
        assertThat(between.first()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(between.last()).isEqualTo(LocalDate.of(2025, 5, 3));

        Timex dayFirst = only("the summit runs 24 to 27 October", THURSDAY_OCT_23, "October");
        assertThat(dayFirst.text()).isEqualTo("24 to 27 October");
        assertThat(dayFirst.range()).isTrue();
    }

    @Test
    void yearSpansAreOneRange() {
        Timex t = only("the 1990-91 season", THURSDAY_OCT_23, "1990");
        assertThat(t.text()).isEqualTo("1990-91");
        assertThat(t.range()).isTrue();
        assertThat(t.first()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(t.last()).isEqualTo(LocalDate.of(1991, 12, 31));
        assertThat(tagger.tag("part number 1990-12", THURSDAY_OCT_23)).extracting(Timex::text).doesNotContain("1990-12");
    }

    @Test
    void monthDayWithoutYearTakesTheNearestOccurrence() {
        assertThat(only("in South Korea on November 1", THURSDAY_OCT_23, "November").value()).isEqualTo("2025-11-01");
    }

    @Test
    void yearInsideANounPhraseIsThatYear() {
        Timex t = only("since the 2019 trade war began", THURSDAY_OCT_23, "2019");
        assertThat(t.value()).isEqualTo("2019");
        assertThat(t.first()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(t.last()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(t.anchored()).isFalse();
    }

    @Test
    void bareMonthInAPastSentenceIsInTheAnchorYear() {
        Timex t = only("In April, Trump hit Chinese imports with tariffs", THURSDAY_OCT_23, "April");
        assertThat(t.value()).isEqualTo("2025-04");
        assertThat(t.first()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(t.last()).isEqualTo(LocalDate.of(2025, 4, 30));
    }

    @Test
    void earlierInTheYearRunsFromJanuaryFirstToTheAnchor() {
        Timex t = only("Earlier in the year, Trump introduced tariffs", THURSDAY_OCT_23, "Earlier in the year");
        assertThat(t.value()).isEqualTo("2025");
        assertThat(t.first()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(t.last()).isEqualTo(THURSDAY_OCT_23);
        assertThat(only("earlier this year, exports fell", THURSDAY_OCT_23, "earlier this year").first())
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void lateSeptemberIsTheLastThirdOfTheMonth() {
        Timex t = only("relations frayed in late September", THURSDAY_OCT_23, "late September");
        assertThat(t.value()).isEqualTo("2025-09");
        assertThat(t.mod()).isEqualTo("END");
        assertThat(t.first()).isEqualTo(LocalDate.of(2025, 9, 21));
        assertThat(t.last()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void hyphenatedCountsBeforeANounAreDurations() {
        Timex truce = only("extended a 90-day truce", THURSDAY_OCT_23, "90-day");
        assertThat(truce.type()).isEqualTo(TimexType.DURATION);
        assertThat(truce.value()).isEqualTo("P90D");
        assertThat(truce.approxDays()).isEqualTo(90);
        assertThat(truce.first()).isNull();

        Timex tour = only("at the start of his five-day tour", THURSDAY_OCT_23, "five-day");
        assertThat(tour.value()).isEqualTo("P5D");
    }

    @Test
    void durationsCarryTheirLengthInDays() {
        // months and years at their mean lengths: "nearly 17 months" (less than 517 days) allows "514 days"
        assertThat(only("talks lasted two months", THURSDAY_OCT_23, "two months").approxDays()).isEqualTo(60.88);
        assertThat(only("after nearly 17 months of review", THURSDAY_OCT_23, "17 months").approxDays()).isGreaterThan(514);
        assertThat(only("a sentence of two years", THURSDAY_OCT_23, "two years").value()).isEqualTo("P2Y");
        Timex hours = only("after three hours of talks", THURSDAY_OCT_23, "three hours");
        assertThat(hours.value()).isEqualTo("PT3H");
        assertThat(hours.approxDays()).isEqualTo(0.125);
        assertThat(only("for more than a decade", THURSDAY_OCT_23, "decade").mod()).isEqualTo("MORE_THAN");
    }

    @Test
    void halvesMoveIntoTheNextSmallerUnit() {
        assertThat(only("about 5 1/2 hours in Nairobi", THURSDAY_OCT_23, "hours").value()).isEqualTo("PT5H30M");
        assertThat(only("after 2 1/2 years of talks", THURSDAY_OCT_23, "years").value()).isEqualTo("P2Y6M");
        assertThat(only("an hour and a half of talks", THURSDAY_OCT_23, "hour").approxDays()).isEqualTo(1.5 / 24);
    }

    @Test
    void laterThisWeekFromASundayCoversTheComingDays() {
        Timex t = only("Xi and Trump are expected to meet later this week", SUNDAY_OCT_26, "later this week");
        assertThat(t.first()).isAfter(SUNDAY_OCT_26);
        assertThat(t.first()).isBeforeOrEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(t.last()).isAfterOrEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    void lastWeekIsThePreviousIsoWeek() {
        Timex t = only("the two sides held talks over phone last week", THURSDAY_OCT_23, "last week");
        assertThat(t.value()).isEqualTo("2025-W42");
        assertThat(t.first()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(t.last()).isEqualTo(LocalDate.of(2025, 10, 19));
    }

    @Test
    void nextWeekRunsMondayToSunday() {
        Timex t = only("the ministers will meet next week", THURSDAY_OCT_23, "next week");
        assertThat(t.value()).isEqualTo("2025-W44");
        assertThat(t.first()).isEqualTo(LocalDate.of(2025, 10, 27));
        assertThat(t.last()).isEqualTo(LocalDate.of(2025, 11, 2));
    }

    @Test
    void deicticDaysFollowTheAnchor() {
        List<Timex> found = tagger.tag("Yesterday was quiet, today is busy and tomorrow the talks resume.", THURSDAY_OCT_23);
        assertThat(found).extracting(Timex::value).containsExactly("2025-10-22", "2025-10-23", "2025-10-24");
    }

    @Test
    void relativeExpressionsStayUnresolvedWithoutAnAnchor() {
        Timex t = only("The talks will resume on Friday", null, "Friday");
        assertThat(t.first()).isNull();
        assertThat(t.anchored()).isFalse();
        assertThat(t.value()).startsWith("XXXX");
    }

    @Test
    void twoWeeksLaterCountsFromTheLastMentionedDate() {
        Timex t = only("The deal was signed on March 3, 2020. Two weeks later, it collapsed.", THURSDAY_OCT_23, "Two weeks later");
        assertThat(t.value()).isEqualTo("2020-03-17");
    }

    @Test
    void theNextMorningFollowsTheLastMentionedDay() {
        Timex t = only("The ship sank on March 3, 2020. Rescuers arrived the next morning.", THURSDAY_OCT_23, "the next morning");
        assertThat(t.value()).isEqualTo("2020-03-04");
    }

    @Test
    void twoDaysJoinedByAndAreTwoDates() {
        List<Timex> found = tagger.tag("the summit on April 24 and 25", THURSDAY_OCT_23);
        assertThat(found).extracting(Timex::text).containsExactly("April 24", "25");
        assertThat(found).extracting(Timex::value).containsExactly("2025-04-24", "2025-04-25");
    }

    @Test
    void presentPastAndFutureReferences() {
        assertThat(only("Tariffs are now at 30%", THURSDAY_OCT_23, "now").value()).isEqualTo("PRESENT_REF");
        assertThat(only("the firm recently cut jobs", THURSDAY_OCT_23, "recently").value()).isEqualTo("PAST_REF");
        assertThat(only("more talks in the future", THURSDAY_OCT_23, "future").value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void decadesSeasonsAndQuarters() {
        assertThat(only("growth in the 1990s was fast", THURSDAY_OCT_23, "1990s").value()).isEqualTo("199X");
        assertThat(only("sales rose in the third quarter", THURSDAY_OCT_23, "third quarter").value()).isEqualTo("2025-Q3");
        assertThat(only("prices fell last summer", THURSDAY_OCT_23, "last summer").value()).isEqualTo("2024-SU");
        assertThat(only("revenue for fiscal 2024 rose", THURSDAY_OCT_23, "2024").value()).isEqualTo("2024");
    }

    @Test
    void quarterCodesAndSeasonsWithYears() {
        assertThat(only("Q3 2025 results beat forecasts", THURSDAY_OCT_23, "Q3").value()).isEqualTo("2025-Q3");
        assertThat(only("guidance for H1 2024", THURSDAY_OCT_23, "H1").value()).isEqualTo("2024-H1");
        assertThat(only("the drought of summer 2024", THURSDAY_OCT_23, "summer").value()).isEqualTo("2024-SU");
        assertThat(tagger.tag("Prices fall when supply rises.", THURSDAY_OCT_23)).isEmpty();
    }

    @Test
    void fiscalYearGivenByItsClosingDateIsAOneYearSpan() {
        Timex t = only("revenue of $76 million for the year ended March 31", THURSDAY_OCT_23, "the year");
        assertThat(t.type()).isEqualTo(TimexType.DURATION);
        assertThat(t.value()).isEqualTo("P1Y");
        assertThat(only("because of current market conditions", THURSDAY_OCT_23, "current").value()).isEqualTo("PRESENT_REF");
        assertThat(tagger.tag("a current account deficit", THURSDAY_OCT_23)).isEmpty();
    }

    @Test
    void resultsStoriesCompareWithTheSameQuarterAYearEarlier() {
        List<Timex> found = tagger.tag("Profit rose in the third quarter, up from $5 million a year earlier. "
                + "In the 2024 quarter, costs were lower.", THURSDAY_OCT_23);
        assertThat(found).extracting(Timex::value).containsExactly("2025-Q3", "2024-Q3", "2024-Q3");
    }

    @Test
    void setsRepeat() {
        Timex weekly = only("The committee meets every week", THURSDAY_OCT_23, "every week");
        assertThat(weekly.type()).isEqualTo(TimexType.SET);
        assertThat(weekly.value()).isEqualTo("P1W");
        assertThat(only("a weekly briefing", THURSDAY_OCT_23, "weekly").value()).isEqualTo("P1W");
        assertThat(only("tariffs reviewed each year", THURSDAY_OCT_23, "each year").value()).isEqualTo("P1Y");
    }

    @Test
    void clockTimesTakeTheirDay() {
        assertThat(only("The vote opens at 9:30 a.m. on the day", THURSDAY_OCT_23, "9:30").value()).isEqualTo("2025-10-23T09:30");
        assertThat(only("a blast at 06:00 GMT", THURSDAY_OCT_23, "06:00").value()).isEqualTo("2025-10-23T06:00");
        assertThat(only("talks ended at 14:00 local time", THURSDAY_OCT_23, "14:00").value()).isEqualTo("2025-10-23T14:00");
        assertThat(only("he spoke this morning", THURSDAY_OCT_23, "this morning").value()).isEqualTo("2025-10-23TMO");
        assertThat(only("the deadline is noon", THURSDAY_OCT_23, "noon").value()).isEqualTo("2025-10-23T12:00");
    }

    @Test
    void mayAsAVerbIsNotAMonth() {
        assertThat(tagger.tag("The talks may fail, and officials may walk out.", THURSDAY_OCT_23)).isEmpty();
        assertThat(tagger.tag("May the best side win.", THURSDAY_OCT_23)).isEmpty();
        assertThat(only("the tariffs imposed in May", THURSDAY_OCT_23, "May").value()).isEqualTo("2025-05");
    }

    @Test
    void marchAsAVerbIsNotAMonth() {
        assertThat(tagger.tag("Protesters will march to the embassy.", THURSDAY_OCT_23)).isEmpty();
    }

    @Test
    void numbersThatLookLikeDatesAreNot() {
        assertThat(tagger.tag("The plant employs 1,200 workers.", THURSDAY_OCT_23)).isEmpty();
        assertThat(tagger.tag("Support is available 24/7.", THURSDAY_OCT_23)).isEmpty();
        assertThat(tagger.tag("Call 555-2019-1234 for details.", THURSDAY_OCT_23)).isEmpty();
        assertThat(tagger.tag("United won the match 2-1.", THURSDAY_OCT_23)).isEmpty();
        assertThat(tagger.tag("He finished 5th in the race.", THURSDAY_OCT_23)).isEmpty();
    }

    @Test
    void newspaperNamesAreNotWeekdays() {
        assertThat(tagger.tag("The Sunday Times reported the deal.", THURSDAY_OCT_23)).isEmpty();
    }

    @Test
    void reportingDaysAreStillDates() {
        assertThat(only("the ministry said Monday", THURSDAY_OCT_23, "Monday").value()).isEqualTo("2025-10-20");
    }

    @Test
    void resultsAreSortedAndNonOverlapping() {
        String s = "On Friday, Oct. 24, 2025, at 9 a.m. the talks began; by late September next year they may end.";
        List<Timex> found = tagger.tag(s, THURSDAY_OCT_23);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
        assertThat(found.get(0).text()).isEqualTo("Friday, Oct. 24, 2025");
    }
}

package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 10, 23);
    private static final LocalDate SATURDAY = LocalDate.of(2025, 10, 25);
    private static final LocalDate SUNDAY = LocalDate.of(2025, 10, 26);
    private final MentionExtractor extractor = new MentionExtractor();

    private List<Mention> of(String text, LocalDate published) {
        List<Mention> mentions = extractor.extract("a1", text, published);
        for (Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.quote());
        }
        return mentions;
    }

    private Mention only(String text, LocalDate published, ClaimKind kind) {
        List<Mention> found = of(text, published).stream().filter(m -> m.kind() == kind).toList();
        assertThat(found).as("%s mentions in: %s", kind, text).hasSize(1);
        return found.get(0);
    }

    private static LocalDate day(Mention m) {
        return LocalDate.ofEpochDay((long) m.low());
    }

    @Test
    void aFirstInSoManyYearsDatesThePreviousOne() {
        Mention exact = only("The strike is the first by the bakers' union in 23 years.", SUNDAY, ClaimKind.DATE);
        assertThat(exact.value()).isEqualTo("2002");
        assertThat(exact.vague()).isFalse();
        Mention months = only("The hike was the first in 27 months.", THURSDAY, ClaimKind.DATE);
        assertThat(months.value()).isEqualTo("2023-07");
        Mention hedged = only("Shares had their worst day in more than six years.", SATURDAY, ClaimKind.DATE);
        assertThat(hedged.vague()).isTrue();
        Mention round = only("The storm was the strongest to hit the bay in a century.", SATURDAY, ClaimKind.DATE);
        assertThat(round.value()).isEqualTo("1925");
        assertThat(round.vague()).isTrue();
        assertThat(of("The bridge, in use for 40 years, closed on Monday.", THURSDAY)).noneMatch(m -> m.kind() == ClaimKind.DATE
                && m.value().startsWith("1985"));
    }

    @Test
    void percentSignAndPerCentAreTheSameRate() {
        Mention sign = only("Trump threatened new 100% tariffs on Chinese goods.", THURSDAY, ClaimKind.RATE);
        Mention words = only("He has vowed to slap 100 per cent additional tariff on China.", THURSDAY, ClaimKind.RATE);
        assertThat(sign.value()).isEqualTo("100%");
        assertThat(words.value()).isEqualTo("100%");
        assertThat(sign.head()).isEqualTo("tariffs");
        assertThat(words.head()).isEqualTo("tariff");
    }

    @Test
    void hedgedRatesKeepTheirHedge() {
        assertThat(only("which brought down tariffs sharply to about 55% on the U.S. side", THURSDAY, ClaimKind.RATE).bound())
                .isEqualTo(Bound.APPROXIMATE);
        assertThat(only("firms more than 50% owned by companies already on the list", THURSDAY, ClaimKind.RATE).bound())
                .isEqualTo(Bound.MORE_THAN);
        assertThat(only("China controls around 90 percent of the world's production.", THURSDAY, ClaimKind.RATE).value())
                .isEqualTo("~90%");
    }

    @Test
    void tripleDigitRatesAreARangeFromOneHundred() {
        Mention m = only("new tariffs that quickly escalated to triple-digit rates on both sides", THURSDAY, ClaimKind.RATE);
        assertThat(m.low()).isEqualTo(100);
        assertThat(m.high()).isEqualTo(999);
    }

    @Test
    void ordinalWordsAndDigitsAreOrdinals() {
        assertThat(only("are the fifth meeting between He, Bessent and Greer since May", THURSDAY, ClaimKind.ORDINAL).low()).isEqualTo(5);
        assertThat(only("It was the 21st round of talks.", THURSDAY, ClaimKind.ORDINAL).low()).isEqualTo(21);
    }

    @Test
    void fourPreviousMeetingsMakeThisTheFifth() {
        Mention m = only("crafted by the officials over four previous meetings since May.", THURSDAY, ClaimKind.ORDINAL);
        assertThat(m.low()).isEqualTo(5);
        assertThat(m.value()).isEqualTo("5th meet");
    }

    @Test
    void superlativesAreRanksNotPlacesInASeries() {
        Mention rank = only("the world's second-tallest building", THURSDAY, ClaimKind.ORDINAL);
        assertThat(rank.scale()).isEqualTo("rank");
        assertThat(rank.value()).isEqualTo("2nd tallest");
        assertThat(of("the first-stage engines and a second-quarter profit", THURSDAY)).noneMatch(m -> m.kind() == ClaimKind.ORDINAL);
    }

    @Test
    void countsOfPeopleKnowWhatTheyCount() {
        Mention dead = only("A quake struck on Tuesday, killing at least 12 people, officials said.", THURSDAY, ClaimKind.COUNT);
        Mention hurt = only("Authorities said 85 people had been taken to hospital.", THURSDAY, ClaimKind.COUNT);
        assertThat(dead.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(dead.scale()).isEqualTo("count of people (dead)");
        assertThat(hurt.scale()).isEqualTo("count of people (injured)");
    }

    @Test
    void deathTollPhrasingIsACountOfTheDead() {
        Mention m = only("The death toll from the earthquake has risen to 14, the office said.", THURSDAY, ClaimKind.COUNT);
        assertThat(m.low()).isEqualTo(14);
        assertThat(m.scale()).isEqualTo("count of people (dead)");
    }

    @Test
    void yearsAndGenericSmallCountsAreNotCounts() {
        assertThat(of("tensions between the two countries since 2019 officials", THURSDAY)).noneMatch(m -> m.kind() == ClaimKind.COUNT);
    }

    @Test
    void durationsAreMeasuredInDays() {
        assertThat(only("earlier negotiations led to a 90-day truce", THURSDAY, ClaimKind.DURATION).low()).isEqualTo(90);
        assertThat(only("As Trump continues his five-day tour of Asia", THURSDAY, ClaimKind.DURATION).low()).isEqualTo(5);
    }

    @Test
    void quantitiesCarryTheirUnit() {
        assertThat(only("A magnitude 6.4 earthquake struck off the coast.", THURSDAY, ClaimKind.QUANTITY).scale()).isEqualTo("magnitude");
        assertThat(only("A 6.2-magnitude earthquake rocked the province.", THURSDAY, ClaimKind.QUANTITY).low()).isEqualTo(6.2);
        Mention miles = only("The epicentre was 25 miles south-west of the city.", THURSDAY, ClaimKind.QUANTITY);
        assertThat(miles.scale()).isEqualTo("km");
        assertThat(miles.low()).isCloseTo(40.2, org.assertj.core.data.Offset.offset(0.1));
        Mention money = only("The deal is worth $1.2 billion over five years.", THURSDAY, ClaimKind.QUANTITY);
        assertThat(money.scale()).isEqualTo("USD");
        assertThat(money.low()).isEqualTo(1.2e9);
        assertThat(only("Reyes headed the winner in the 90th minute.", THURSDAY, ClaimKind.QUANTITY).scale()).isEqualTo("minute of play");
    }

    @Test
    void timesWithAZoneAreComparedInUtc() {
        Mention gmt = only("The quake hit at 06:12 GMT at a shallow depth.", THURSDAY, ClaimKind.TIME);
        assertThat(gmt.scale()).isEqualTo("UTC time");
        assertThat(gmt.low()).isEqualTo(6 * 60 + 12);
    }

    @Test
    void weekdayResolvesToTheComingDateWhenPublishedEarlierInTheWeek() {
        Mention m = only("The talks, due to start on Saturday on the sidelines of the summit.", THURSDAY, ClaimKind.DATE);
        assertThat(day(m)).isEqualTo(LocalDate.of(2025, 10, 25));
        assertThat(m.role()).isEqualTo(Role.STARTS);
    }

    @Test
    void pastTenseWeekdayOnThePublicationDayIsThatDay() {
        Mention m = only("Officials commenced high-stakes trade talks in the capital on Saturday.", SATURDAY, ClaimKind.DATE);
        assertThat(day(m)).isEqualTo(SATURDAY);
        assertThat(m.role()).isEqualTo(Role.STARTS);
    }

    @Test
    void nextThursdayFromASaturdayIsFiveDaysLater() {
        Mention m = only("to facilitate a meeting between the two presidents next Thursday at the summit", SATURDAY, ClaimKind.DATE);
        assertThat(day(m)).isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    void futureWeekdayFromASundayIsTheComingOne() {
        assertThat(day(only("The two leaders are scheduled to meet on Thursday during the summit.", SUNDAY, ClaimKind.DATE)))
                .isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    void rangeFromOctober24To27SpansTheEvent() {
        Mention m = only("He will hold talks with the secretary from October 24 to 27, the ministry said.", THURSDAY, ClaimKind.DATE);
        assertThat(m.role()).isEqualTo(Role.SPANS);
        assertThat(day(m)).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(LocalDate.ofEpochDay((long) m.high())).isEqualTo(LocalDate.of(2025, 10, 27));
    }

    @Test
    void arrivalAndStatementDaysAreNotTheEventsDays() {
        assertThat(only("Officials are due to arrive in the capital on Friday for talks.", THURSDAY, ClaimKind.DATE).role())
                .isEqualTo(Role.TRAVEL);
        assertThat(only("the commerce ministry was quoted as saying on Thursday.", THURSDAY, ClaimKind.DATE).role())
                .isEqualTo(Role.STATEMENT);
    }

    @Test
    void expirationDateIsAnEnd() {
        assertThat(only("the truce will be extended beyond its current expiration date of November 10.", SUNDAY, ClaimKind.DATE).role())
                .isEqualTo(Role.ENDS);
    }

    @Test
    void periodsCoverTheirWholeSpan() {
        Mention year = only("The current tensions echo the 2019 trade war.", SATURDAY, ClaimKind.DATE);
        assertThat(day(year)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(LocalDate.ofEpochDay((long) year.high())).isEqualTo(LocalDate.of(2019, 12, 31));
        Mention april = only("In April, the government hit imports with new tariffs.", THURSDAY, ClaimKind.DATE);
        assertThat(day(april)).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void withoutAPublicationDateABareWeekdayStaysAWeekday() {
        Mention m = only("The talks are due to start on Saturday.", null, ClaimKind.DATE);
        assertThat(m.scale()).isEqualTo("weekday");
        assertThat(m.low()).isEqualTo(6);
    }

    @Test
    void sinceMayIsAReferencePointNotAnEventDate() {
        assertThat(of("It is the fifth encounter between these officials since May.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DATE)).allMatch(Mention::vague);
    }

    @Test
    void aYearRightAfterANameIsAnEditionNotADate() {
        List<Mention> dates = of("The Lisbon 2031 champion won again, as she had in 2029.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DATE).toList();
        assertThat(dates).extracting(Mention::quote).contains("2031", "2029");
        assertThat(dates).filteredOn(m -> m.quote().equals("2031")).allMatch(Mention::vague);
        assertThat(dates).filteredOn(m -> m.quote().equals("2029")).noneMatch(Mention::vague);
    }

    @Test
    void whoActsOnADateStandsBeforeItsAbbreviation() {
        Mention day = of("The Pacific Fisheries Council (PFC) today declared a closure of the bay.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DATE).findFirst().orElseThrow();
        assertThat(day.frame().actors()).contains("pacific fisheries council");
    }

    @Test
    void theOtherPartyOfAContestIsNotWhoseValueItIs() {
        Mention behind = of("Last season she took silver behind Marta Ilves in 11.02.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        Mention ahead = of("Marta Ilves won in 10.94 seconds.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(behind.frame().actors()).doesNotContain("marta ilves");
        assertThat(ahead.frame().actors()).contains("marta ilves");
    }

    @Test
    void aPlaceAfterAnArticleIsNotWhoActs() {
        Mention time = of("Ilves won the 100 metres on Sunday at the Campo de Rivoli, clocking 10.94.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(time.frame().actors()).noneMatch(a -> a.contains("rivoli"));
    }

    @Test
    void aMedalsColourIsItsPlaceInTheRace() {
        List<Mention> times = of("Brann won gold in 12.41 and Oduya edged Salo for bronze by a hundredth in 12.58.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION && m.quote().startsWith("12")).toList();
        assertThat(times).extracting(m -> m.frame().series()).containsExactly(1, 3);
        Mention price = of("Gold prices rose 2% to 1,900 dollars an ounce.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.RATE).findFirst().orElseThrow();
        assertThat(price.frame().series()).isZero();
    }

    @Test
    void aYearInAnAppositionDoesNotDateTheValueOutsideIt() {
        Mention time = of("Oduya, the 2019 world champion, ran 12.58 and finished fourth.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(time.frame().anchor()).isEmpty();
        Mention seats = of("The party won 212 seats in 2019 and lost them all.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(seats.frame().anchor()).isEqualTo("2019");
    }

    @Test
    void whoLeadsABlocIsNotWhoWonTheBlocsSeats() {
        Mention bloc = of("The Unity bloc, led by the Greens, won 157 seats.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(bloc.frame().actors()).anyMatch(a -> a.contains("unity")).noneMatch(a -> a.contains("greens"));
        Mention own = of("The Unity bloc won 157 seats, led by the Greens with 63.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT && m.quote().startsWith("63")).findFirst().orElseThrow();
        assertThat(own.frame().actors()).anyMatch(a -> a.contains("greens"));
    }

    @Test
    void anAbbreviationInBracketsDoesNotHideTheSubjectBeforeIt() {
        Mention seats = of("In the vote counted on Tuesday, the Unity Front (UF) led by Halvard's Green Party (GP) has won 157 seats.", THURSDAY)
                .stream().filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(seats.frame().actors()).anyMatch(a -> a.contains("unity front")).noneMatch(a -> a.contains("green"));
    }

    @Test
    void whoReceivesOrHelpsIsNotWhoseCountItIs() {
        Mention sent = of("Halvard said the three allies will send Kelvaria six more air-defence batteries.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT && m.quote().startsWith("six")).findFirst().orElseThrow();
        assertThat(sent.frame().actors()).noneMatch(a -> a.contains("kelvaria"));
        Mention aside = of("Fenland and Ostmark, with Norvik supplying parts, would deliver three more batteries.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT && m.quote().startsWith("three")).findFirst().orElseThrow();
        assertThat(aside.frame().actors()).noneMatch(a -> a.contains("norvik"));
    }

    @Test
    void aLevelThatIsSeenComingIsAForecastButASightingIsNot() {
        Mention seen = of("Officials expect growth to slow, while the price index is seen cooling to 2.7%.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.RATE).findFirst().orElseThrow();
        assertThat(seen.frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.FORECAST);
        Mention sighting = of("The suspect was seen leaving the depot at 8:55 p.m.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.TIME).findFirst().orElseThrow();
        assertThat(sighting.frame().qualifiers()).doesNotContain(org.crosscheck.extract.frame.ClaimFrame.Qualifier.FORECAST);
    }

    @Test
    void aCountThatIncludesOthersThanItNamesCountsEveryone() {
        Mention all = of("The ferry was carrying 212 passengers, including nine crew members.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT && m.quote().startsWith("212")).findFirst().orElseThrow();
        assertThat(all.frame().measure()).containsExactly("people");
        Mention some = of("The ferry was carrying 212 passengers, including nine children.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT && m.quote().startsWith("212")).findFirst().orElseThrow();
        assertThat(some.frame().measure()).contains("passenger");
    }

    @Test
    void whoTellsAfterAccordingToTheIsNotWhatIsCounted() {
        Mention guests = of("According to the Fenland media, some 6,000 guests were present in the forecourt.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(guests.frame().actors()).noneMatch(a -> a.contains("fenland"));
    }

    @Test
    void theLevelAfterFromInToXFromYIsThePreviousOne() {
        List<Mention> rates = of("Unemployment rose to 5.7% from 5.2% in the spring.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.RATE).toList();
        assertThat(rates).extracting(m -> m.frame().qualifiers()).satisfiesExactly(
                q -> assertThat(q).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.NEW),
                q -> assertThat(q).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS));
    }

    @Test
    void aFinancialFigureKeepsTheBasisWrittenBeforeIt() {
        List<Mention> margins = of("Operating margin: GAAP 29.2%, down from 30.1%; non-GAAP 31.5%, versus 33.8% a year earlier.", THURSDAY)
                .stream().filter(m -> m.kind() == ClaimKind.RATE).toList();
        assertThat(margins).extracting(m -> m.frame().qualifiers().contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.ADJUSTED))
                .containsExactly(false, false, true, true);
        assertThat(margins).extracting(m -> m.frame().qualifiers().contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.STATUTORY))
                .containsExactly(true, true, false, false);
    }

    @Test
    void aTitleThatWentToSomeoneIsTheirs() {
        Mention time = of("The women's final on Saturday went to Ana Kaur of Fenland in 12.58.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(time.frame().actors()).anyMatch(a -> a.contains("kaur"));
    }

    @Test
    void anAnchorKeepsThePartOfTheYearOrTheMonthItNames() {
        List<Mention> amounts = of("Deposits at the lender swelled from $31 billion at the end of 1994 to $95 billion in early 1996.", THURSDAY)
                .stream().filter(m -> m.kind() == ClaimKind.QUANTITY).toList();
        assertThat(amounts).extracting(m -> m.frame().anchor()).containsExactly("1994 (late)", "1996 (early)");
        Mention staff = of("The plant employed 300 workers in June 1994, before the fire.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(staff.frame().anchor()).isEqualTo("1994-06");
    }

    @Test
    void aDateThatIsTheWholeAppositionStillDatesTheCountAfterIt() {
        Mention toll = of("Previous worst: a ferry fire off Kelmar, May 3, 1991, 77 killed.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(toll.frame().anchor()).isEqualTo("1991-05");
    }

    @Test
    void aClauseBetweenCommasAfterANameIsNoAppositionOfTitles() {
        Mention toll = of("It is the deadliest crash in the country, eclipsing the 1989 crash near Kelmar, and the worst "
                + "since a jet went down off Vonn in March 1987, killing 61 people.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(toll.frame().anchor()).isEqualTo("1987-03");
    }

    @Test
    void whereACompetitorFinishedIsTheirTimesPlaceInTheRace() {
        Mention fifth = of("Varga finished in fifth position with 12.77, her best of the season.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(fifth.frame().series()).isEqualTo(5);
        Mention winner = of("Brann won the final at the Campo de Rivoli on Sunday, clocking 12.41.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(winner.frame().series()).isEqualTo(1);
        Mention titled = of("Oduya, world champion in Lisbon last year, ran 12.58 and nobody noticed.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(titled.frame().series()).isZero();
    }

    @Test
    void theTwoBoundsOfARangeAreMarkedAsSuch() {
        List<Mention> range = of("The company sees revenue of between $4.1 billion and $4.6 billion next quarter.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.QUANTITY).toList();
        assertThat(range).extracting(m -> m.frame().qualifiers()).satisfiesExactly(
                q -> assertThat(q).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.RANGE_LOW),
                q -> assertThat(q).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.RANGE_HIGH));
        List<Mention> change = of("Revenue rose from $4.1 billion to $4.6 billion in the quarter.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.QUANTITY).toList();
        assertThat(change).hasSize(2).allSatisfy(m -> assertThat(m.frame().qualifiers()).doesNotContain(
                org.crosscheck.extract.frame.ClaimFrame.Qualifier.RANGE_LOW, org.crosscheck.extract.frame.ClaimFrame.Qualifier.RANGE_HIGH));
    }

    @Test
    void aNameThatModifiesANounAfterAPrepositionStillSaysWhatIsCounted() {
        Mention toll = of("Rescuers said the death toll from the Kelvara storm rose to 31 overnight.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(toll.frame().actors()).anyMatch(a -> a.contains("kelvara"));
    }

    @Test
    void aUnitThatMeasuresOneThingSaysWhatTheValueMeasures() {
        Mention quake = of("A magnitude 6.8 quake shook the valley before dawn.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        Mention agency = of("The survey office put it at magnitude 6.8 on its scale.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        assertThat(quake.frame().measure()).contains("magnitude");
        assertThat(agency.frame().measure()).contains("magnitude");
    }

    @Test
    void aValueBelongsToTheNameItsSentenceOpensWithAcrossAParenthesisOrAnApposition() {
        Mention time = of("Maria Adeyemi (Kenya) won gold in 10.71 seconds.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(time.frame().participants()).contains("maria adeyemi");
        Mention ran = of("Greta Lindqvist, the champion two years ago, ran 10.81 seconds in the heat.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(ran.frame().participants()).contains("greta lindqvist");
        Mention other = of("Greta Lindqvist beat Maria Adeyemi, who ran 10.81 seconds.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DURATION).findFirst().orElseThrow();
        assertThat(other.frame().participants()).doesNotContain("greta lindqvist");
    }

    @Test
    void aClockZoneAndACodeAreNotWhoActs() {
        Mention zoned = of("The vote closed at 8 p.m. ET on Tuesday.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.TIME).findFirst().orElseThrow();
        assertThat(zoned.frame().participants()).doesNotContain("et");
        Mention eastern = of("Markets reopened at 9:30 a.m. Eastern time, traders said.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.TIME).findFirst().orElseThrow();
        assertThat(eastern.frame().participants()).doesNotContain("eastern");
        Mention coded = of("Flight 4K2108 landed with 143 passengers aboard.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(coded.frame().participants()).doesNotContain("k");
    }

    @Test
    void aNameRunsOnAcrossOf() {
        Mention rate = of("The Reserve Bank of Westland held its rate at 3.5% on Thursday.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.RATE).findFirst().orElseThrow();
        assertThat(rate.frame().participants()).contains("reserve bank of westland");
    }

    @Test
    void aDatelineOrALabelIsNotTheSubjectOfWhatFollows() {
        Mention crew = of("Port Alder/Harwick: All 19 crew were rescued from the listing ferry.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(crew.frame().participants()).doesNotContain("harwick", "port alder");
    }

    @Test
    void aNameInsideACountSaysWhichKindOfThingIsCounted() {
        Mention count = of("The navy took delivery of four Harrow frigates last year.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).findFirst().orElseThrow();
        assertThat(count.frame().measure()).contains("harrow");
    }

    @Test
    void contextKeepsNamesWholeAndEachDateItsOwnWords() {
        List<Mention> dates = of("Officials commenced trade talks in Kuala Lumpur on Saturday, ahead of a crucial meeting "
                + "between President Donald Trump and President Xi Jinping next week.", SATURDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DATE).toList();
        assertThat(dates).hasSize(2);
        assertThat(dates.get(0).frame().participants()).contains("kuala lumpur");
        assertThat(dates.get(1).frame().participants()).contains("xi jinping");
        assertThat(dates.get(0).frame().participants()).doesNotContain("xi jinping");
        assertThat(dates.get(0).frame().measure()).contains("talk");
        assertThat(dates.get(1).frame().measure()).contains("summit");
    }

    @Test
    void bareNumbersAfterOutcomeVerbsAreCountsOfPeople() {
        List<Mention> counts = of("The blast killed 12 and injured at least 30, police said.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.COUNT).toList();
        assertThat(counts).extracting(Mention::scale).containsExactly("count of people (dead)", "count of people (injured)");
        assertThat(counts.get(1).bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(only("The storm left 14 dead across the region.", THURSDAY, ClaimKind.COUNT).scale())
                .isEqualTo("count of people (dead)");
    }

    @Test
    void scheduledToOpenGivesTheStart() {
        assertThat(only("Talks are scheduled to open in the capital on June 9.", LocalDate.of(2025, 6, 2), ClaimKind.DATE).role())
                .isEqualTo(Role.STARTS);
    }

    @Test
    void aTimelineLineDatesWhatFollowsItsTime() {
        Mention heat = only("6:15 p.m. ET: Men's semifinals", SATURDAY, ClaimKind.TIME);
        assertThat(heat.frame().measure()).contains("semifinal").doesNotContain("man");
        Mention lowered = only("04:40 GMT \u2014 The weather office has lifted the flood alert", SATURDAY, ClaimKind.TIME);
        assertThat(lowered.frame().measure()).doesNotContain("office").isNotEmpty();
        Mention sentence = only("The office met the mayor at 4:40 p.m.: no statement followed.", SATURDAY, ClaimKind.TIME);
        assertThat(sentence.frame().measure()).doesNotContain("statement");
    }

    @Test
    void aLengthBeforeACompassWordIsADistanceFromThePlaceAfterIt() {
        Mention ferry = only("The ferry sank about 40 km south-east of Carrowmore, officials said.", SATURDAY, ClaimKind.QUANTITY);
        assertThat(ferry.frame().measure()).containsExactly("distance from");
        assertThat(ferry.frame().participants()).contains("carrowmore");
        Mention coast = only("The rig stands 25 miles off the coast.", SATURDAY, ClaimKind.QUANTITY);
        assertThat(coast.frame().measure()).containsExactly("distance from");
        Mention dam = only("The dam is 120 metres high.", SATURDAY, ClaimKind.QUANTITY);
        assertThat(dam.frame().measure()).doesNotContain("distance from");
    }

    @Test
    void aValueRestatedInBracketsInAnotherUnitIsOneClaim() {
        Mention span = only("The span is 1.2 miles (1.9 km) long.", SATURDAY, ClaimKind.QUANTITY);
        assertThat(span.quote()).isEqualTo("1.2 miles (1.9 km");
        assertThat(span.low()).isEqualTo(1.9);
        assertThat(span.high()).isCloseTo(1.9312, org.assertj.core.data.Offset.offset(0.001));
        List<Mention> two = of("The zone is 300 km long (50 km wide).", SATURDAY).stream().filter(m -> m.kind() == ClaimKind.QUANTITY).toList();
        assertThat(two).hasSize(2);
    }

    @Test
    void aPossessiveDateDatesTheNounItQualifies() {
        Mention cut = only("Phones started ringing within an hour of Tuesday's half-point cut.", SATURDAY, ClaimKind.DATE);
        assertThat(cut.role()).isEqualTo(Role.OCCURS);
        assertThat(cut.frame().measure()).containsExactly("cut");
        Mention rate = only("Phones started ringing within an hour of Tuesday's half-point cut.", SATURDAY, ClaimKind.RATE);
        assertThat(rate.frame().participants()).doesNotContain("tuesday");
        Mention deadline = only("Negotiators began talking again ahead of Monday's deadline.", SATURDAY, ClaimKind.DATE);
        assertThat(deadline.role()).isEqualTo(Role.ENDS);
    }

    @Test
    void aWeekdayAfterAnIndefiniteNamesNoParticularDay() {
        assertThat(of("The fire broke out on a Sunday night in the spring of 2019.", THURSDAY).stream()
                .filter(m -> m.kind() == ClaimKind.DATE && m.quote().contains("Sunday"))).allMatch(Mention::vague);
        assertThat(only("Police said the theft happened on a Monday.", THURSDAY, ClaimKind.DATE).vague()).isTrue();
        assertThat(only("The market reopens on Friday.", THURSDAY, ClaimKind.DATE).vague()).isFalse();
    }

    @Test
    void aTimeSomeMinutesFromWhichAnotherIsCountedIsOnlyAReferencePoint() {
        assertThat(only("The alarm sounded three minutes before 9 a.m. on Sunday.", SATURDAY, ClaimKind.TIME).vague()).isTrue();
        assertThat(only("The ferry left two hours after midnight.", SATURDAY, ClaimKind.TIME).vague()).isTrue();
        assertThat(only("The ferry left shortly before 9 a.m.", SATURDAY, ClaimKind.TIME).vague()).isFalse();
    }

    @Test
    void aLevelDownFromAnotherIsTheEarlierLevelOfTheSameMeasure() {
        List<Mention> rates = of("Operating margin was 31.2%, down from 33.5% a quarter earlier.", SATURDAY).stream()
                .filter(m -> m.kind() == ClaimKind.RATE).toList();
        assertThat(rates).hasSize(2);
        assertThat(rates.get(0).frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.NEW);
        assertThat(rates.get(1).frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS);
        assertThat(rates.get(1).frame().measure()).isEqualTo(rates.get(0).frame().measure()).isNotEmpty();
    }

    @Test
    void aDateAfterTheFirstSinceIsThePreviousOneOfWhatItFollows() {
        Mention noun = only("It was the council's first tax increase since May 2011.", SATURDAY, ClaimKind.DATE);
        Mention verb = only("The council raised taxes for the first time since May 2011.", SATURDAY, ClaimKind.DATE);
        Mention fire = only("Residents went home for the first time since Tuesday's fire.", SATURDAY, ClaimKind.DATE);
        assertThat(noun.frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS);
        assertThat(noun.frame().measure()).isNotEmpty().doesNotContain("first", "time");
        assertThat(verb.frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS);
        assertThat(verb.frame().measure()).isNotEmpty().doesNotContain("time");
        assertThat(fire.frame().qualifiers()).doesNotContain(org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS);
        assertThat(fire.frame().measure()).contains("fire");
    }

    @Test
    void aDayEarlyInItsHoursIsNoEarlierValue() {
        Mention early = only("Polling staff wrapped up the tally in the early hours of Wednesday.", SATURDAY, ClaimKind.DATE);
        Mention earlier = only("The count had been due to finish earlier on Wednesday.", SATURDAY, ClaimKind.DATE);
        assertThat(early.frame().qualifiers()).doesNotContain(org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS);
        assertThat(earlier.frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS);
    }

    @Test
    void theDateOfTheLevelAChangeStartedFromIsAnEarlierOne() {
        Mention from = only("The jobless rate has climbed to 5.1% from 3.9% in May 2022.", SATURDAY, ClaimKind.DATE);
        Mention ago = only("The jobless rate is 5.1%, up from a year ago.", SATURDAY, ClaimKind.DATE);
        Mention compared = only("Gross margin was 61.5%, compared with 64.2% in the second quarter.", SATURDAY, ClaimKind.DATE);
        Mention now = only("The jobless rate was 5.1% in May.", SATURDAY, ClaimKind.DATE);
        Mention span = only("The rate has stayed on hold from May, the bank said.", SATURDAY, ClaimKind.DATE);
        var previous = org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS;
        assertThat(from.frame().qualifiers()).contains(previous);
        assertThat(ago.frame().qualifiers()).contains(previous);
        assertThat(compared.frame().qualifiers()).contains(previous);
        assertThat(now.frame().qualifiers()).doesNotContain(previous);
        assertThat(span.frame().qualifiers()).doesNotContain(previous);
    }

    @Test
    void anAgeMeasuresAnAgeWhateverTheNounBesideIt() {
        Mention son = only("Their younger son, Tomas, 19, was at home.", SATURDAY, ClaimKind.QUANTITY);
        Mention chair = only("The 61-year-old chairman resigned.", SATURDAY, ClaimKind.QUANTITY);
        assertThat(son.frame().measure()).contains("age");
        assertThat(chair.frame().measure()).contains("age");
    }

    @Test
    void withoutAPublicationDateADayWithoutAYearTakesTheYearLastStated() {
        List<Mention> dates = of("The probe launched on March 3, 2031, from the coast. Its permit was signed on March 1.", null)
                .stream().filter(m -> m.kind() == ClaimKind.DATE).toList();
        assertThat(dates).extracting(Mention::value).containsExactly("2031-03-03", "2031-03-01");
        assertThat(of("Its permit was signed on March 1.", null)).noneMatch(m -> m.kind() == ClaimKind.DATE);
    }

    @Test
    void aPartOfTodayOrLastNightIsADay() {
        assertThat(only("The council this morning approved the budget.", THURSDAY, ClaimKind.DATE).value()).isEqualTo("2025-10-23");
        assertThat(only("The report, released this afternoon in Turin, runs to 90 pages.", SATURDAY, ClaimKind.DATE).value())
                .isEqualTo("2025-10-25");
        assertThat(only("Looters broke into two shops last night.", SUNDAY, ClaimKind.DATE).value()).isEqualTo("2025-10-25");
    }

    @Test
    void timeSpentOnSomethingIsNotWhatTheDateMeasures() {
        Mention spent = only("Crews spent Friday clearing the road to the mill.", SUNDAY, ClaimKind.DATE);
        assertThat(spent.frame().measure()).doesNotContain("spend");
        Mention money = only("The city spent $4 million on the new bridge.", SUNDAY, ClaimKind.QUANTITY);
        assertThat(money.frame().measure()).contains("spend");
    }

    @Test
    void aTimeAfterADayInAnotherSeasonTakesThatDaysOffset() {
        // published in winter; the day before the time is in summer, when Eastern time is four hours behind UTC
        Mention time = of("The fire started on July 9, 2021, at a warehouse in Ohio. The alarm came at 8:50 p.m. Eastern time.",
                LocalDate.of(2023, 2, 10)).stream().filter(m -> m.kind() == ClaimKind.TIME).findFirst().orElseThrow();
        assertThat(time.value()).isEqualTo("00:50 UTC");
    }

    @Test
    void aLiveBlogsTimeStampKeepsTheBlogsDayWhateverTheEntryAboveSays() {
        // published on a Tuesday; the newest entry promises more tomorrow, the entries below it are from today
        String blog = "23:10 GMT - That is all from us tonight. We will be back early tomorrow.\n"
                + "19:45 GMT - The harbour authority says the ferry has docked.\n";
        List<Mention> dates = of(blog, LocalDate.of(2025, 3, 4)).stream()
                .filter(m -> m.kind() == ClaimKind.DATE && m.quote().equals("19:45 GMT")).toList();
        assertThat(dates).extracting(Mention::value).containsExactly("2025-03-04");
    }

    @Test
    void aLiveBlogsTimeStampTakesTheDayHeadingItsSection() {
        String blog = "Monday, 3 March\n09:30 GMT - The ferry leaves the harbour.\n";
        List<Mention> dates = of(blog, LocalDate.of(2025, 3, 4)).stream()
                .filter(m -> m.kind() == ClaimKind.DATE && m.quote().equals("09:30 GMT")).toList();
        assertThat(dates).extracting(Mention::value).containsExactly("2025-03-03");
    }

    @Test
    void aPlaceInTheSentenceIsNotWhatADateDates() {
        Mention date = only("The tanker ran aground near a fishing village in the northern province on Monday.", SATURDAY, ClaimKind.DATE);
        assertThat(date.frame().measure()).doesNotContain("village", "province");
    }

    @Test
    void whatADayIsCountedFromIsNotWhatItDates() {
        Mention after = only("On the day after the storm, 3 May, a ferry sank off the coast.", SATURDAY, ClaimKind.DATE);
        Mention own = only("Crowds gathered after the verdict on 3 May.", SATURDAY, ClaimKind.DATE);
        assertThat(after.frame().measure()).doesNotContain("storm");
        assertThat(own.frame().measure()).contains("verdict");
    }

    @Test
    void anotherOccurrenceIsNotTheFirstOnesTime() {
        Mention time = only("Another powerful tremor, magnitude 5.9, struck at 11:42 local time.", SATURDAY, ClaimKind.TIME);
        assertThat(time.frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.OTHER);
    }

    @Test
    void whatLastHappenedInAYearIsThePreviousOne() {
        Mention last = only("The club last reached a cup final in 1994.", SATURDAY, ClaimKind.DATE);
        assertThat(last.frame().qualifiers()).contains(org.crosscheck.extract.frame.ClaimFrame.Qualifier.PREVIOUS);
    }
}

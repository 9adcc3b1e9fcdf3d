package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.check.Severity;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Role;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.crosscheck.report.Report;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's scorer agrees with the independent one: a lumping finding hits nothing; links are counted over gold claims. */
class GoldScorerTest {

    private static final String GOLD = """
            {"discrepancies": [{"id": "D1", "event": "vote", "attribute": "seats won", "claims": [
               {"file": "a.txt", "quote": "won 300 seats", "value": 300},
               {"file": "b.txt", "quote": "took 310 seats", "value": 310}]}],
             "consistent": [{"id": "K1", "event": "vote", "attribute": "turnout", "claims": [
               {"file": "a.txt", "quote": "turnout of 61%", "value": 61},
               {"file": "b.txt", "quote": "61 per cent turnout", "value": 61},
               {"file": "c.txt", "quote": "turnout: 61%", "value": 61}]}]}
            """;

    private Reports story() {
        Reports b = new Reports();
        b.article("a.txt", "A", "2024-05-02", "The Greens won 300 seats on a turnout of 61%.");
        b.article("b.txt", "B", "2024-05-02", "The Greens took 310 seats with 61 per cent turnout.");
        b.article("c.txt", "C", "2024-05-02", "Final turnout: 61%.");
        return b;
    }

    private static Gold gold(Path dir) throws Exception {
        Files.writeString(dir.resolve("gold.json"), GOLD);
        return Gold.read(dir.resolve("gold.json"));
    }

    @Test
    void aFindingOnTheDiscrepancysOwnClaimsHitsIt(@TempDir Path dir) throws Exception {
        Reports b = story();
        Article a = b.build().articles().get(0);
        Article c = b.build().articles().get(1);
        Claim x = b.claim(a, "300 seats", ClaimKind.COUNT, Role.VALUE, "seats", "number of seats", 300, 300, "300 seats");
        Claim y = b.claim(c, "310 seats", ClaimKind.COUNT, Role.VALUE, "seats", "number of seats", 310, 310, "310 seats");
        b.finding("Sources give different counts for the same thing", Severity.ERROR, "count", "m", "e", x, y);
        GoldScore score = new GoldScorer().score(b.build(), gold(dir));
        assertThat(score.found()).containsKey("D1");
        assertThat(score.falsePositives()).isEmpty();
    }

    @Test
    void aFindingThatLumpsOtherFactsWithTheDiscrepancyHitsNothing(@TempDir Path dir) throws Exception {
        Reports b = story();
        Report first = b.build();
        Claim x = b.claim(first.articles().get(0), "300 seats", ClaimKind.COUNT, Role.VALUE, "e", "n", 300, 300, "300");
        Claim y = b.claim(first.articles().get(1), "310 seats", ClaimKind.COUNT, Role.VALUE, "e", "n", 310, 310, "310");
        Claim t1 = b.claim(first.articles().get(0), "61%", ClaimKind.COUNT, Role.VALUE, "e", "n", 61, 61, "61");
        Claim t2 = b.claim(first.articles().get(1), "61 per cent", ClaimKind.COUNT, Role.VALUE, "e", "n", 61, 61, "61");
        Claim t3 = b.claim(first.articles().get(2), "61%", ClaimKind.COUNT, Role.VALUE, "e", "n", 61, 61, "61");
        b.finding("Sources give different counts for the same thing", Severity.ERROR, "count", "m", "e", x, y, t1, t2, t3);
        GoldScore score = new GoldScorer().score(b.build(), gold(dir));
        // two of five marked claims stand on D1: less than half, so the finding is a false alarm flagging K1
        assertThat(score.found()).isEmpty();
        assertThat(score.falsePositives()).containsExactly("F1");
        assertThat(score.flagged()).containsExactly("K1");
    }

    @Test
    void linksCountPairsOfGoldClaimsThatShareAnEvent(@TempDir Path dir) throws Exception {
        Reports b = story();
        Report first = b.build();
        b.claim(first.articles().get(0), "300 seats", ClaimKind.COUNT, Role.VALUE, "seats", "n", 300, 300, "300");
        b.claim(first.articles().get(1), "310 seats", ClaimKind.COUNT, Role.VALUE, "seats", "n", 310, 310, "310");
        b.claim(first.articles().get(0), "61%", ClaimKind.RATE, Role.VALUE, "turnout", "rate", 61, 61, "61%");
        b.claim(first.articles().get(1), "61 per cent", ClaimKind.RATE, Role.VALUE, "turnout", "rate", 61, 61, "61%");
        b.claim(first.articles().get(2), "61%", ClaimKind.RATE, Role.VALUE, "seats", "rate", 61, 61, "61%");
        StoryEvaluation e = StoryEvaluation.of("s", b.build(), gold(dir));
        // D1: 1 pair, linked; K1: 3 pairs, one linked (a-b in "turnout")
        assertThat(e.alignment().goldPairs()).isEqualTo(4);
        assertThat(e.alignment().linked()).isEqualTo(2);
        // event "seats" holds 300, 310 and c's 61%: 3 pairs, 1 right; event "turnout": 1 pair, right
        assertThat(e.alignment().eventPairs()).isEqualTo(4);
        assertThat(e.alignment().rightPairs()).isEqualTo(2);
        assertThat(e.coverage().quotes()).isEqualTo(5);
        assertThat(e.coverage().rightValue()).isEqualTo(5);
    }

    @Test
    void goldValuesReadAsTheKindsOfClaimThatCanStateThem() {
        assertThat(GoldValue.parse("2024-07-05", null).type()).isEqualTo(GoldValue.Type.DATE);
        assertThat(GoldValue.parse("2024-07-09/2024-07-11", null).high() - GoldValue.parse("2024-07-09/2024-07-11", null).low()).isEqualTo(2);
        GoldValue t = GoldValue.parse("18:00Z", "14:00-04:00");
        assertThat(t.type()).isEqualTo(GoldValue.Type.TIME);
        assertThat(t.low()).isEqualTo(18 * 60);
        assertThat(t.local()).isEqualTo(14 * 60);
        assertThat(GoldValue.parse("09:03+09:00", null).low()).isEqualTo(3);
        assertThat(GoldValue.parse("PT3H", null).low()).isEqualTo(0.125);
        assertThat(GoldValue.parse("1.6 mi", null).unit()).isEqualTo("mi");
        assertThat(GoldValue.parse("USD 68.7bn", null).unit()).isEqualTo("bn usd");
        assertThat(GoldValue.parse("Bangkok", null).type()).isEqualTo(GoldValue.Type.PLACE);
        assertThat(GoldValue.parse("2020", null).type()).isEqualTo(GoldValue.Type.DATE);
    }

    private static Claim stated(ClaimKind kind, String scale, double low, double high, String value, String sentence) {
        return org.crosscheck.report.Reports.newClaim("a1.c1", "a1", "A", "2024-05-02", kind, Role.VALUE, "e", "a", scale, low, high,
                value, "exact", 0.9, true, value.replaceFirst("^~", ""), 0, value.length(), sentence, "", "", java.util.List.of());
    }

    @Test
    void aBareGoldNumberTakesTheUnitItsAttributeNamesInBrackets() {
        assertThat(Gold.attributeUnit("quarterly revenue (billion USD)")).isEqualTo("billion USD");
        assertThat(Gold.attributeUnit("cuts still to come (basis points)")).isEqualTo("basis points");
        assertThat(Gold.attributeUnit("time of the strike (UTC)")).isEmpty();
        Claim billions = stated(ClaimKind.QUANTITY, "USD", 41.951e9, 42.049e9, "USD 42 billion", "Sales reached $42 billion.");
        assertThat(GoldValue.parse("42", null, "billion USD").carriedBy(billions)).isTrue();
        assertThat(GoldValue.parse("42", null, "").carriedBy(billions)).isFalse();
        Claim halfPoint = stated(ClaimKind.RATE, "percentage points", 0.49, 0.51, "0.5 points", "A half-point cut.");
        assertThat(GoldValue.parse("50", null, "basis points").carriedBy(halfPoint)).isTrue();
        assertThat(GoldValue.parse("25", null, "basis points").carriedBy(halfPoint)).isFalse();
    }

    @Test
    void goldNumbersCompareAcrossUnitsOfTheSameMeasure() {
        Claim gust = stated(ClaimKind.QUANTITY, "km/h", 112.2, 113.8, "113 km/h", "Gusts hit 70 mph.");
        assertThat(GoldValue.parse("70 mph", null).carriedBy(gust)).isTrue();
        assertThat(GoldValue.parse("80 mph", null).carriedBy(gust)).isFalse();
        Claim area = stated(ClaimKind.QUANTITY, "hectares", 404, 406, "405 ha", "It burned 1,000 acres.");
        assertThat(GoldValue.parse("1000 acres", null).carriedBy(area)).isTrue();
        Claim water = stated(ClaimKind.QUANTITY, "°C", 9.9, 10.1, "10 °C", "The 50-degree water.");
        assertThat(GoldValue.parse("50 F", null).carriedBy(water)).isTrue();
        assertThat(GoldValue.parse("60 F", null).carriedBy(water)).isFalse();
    }

    @Test
    void aBareGoldNumberMatchesALengthInTheUnitTheTextStatesIt() {
        Claim race = stated(ClaimKind.DURATION, "days", 10.02 / 86400, 10.04 / 86400, "PT10.03S", "She won in 10.03 seconds.");
        assertThat(GoldValue.parse("10.03", null).carriedBy(race)).isTrue();
        assertThat(GoldValue.parse("10.3", null).carriedBy(race)).isFalse();
        Claim age = stated(ClaimKind.DURATION, "days", 30 * 365.25 - 180, 30 * 365.25 + 180, "P30Y", "Her brother, 30 years, survived.");
        assertThat(GoldValue.parse("30", null).carriedBy(age)).isTrue();
    }

    @Test
    void aLocalGoldClockIsCarriedByAUtcClaimWhoseQuoteStatesThatClock() {
        assertThat(GoldValue.statedClock("3:36 p.m.")).isEqualTo(936);
        assertThat(GoldValue.statedClock("around 1:40 in the morning")).isEqualTo(100);
        assertThat(GoldValue.statedClock("12 a.m.")).isEqualTo(0);
        assertThat(GoldValue.statedClock("on 14 March")).isNaN();
        // the text's 3:36 p.m. in a zone five hours behind UTC: the claim carries 20:36 UTC
        Claim utc = stated(ClaimKind.TIME, "UTC time", 1236, 1236, "3:36 p.m.", "The plane landed at 3:36 p.m.");
        assertThat(GoldValue.parse("15:36", null).carriedBy(utc)).isTrue();
        assertThat(GoldValue.parse("16:36", null).carriedBy(utc)).isFalse();
    }

    @Test
    void anOpenBoundStatesTheNumberItIsBoundedBy() {
        Claim upTo = stated(ClaimKind.QUANTITY, "USD", -Double.MAX_VALUE, 250_500, "≤USD 250000", "Deposits are insured up to $250,000.");
        assertThat(GoldValue.parse("250000 USD", null).carriedBy(upTo)).isTrue();
        assertThat(GoldValue.parse("200000 USD", null).carriedBy(upTo)).isFalse();
        Claim over = stated(ClaimKind.QUANTITY, "km", 2.4434, Double.MAX_VALUE, ">2.4384 km", "It lost more than 8,000 feet.");
        assertThat(GoldValue.parse(">8000 ft", null).carriedBy(over)).isTrue();
        assertThat(GoldValue.parse(">9000 ft", null).carriedBy(over)).isFalse();
    }

    @Test
    void oneNumberAtTwoPrecisionsAgreesWithinTheCoarserDigit() {
        Claim points = stated(ClaimKind.QUANTITY, "points", 5216.5, 5217.5, "5217 points", "The index crashed 5,217 points.");
        assertThat(GoldValue.parse("5217.64", null).carriedBy(points)).isTrue();
        assertThat(GoldValue.parse("4391.2", null).carriedBy(points)).isFalse();
        Claim thousandths = stated(ClaimKind.DURATION, "days", 12.586 / 86400, 12.586 / 86400, "PT12.586S", "He clocked 12.586.");
        assertThat(GoldValue.parse("12.59", null).carriedBy(thousandths)).isTrue();
        assertThat(GoldValue.parse("12.62", null).carriedBy(thousandths)).isFalse();
    }

    @Test
    void aFallTheGoldGivesAsItsSizeIsCarriedByASignedValue() {
        Claim signed = stated(ClaimKind.RATE, "percent", -60, -60, "-60%", "Thursday: shares -60%");
        assertThat(GoldValue.parse("60", null).carriedBy(signed)).isTrue();
        assertThat(GoldValue.parse("50", null).carriedBy(signed)).isFalse();
        Claim lower = stated(ClaimKind.RATE, "percent", 6.5, 7.5, "~7%", "Shares were about 7% lower after hours.");
        assertThat(GoldValue.parse("-7", null).carriedBy(lower)).isTrue();
    }

    @Test
    void theAnnotatorsEquivalentInAnotherCurrencyOrZoneIsTheSameValue() {
        Claim dollars = stated(ClaimKind.QUANTITY, "USD", 72.2e9, 79.8e9, "~USD 76 billion", "It is roughly $76 billion.");
        assertThat(GoldValue.parse("EUR 70 billion (~USD 76 billion)", null).carriedBy(dollars)).isTrue();
        assertThat(GoldValue.parse("EUR 40 billion", null).carriedBy(dollars)).isFalse();
        Claim day = stated(ClaimKind.DATE, "day", java.time.LocalDate.parse("2021-05-03").toEpochDay(), java.time.LocalDate.parse("2021-05-03").toEpochDay(), "2021-05-03", "It said on Monday.");
        assertThat(GoldValue.parse("2021-05-02 US Eastern (= 2021-05-03 Jakarta)", null).carriedBy(day)).isTrue();
        assertThat(GoldValue.parse("2021-05-02", null).carriedBy(day)).isFalse();
    }

    @Test
    void aSignedGoldMoveIsCarriedByAFallTheTextStates() {
        Claim fell = stated(ClaimKind.RATE, "percent", 4.5, 5.5, "~5%", "Shares fell about 5% in late trading.");
        Claim rose = stated(ClaimKind.RATE, "percent", 4.5, 5.5, "~5%", "Shares rose about 5% in late trading.");
        assertThat(GoldValue.parse("-5", null).carriedBy(fell)).isTrue();
        assertThat(GoldValue.parse("-5", null).carriedBy(rose)).isFalse();
        Claim inPoints = stated(ClaimKind.RATE, "percent", 0.395, 0.405, "0.4%", "The index closed down 87.5 points, or 0.4%, on Monday.");
        Claim upPoints = stated(ClaimKind.RATE, "percent", 0.395, 0.405, "0.4%", "The index closed up 87.5 points, or 0.4%, on Monday.");
        assertThat(GoldValue.parse("-0.4", null).carriedBy(inPoints)).isTrue();
        assertThat(GoldValue.parse("-0.4", null).carriedBy(upPoints)).isFalse();
    }

    @Test
    void aTallyIsCarriedByTheSameTwoNumbers() {
        Claim tally = stated(ClaimKind.QUANTITY, "votes", 7002, 7002, "7–2 vote", "The board approved it 7-2.");
        assertThat(GoldValue.parse("7-2", null).carriedBy(tally)).isTrue();
        assertThat(GoldValue.parse("7-1", null).carriedBy(tally)).isFalse();
        assertThat(GoldValue.parse("7", null).carriedBy(tally)).isFalse();
    }

    @Test
    void aUnitInBracketsInsideTheAttributeCountsToo() {
        assertThat(Gold.attributeUnit("cuts (basis points) still to come this year")).isEqualTo("basis points");
        assertThat(Gold.attributeUnit("number of crew (pilots excluded)")).isEmpty();
    }

    @Test
    void aGoldNumberThatLooksLikeAYearIsANumberUnlessTheAttributeIsAYear() {
        Claim acres = stated(ClaimKind.QUANTITY, "hectares", 809.2, 809.6, "809 ha", "A 2,000-acre ranch.");
        assertThat(new Gold.Quote("f", "q", "2000", null, "acres", true).parsed().carriedBy(acres)).isTrue();
        assertThat(new Gold.Quote("f", "q", "2000", null, "", false).parsed().type()).isEqualTo(GoldValue.Type.DATE);
        assertThat(new Gold.Quote("f", "q", "2000", null, "", true).parsed().carriedBy(acres)).isTrue();
        assertThat(new Gold.Quote("f", "q", "3000", null, "", true).parsed().carriedBy(acres)).isFalse();
    }
}

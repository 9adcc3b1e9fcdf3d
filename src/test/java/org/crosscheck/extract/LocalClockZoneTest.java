package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clock time that names no zone is read in the zone the article tells, or left local when it tells none. */
class LocalClockZoneTest {

    private static final LocalDate TUESDAY_IN_MARCH = LocalDate.of(2025, 3, 11);
    private static final LocalDate FRIDAY_IN_JULY = LocalDate.of(2025, 7, 18);
    private final MentionExtractor extractor = new MentionExtractor();

    private Mention time(String text, LocalDate published) {
        List<Mention> times = extractor.extract("a1", text, published).stream().filter(m -> m.kind() == ClaimKind.TIME).toList();
        assertThat(times).as("times in: %s", text).hasSize(1);
        return times.get(0);
    }

    @Test
    void aLocalTimeTakesTheZoneOfTheDateline() {
        Mention m = time("SENDAI, Japan (AP) — A strong earthquake shook the coast at 4:12 p.m. local time on Monday.", TUESDAY_IN_MARCH);
        assertThat(m.value()).isEqualTo("07:12 UTC");
        assertThat(m.cue()).startsWith("zone inferred").contains("Asia/Tokyo");
    }

    @Test
    void aPlaceNamedRightAfterTheTimeGivesItsZone() {
        Mention m = time("The first alarm sounded at 6:37 a.m. in Hawaii, officials said.", FRIDAY_IN_JULY);
        assertThat(m.value()).isEqualTo("16:37 UTC");
    }

    @Test
    void aCountryWithSeveralClocksGivesNoZone() {
        Mention m = time("Across the United States, polls closed at 8 p.m. local time.", FRIDAY_IN_JULY);
        assertThat(m.scale()).isEqualTo("local time");
        assertThat(m.value()).isEqualTo("20:00");
    }

    @Test
    void theArticlesOwnConversionTellsTheOffsetOfItsOtherLocalTimes() {
        List<Mention> times = extractor.extract("a1", "The ferry left at 21:50 local time (1950 GMT). It sank at 23:05 local time.",
                FRIDAY_IN_JULY).stream().filter(m -> m.kind() == ClaimKind.TIME).toList();
        assertThat(times).extracting(Mention::value).containsExactly("19:50 UTC", "21:05 UTC");
    }

    @Test
    void thePartOfTheDayWrittenAfterAClockSetsItsHour() {
        assertThat(time("The verdict came at 3:50 in the afternoon.", FRIDAY_IN_JULY).value()).isEqualTo("15:50");
        assertThat(time("The fire was reported at 9:30 at night.", FRIDAY_IN_JULY).value()).isEqualTo("21:30");
        assertThat(time("Crews arrived at four in the afternoon.", FRIDAY_IN_JULY).value()).isEqualTo("16:00");
    }

    @Test
    void aZoneWrittenAfterASpansEndIsItsStartsToo() {
        List<Mention> times = extractor.extract("a1", "Voting runs from 9:00 to 17:00 Geneva time on Sunday.", FRIDAY_IN_JULY).stream()
                .filter(m -> m.kind() == ClaimKind.TIME).toList();
        assertThat(times).extracting(Mention::value).containsExactly("07:00 UTC", "15:00 UTC");
    }

    @Test
    void aTownTheZoneDataDoesNotKnowKeepsItsOwnClock() {
        Mention m = time("MANILA — The fire was first reported at 6:37 am in Tarrowbay, officials there said.", FRIDAY_IN_JULY);
        assertThat(m.scale()).isEqualTo("local time");
        assertThat(m.value()).isEqualTo("06:37");
        assertThat(time("MANILA — The fire was first reported at 6:37 am in March.", FRIDAY_IN_JULY).scale()).isEqualTo("UTC time");
    }
}

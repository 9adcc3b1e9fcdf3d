package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.Test;

class ActorsTest {

    private static Report check(String first, String second) {
        return TwoArticles.check(LocalDate.of(1998, 8, 12), first, second); // a wednesday
    }

    @Test
    void differentActorsDoingTheSameThingOnDifferentDaysDoNotConflict() {
        Report r = check("TEHRAN (Xinhua) -- Iran on Saturday condemned the bombing of the U.S. embassies in Kenya and Tanzania.",
                "MANILA (AP) _ Philippine President Joseph Estrada on Tuesday condemned the bombing of the U.S. embassies in Kenya and Tanzania.");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void theSameActorOnDifferentDaysConflicts() {
        Report r = check("TEHRAN (Xinhua) -- Iran on Saturday condemned the bombing of the U.S. embassies in Kenya and Tanzania.",
                "TEHRAN (AP) _ Iran on Tuesday condemned the bombing of the U.S. embassies in Kenya and Tanzania.");
        assertThat(r.findings()).extracting(f -> f.rule()).containsExactly("Sources put a one-day event on different days");
    }

    @Test
    void aSpeakerBeforeAnAppositionIsNotWhatTheCountIsAbout() {
        Report r = check("Halvor Shipping, the vessel's operator, said all 22 crew members were accounted for.",
                "The Meridian, with its crew of 21 still aboard, remained wedged under the span.");
        assertThat(r.findings()).extracting(f -> f.attribute()).contains("number of crew");
    }

    @Test
    void anAcronymAndTheNameItAbbreviatesAreOneParticipant() {
        assertThat(FrameAligner.sameParticipants(java.util.Set.of("lpa"), java.util.Set.of("liberal progressive alliance"))).isTrue();
        assertThat(FrameAligner.sameParticipants(java.util.Set.of("lpa"), java.util.Set.of("liberal alliance"))).isFalse();
        assertThat(FrameAligner.initialism("fbi", "federal bureau of investigation")).isTrue();
    }

    @Test
    void anAllianceAPartyLeadsIsNotThatParty() {
        assertThat(FrameAligner.sameParticipants(java.util.Set.of("rpp-led people's front"), java.util.Set.of("rpp"))).isFalse();
        assertThat(FrameAligner.sameParticipants(java.util.Set.of("rpp-led people's front"), java.util.Set.of("pf"))).isTrue();
        assertThat(FrameAligner.sameParticipants(java.util.Set.of("oslo-based norvik"), java.util.Set.of("norvik"))).isTrue();
    }

    @Test
    void aCountAfterAVerbMeetsTheSameCountOfTheNounItLeavesOut() {
        Report r = check("The Unity Front, which won 211, will lead the next government.",
                "The Unity Front won 211 seats in the 400-member chamber.");
        List<String> events = r.claims().stream().filter(c -> c.value().startsWith("211")).map(c -> c.event()).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(events.get(1));
    }

    @Test
    void nearValuesOfAMeasureRunTogetherAsOneFact() {
        // a length given as 2.41, 2.58 and 2.6 km is one fact written three ways; 0.37 km is another
        assertThat(FrameAligner.clusters(java.util.Set.of("2.41/2.41", "2.58/2.58", "2.6/2.6", "0.37/0.37"))).isEqualTo(2);
        assertThat(FrameAligner.clusters(java.util.Set.of("240/240", "293/293", "99/99", "17/17"))).isEqualTo(4);
    }
}

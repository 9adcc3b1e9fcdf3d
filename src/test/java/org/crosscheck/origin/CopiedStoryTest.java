package org.crosscheck.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Pipeline;
import org.crosscheck.check.Finding;
import org.crosscheck.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One agency story, three republications of it (one changing the day the talks open) and two articles written
 * independently: support is counted by origin, and the changed day is reported as changed in copying.
 */
class CopiedStoryTest {

    private static final String AGENCY = """
            HARLOW BAY, March 2 (Meridian) — Talks between Valdoria and Kestrel on river shipping will begin in \
            Harlow Bay on Saturday, March 7, officials from both governments said on Monday.
            The delegations hope to settle a long dispute over dredging fees on the lower river before the spring thaw \
            raises the water. Harbour operators have warned that barges are already waiting for weeks at the locks near the border.
            A first round of talks collapsed last autumn when the two sides could not agree on who pays for the new channel markers.
            """;

    @TempDir
    static Path story;

    private static Report report;

    @BeforeAll
    static void checkTheStory() throws Exception {
        Files.writeString(story.resolve("agency.txt"), AGENCY);
        // a straight republication, credited
        Files.writeString(story.resolve("gazette.txt"), "Riverside Gazette | World\n\n" + AGENCY + "\nWith agency inputs.\n");
        // a republication that trims the dateline and keeps the rest
        Files.writeString(story.resolve("harbour.txt"), AGENCY.substring(AGENCY.indexOf("Talks between")));
        // a republication that changed the day
        Files.writeString(story.resolve("lowland.txt"), AGENCY.substring(AGENCY.indexOf("Talks between"))
                .replace("Saturday, March 7", "Friday, March 6"));
        Files.writeString(story.resolve("radio.txt"), """
                Valdoria's foreign ministry announced on Monday that talks with Kestrel on river shipping will begin in \
                Harlow Bay on Saturday, March 7. The ministry's spokeswoman said the talks would focus on fees for barges.
                """);
        Files.writeString(story.resolve("star.txt"), """
                Kestrel's transport minister will lead the country's delegation at the river shipping talks, which begin \
                in Harlow Bay on Saturday, March 7. She told parliament the fee dispute had cost ports millions.
                """);
        Files.writeString(story.resolve("manifest.json"), """
                {"articles": [
                  {"file": "agency.txt", "source": "Meridian News Agency", "published": "2026-03-02"},
                  {"file": "gazette.txt", "source": "Riverside Gazette", "published": "2026-03-02"},
                  {"file": "harbour.txt", "source": "Harbour Daily Online", "published": "2026-03-03"},
                  {"file": "lowland.txt", "source": "The Lowland Post", "published": "2026-03-03"},
                  {"file": "radio.txt", "source": "Valdoria Radio", "published": "2026-03-02"},
                  {"file": "star.txt", "source": "Kestrel Evening Star", "published": "2026-03-02"}
                ]}
                """);
        report = Pipeline.withRules(Path.of("rules")).run(List.of(story));
    }

    @Test
    void theRepublicationsShareTheAgencysOriginAndTheIndependentArticlesAreTheirOwn() {
        Origins origins = report.origins();
        String agency = id("agency.txt");
        assertThat(origins.originOf(id("gazette.txt"))).isEqualTo(agency);
        assertThat(origins.originOf(id("harbour.txt"))).isEqualTo(agency);
        assertThat(origins.originOf(id("lowland.txt"))).isEqualTo(agency);
        assertThat(origins.originOf(id("radio.txt"))).isEqualTo(id("radio.txt"));
        assertThat(origins.originOf(id("star.txt"))).isEqualTo(id("star.txt"));
        assertThat(origins.origin(agency).source()).isEqualTo("Meridian News Agency");
    }

    @Test
    void theChangedDayIsReportedAsChangedInCopying() {
        Finding f = startDay();
        assertThat(f.copying()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("The Lowland Post");
            assertThat(c.origin()).isEqualTo("Meridian News Agency");
            assertThat(c.sentence()).startsWith("The Lowland Post repeats Meridian News Agency's story but says ")
                    .contains("Friday").contains("where Meridian News Agency says").contains("Saturday");
        });
        assertThat(f.message()).contains("The Lowland Post repeats Meridian News Agency's story");
    }

    @Test
    void supportIsCountedByOriginNotByArticle() {
        Finding f = startDay();
        Finding.ValueGroup saturday = f.values().stream().filter(v -> v.claims().stream().anyMatch(c -> c.startsWith(id("radio.txt") + ".")))
                .findFirst().orElseThrow();
        Finding.ValueGroup friday = f.values().stream().filter(v -> v.claims().stream().anyMatch(c -> c.startsWith(id("lowland.txt") + ".")))
                .findFirst().orElseThrow();
        assertThat(saturday.articles()).isEqualTo(5);
        assertThat(saturday.origins()).containsExactly("Meridian News Agency", "Valdoria Radio", "Kestrel Evening Star");
        assertThat(friday.articles()).isEqualTo(1);
        assertThat(friday.origins()).containsExactly("The Lowland Post");
    }

    @Test
    void everyReportFormatShowsTheOriginsTheSupportAndTheChangeInCopying() throws Exception {
        String copied = "The Lowland Post repeats Meridian News Agency";
        String text = new org.crosscheck.report.TextRenderer().render(report);
        assertThat(text).contains("5 articles, 3 origins: Meridian News Agency, Valdoria Radio, Kestrel Evening Star")
                .contains("changed in copying: " + copied).contains("origins: 3 independent origins");
        assertThat(new org.crosscheck.report.MarkdownRenderer().render(report)).contains("Changed in copying").contains("5 articles, 3 origins");
        assertThat(new org.crosscheck.report.HtmlRenderer().render(report)).contains("id=\"origins\"").contains(copied)
                .contains("5 articles, 3 origins");
        String csv = new org.crosscheck.report.CsvRenderer().render(report);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",origin,origins");
        assertThat(csv).contains("The Lowland Post").contains("Meridian News Agency; Valdoria Radio; Kestrel Evening Star");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new org.crosscheck.report.JsonRenderer().render(report));
        com.fasterxml.jackson.databind.JsonNode f = json.get("findings").get(0);
        assertThat(f.get("changedInCopying").get(0).get("sentence").asText()).startsWith(copied);
        assertThat(f.get("values").findValuesAsText("articles")).containsExactlyInAnyOrder("1", "5");
        assertThat(json.get("articles").get(3).get("origin").asText()).isEqualTo(id("agency.txt"));
        assertThat(json.get("origins")).hasSize(3);
    }

    private static Finding startDay() {
        return report.findings().stream().filter(f -> f.claims().stream().anyMatch(c -> c.startsWith(id("lowland.txt") + ".")))
                .findFirst().orElseThrow(() -> new AssertionError("no finding on the changed day: " + report.findings()));
    }

    private static String id(String file) {
        return report.articles().stream().filter(a -> a.file().equals(file)).findFirst().orElseThrow().id();
    }
}

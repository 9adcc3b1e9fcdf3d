package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    private final CorpusReader reader = new CorpusReader();

    @Test
    void manifestListsExactlyTheArticlesWithSourceAndDate() throws InputException {
        Corpus c = reader.read(List.of(Path.of("fixtures/trade-talks-kl")));
        assertThat(c.articles()).hasSize(5);
        Article first = c.articles().get(0);
        assertThat(first.id()).isEqualTo("a1");
        assertThat(first.file()).isEqualTo("000_6edb10fc74c1f9b2.txt");
        assertThat(first.source()).isEqualTo("Rewrite A (unattributed)");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 10, 23));
    }

    @Test
    void frontMatterHtmlMetaAndJsonFieldsGiveSourceAndDate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\nsource: Coastal Daily\npublished: 2025-03-04\n---\nTalks began on Saturday.\n");
        Files.writeString(dir.resolve("b.html"), "<html><head><meta property=\"og:site_name\" content=\"Broadcaster\">"
                + "<meta property=\"article:published_time\" content=\"2025-03-05T08:30:00Z\"></head><body>"
                + "<p>Talks began on Saturday.</p><script>var x = 1;</script></body></html>");
        Files.writeString(dir.resolve("c.json"), "{\"source\": \"Wire\", \"published\": \"2025-03-06\", \"text\": \"Talks began on Saturday.\"}");
        Corpus c = reader.read(List.of(dir));
        assertThat(c.articles()).extracting(Article::source).containsExactly("Coastal Daily", "Broadcaster", "Wire");
        assertThat(c.articles()).extracting(Article::published)
                .containsExactly(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6));
        assertThat(c.articles()).extracting(Article::text).allMatch(t -> t.strip().equals("Talks began on Saturday."));
    }

    @Test
    void inputOrderDoesNotChangeIds(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "First article.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Second article.");
        assertThat(reader.read(List.of(b, a)).articles()).isEqualTo(reader.read(List.of(a, b)).articles());
    }

    @Test
    void latin1BytesAreReadWithAWarningInsteadOfLost(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("x.txt"), "Caf\u00e9 talks on Friday.".getBytes(StandardCharsets.ISO_8859_1));
        Corpus c = reader.read(List.of(dir));
        assertThat(c.articles().get(0).text()).isEqualTo("Caf\u00e9 talks on Friday.");
        assertThat(c.warnings()).anyMatch(w -> w.contains("x.txt") && w.contains("Windows-1252"));
    }

    @Test
    void binaryAndEmptyFilesAreSkippedWithAWarningNamingThem(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(dir.resolve("empty.txt"), "  \n");
        Files.writeString(dir.resolve("story.txt"), "Talks began on Saturday.");
        Corpus c = reader.read(List.of(dir));
        assertThat(c.articles()).hasSize(1);
        assertThat(c.warnings()).anyMatch(w -> w.startsWith("photo.txt: looks like a binary file"))
                .anyMatch(w -> w.startsWith("empty.txt: empty"));
    }

    @Test
    void brokenManifestNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"articles\": [\n  {\"file\": \"a.txt\",}\n]}");
        assertThatThrownBy(() -> reader.read(List.of(dir))).isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("manifest.json") + ": not valid JSON at line 2");
    }

    @Test
    void impossiblePublicationDateIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Talks.");
        Files.writeString(dir.resolve("manifest.json"), "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"2025-02-30\"}]}");
        assertThatThrownBy(() -> reader.read(List.of(dir))).hasMessageContaining("\"2025-02-30\" is not a real date");
    }

    @Test
    void manifestEntriesCannotPointOutsideTheFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"articles\": [{\"file\": \"../../etc/passwd\"}]}");
        assertThatThrownBy(() -> reader.read(List.of(dir))).hasMessageContaining("outside the manifest's folder");
    }

    @Test
    void missingPublicationDateIsAllowed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Talks are due to start on Saturday.");
        assertThat(reader.read(List.of(dir)).articles().get(0).published()).isNull();
    }

    @Test
    void aPageWithoutADateGivesTheOneItsOwnDateLineStates(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("brief.txt"), "Harbour Brief | The short version\n\nUpdated 2025-03-04 18:40 ET\n\nThe port reopened on Tue., March 4.\n");
        Files.writeString(dir.resolve("post.txt"), "Posted: Sept. 9, 2025\nThe ferry sailed on Tuesday.\n");
        Files.writeString(dir.resolve("plain.txt"), "The ferry sailed on Tuesday.\nIt was updated daily.\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"articles\": [{\"file\": \"brief.txt\", \"source\": \"Brief\", \"published\": null},"
                + "{\"file\": \"post.txt\", \"source\": \"Post\"}, {\"file\": \"plain.txt\", \"source\": \"Plain\"}]}");
        Corpus c = reader.read(List.of(dir));
        assertThat(c.articles()).extracting(Article::published).containsExactly(LocalDate.of(2025, 3, 4), null, LocalDate.of(2025, 9, 9)); // brief, plain, post
        assertThat(c.warnings()).anyMatch(w -> w.startsWith("brief.txt") && w.contains("2025-03-04") && w.contains("date line"));
    }
}

package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void findingBecomesASectionWithATableOfWhoSaysWhat() {
        String md = renderer.render(Reports.talks());

        assertThat(md).startsWith("# crosscheck report\n\n**2 articles** from **2 sources**, 4 claims, **1 findings** (1 error, 0 warning, 0 info)");
        assertThat(md).contains("## ERROR F1: Sources disagree on the start date of talks\n",
                "| **2025-10-24** | Wire A | 2025-10-23 | wire-a.txt:1:32 | The trade talks will resume on **Friday** in the capital. |",
                "| **2025-10-25** | Wire B | 2025-10-23 | wire-b.txt:1:28 | The talks, due to start on **Saturday**, follow weeks of tension. |",
                "_Why:_ An event starts only once.");
    }

    @Test
    void agreementsAreListedAfterTheFindings() {
        assertThat(renderer.render(Reports.talks())).contains("## Agreements", "- tariffs — rate: **100%** (Wire A, Wire B)");
    }

    @Test
    void articleTextCannotAddMarkupLinksOrTableCells() {
        String md = renderer.render(ReportEscapingTest.hostile());

        // Every < and ] arrives backslash-escaped, so no tag opens and no link closes.
        assertThat(md).doesNotContainPattern("(?<!\\\\)<").doesNotContainPattern("(?<!\\\\)]");
        String[] rows = md.lines().filter(l -> l.startsWith("| **")).toArray(String[]::new);
        assertThat(rows).hasSize(2);
        for (String row : rows) {
            // Unescaped pipes only: the six that delimit five cells.
            long pipes = row.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|').count();
            assertThat(pipes).as(row).isEqualTo(6);
        }
        assertThat(Arrays.stream(md.split("\n")).filter(l -> l.startsWith("#"))).allMatch(l -> l.startsWith("# ") || l.startsWith("## "));
    }

    @Test
    void escapeBackslashesMarkdownPunctuationAndFlattensLines() {
        assertThat(MarkdownRenderer.escape("*a* [b](c) <d> |e| `f`\ng")).isEqualTo("\\*a\\* \\[b\\](c) \\<d\\> \\|e\\| \\`f\\` g");
    }
}

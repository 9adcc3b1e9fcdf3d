package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.hostile.Cli.write;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: hostile sources, file names and article text never reach a spreadsheet as a formula. */
class CsvReportTest {

    @Test
    void noCsvCellStartsWithAFormulaCharacter(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("story");
        write(story.resolve("=cmd.txt"), "=SUM(1) The talks open on Friday, October 24, 2025, and 300 delegates attend.");
        write(story.resolve("@b.txt"), "-1 The talks open on Saturday, October 25, 2025, and 450 delegates attend.");
        write(story.resolve("manifest.json"), """
                {"articles": [
                  {"file": "=cmd.txt", "source": "=HYPERLINK(\\"http://evil\\",\\"click\\")", "published": "2025-10-20"},
                  {"file": "@b.txt", "source": "+cmd|' /C calc'!A0", "published": "2025-10-20"}
                ]}""");
        Cli r = Cli.run("check", "--format", "csv", "--fail-on", "never", "--rules", Cli.RULES.toString(), story.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).as(r.out()).isNotEmpty();
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(rows).extracting(row -> row.get("source")).contains("'=HYPERLINK(\"http://evil\",\"click\")", "'+cmd|' /C calc'!A0");
        assertThat(rows).extracting(row -> row.get("file")).contains("'=cmd.txt", "'@b.txt");
    }
}

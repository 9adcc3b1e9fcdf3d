package org.crosscheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 100,000 tiny articles: refused from the listing alone, quickly, with one line saying what to do. */
@Tag("slow")
class ManyArticlesTest {

    @Test
    void hundredThousandTinyArticlesAreRefusedQuicklyWithOneLine(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 100_000; i++) {
            Files.writeString(dir.resolve(String.format("a%06d.txt", i)), "Talks open on Friday, October " + (1 + i % 28) + ", 2025.");
        }
        Instant start = Instant.now();
        Cli r = Cli.checkJson(dir.toString());
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.firstErrLine()).isEqualTo("crosscheck: " + dir + ": 100000 article files, more than the 10000 one run can"
                + " compare; split them into one folder per story (or raise the limit with CROSSCHECK_JAVA_OPTS=-Dcrosscheck.maxArticles=N)");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }
}

package org.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Role;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.Claim;
import org.crosscheck.origin.Origin;
import org.crosscheck.origin.Origins;
import org.crosscheck.report.Reports;
import org.junit.jupiter.api.Test;

class SupportTest {

    @Test
    void twoOriginsAgainstOneChangedCopyAreStrongerSupportThanFiveCopiesOfOneOriginAgainstOneOther() {
        // two origins (a wire and an independent article) say the 8th; a copy of the wire says the 9th
        Reports a = new Reports();
        List<Article> arts = List.of(a.article("w.txt", "Wire", "2026-01-01", "on the 8th"), a.article("i.txt", "Indie", "2026-01-01", "on the 8th"),
                a.article("c.txt", "Copy", "2026-01-02", "on the 9th"));
        Map<String, List<Claim>> twoVsCopy = values(a, arts, "8", "8", "9");
        Support strong = Support.of(twoVsCopy, new Origins(List.of(origin("Wire", "a1", "a3"), origin("Indie", "a2"))));

        // five copies of one story say the 8th; one other article says the 9th
        Reports b = new Reports();
        List<Article> more = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            more.add(b.article("c" + i + ".txt", "Outlet " + i, "2026-01-01", "on the 8th"));
        }
        more.add(b.article("o.txt", "Other", "2026-01-01", "on the 9th"));
        Map<String, List<Claim>> copiesVsOne = values(b, more, "8", "8", "8", "8", "8", "9");
        Support weak = Support.of(copiesVsOne, new Origins(List.of(origin("Wire", "a1", "a2", "a3", "a4", "a5"), origin("Other", "a6"))));

        assertThat(strong.independence()).isGreaterThan(weak.independence());
        assertThat(strong.origins("8")).containsExactly("Wire", "Indie");
        assertThat(strong.origins("9")).containsExactly("Copy");
        assertThat(strong.copying()).singleElement().satisfies(c -> assertThat(c.sentence())
                .isEqualTo("Copy repeats Wire's story but says 9 (\"the 9th\") where Wire says 8 (\"the 8th\")"));
        assertThat(weak.articles("8")).isEqualTo(5);
        assertThat(weak.origins("8")).containsExactly("Wire");
        assertThat(weak.copying()).isEmpty();
    }

    @Test
    void withoutOriginsEveryArticleIsItsOwnAndConfidenceIsUntouched() {
        Reports r = new Reports();
        List<Article> arts = List.of(r.article("x.txt", "X", "2026-01-01", "on the 8th"), r.article("y.txt", "Y", "2026-01-01", "on the 9th"));
        Support s = Support.of(values(r, arts, "8", "9"), Origins.none());
        assertThat(s.independence()).isEqualTo(1.0);
        assertThat(s.origins("8")).containsExactly("X");
        assertThat(s.copying()).isEmpty();
    }

    @Test
    void copiesThatDisagreeWithoutTheirOriginalAndWithoutAMajorityAreNotSaidToHaveChangedIt() {
        Reports r = new Reports();
        List<Article> arts = List.of(r.article("x.txt", "X", "2026-01-01", "on the 8th"), r.article("y.txt", "Y", "2026-01-01", "on the 9th"),
                r.article("w.txt", "Wire", "2026-01-01", "nothing dated"));
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        byValue.put("8", List.of(r.claim(arts.get(0), "the 8th", ClaimKind.DATE, Role.STARTS, "talks", "start date", 0, 0, "8")));
        byValue.put("9", List.of(r.claim(arts.get(1), "the 9th", ClaimKind.DATE, Role.STARTS, "talks", "start date", 0, 0, "9")));
        Support s = Support.of(byValue, new Origins(List.of(origin("Wire", "a3", "a1", "a2"))));
        assertThat(s.copying()).isEmpty();
        assertThat(s.origins("8")).containsExactly("Wire");
        assertThat(s.origins("9")).containsExactly("Wire");
    }

    private static Origin origin(String source, String... members) {
        return new Origin(members[0], source, List.of(members), List.of());
    }

    private static Map<String, List<Claim>> values(Reports r, List<Article> arts, String... values) {
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        for (int i = 0; i < arts.size(); i++) {
            String v = values[i];
            Claim c = r.claim(arts.get(i), "the " + v + "th", ClaimKind.DATE, Role.STARTS, "talks", "start date", 0, 0, v);
            byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(c);
        }
        return byValue;
    }
}

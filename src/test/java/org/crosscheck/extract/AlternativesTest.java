package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<String> TEXTS = List.of(
            "About 12 boats, nearly ninety-nine rafts and one hundred canoes left Orvel harbour.",
            "Some sixty-six, sixteen or six skiffs; a dozen dinghies, ABOUT seven yachts, \u212Aeels \u017Fome 4.",
            "at least 30, at most 40, approx. 50 and approximately 60 were counted", "", "x");

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            StringBuilder groups = new StringBuilder();
            for (int g = 0; g <= m.groupCount(); g++) {
                groups.append(m.start(g)).append('-').append(m.end(g)).append(' ');
            }
            out.add(groups.toString());
        }
        return out;
    }

    @Test
    void groupsByFirstLetterKeepingTheOrderWithinALetter() {
        assertThat(Alternatives.grouped("about|roughly|around|a|\\d+|some|six|sixty"))
                .isEqualTo("a(?:bout|round|)|roughly|\\d+|s(?:ome|ix|ixty)");
    }

    @Test
    void leavesCaseVariantsAndQuantifiedLettersAlone() {
        assertThat(Alternatives.grouped("about|About|around")).isEqualTo("about|About|around");
        assertThat(Alternatives.grouped("a?b|ac|ad")).isEqualTo("a?b|a(?:c|d)");
    }

    @Test
    void groupedPatternsMatchWhatTheListMatched() {
        List<String> lists = List.of("about|around|approximately|approx\\.|at least|a|an|above",
                "six|sixty(?:-six)?|sixteen|seven|one|one hundred|a dozen|dozen",
                "one hundred|one|ninety(?:[-\\s]nine)?|nine|nearly");
        for (String list : lists) {
            for (String tail : List.of("", "\\b", "\\s+(?<n>\\d+|[a-z]+)", "(?=\\s)")) {
                for (int flags : new int[] {0, CI, Pattern.CASE_INSENSITIVE}) {
                    Pattern plain = Pattern.compile("(?:" + list + ")" + tail, flags);
                    Pattern grouped = Pattern.compile("(?:" + Alternatives.grouped(list) + ")" + tail, flags);
                    for (String t : TEXTS) {
                        assertThat(matches(grouped, t)).as(list + tail + " on " + t).isEqualTo(matches(plain, t));
                    }
                }
            }
        }
    }
}

package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartGateTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<String> TEXTS = List.of(
            "About 12 people were killed and twenty-one hurt, officials said.",
            "The chairman, 61, said prices rose 4.5% (from 3.9 per cent) in Q3.",
            "KELVIN \u212A and Straße: \u201Cnearly $1.2bn\u201D \u2014 up 3 points.",
            "At 72, she ran the 100m in 11.2s; Smith (45) was second.",
            "nothing here at all", "", "x");

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void aGatedPatternMatchesExactlyWhatThePlainOneMatches() {
        List<String> regexes = List.of(
                "(?<![\\w.,])(?<hedge>(?:about|nearly|up)\\s+)?(?:\\$\\s?\\d+(?:\\.\\d+)?(?:bn|m)?|\\d+\\s?(?:people|points))",
                "\\b(?:(?<a>\\d{1,3})-year-old|(?-i:(?<=\\p{Lu}\\p{Ll}{1,30}))\\s\\((?<b>\\d{2})\\)|^At\\s(?<c>\\d{2,3}),)",
                "(?:twenty|thirty)(?:[-\\s](?:one|two))?|\\d+(?:\\.\\d+)?\\s?(?:%|per\\s?cent)",
                "[\u212A]elvin|stra(?i:SSE)|\u2014\\s\\w+", "(?i)k\\w+", "\\d*\\.?\\d+s\\b", "[^a-z ]+");
        for (String r : regexes) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, CI}) {
                Pattern plain = Pattern.compile(r, flags);
                Pattern gated = StartGate.compile(r, flags);
                for (String t : TEXTS) {
                    assertThat(matches(gated, t)).as(r + " on " + t).isEqualTo(matches(plain, t));
                    TextChars chars = new TextChars(t, 0, t.length());
                    if (!matches(plain, t).isEmpty()) {
                        assertThat(StartGate.mayMatch(gated, chars)).as(r + " may match " + t).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void aTextWithoutWhatEveryMatchContainsIsPassedOver() {
        Pattern speed = StartGate.compile("\\d+\\s?(?:mph|km/h|knots?)\\b", CI);
        String calm = "The wind dropped overnight.";
        String windy = "Gusts reached 90 MPH.";
        assertThat(StartGate.mayMatch(speed, new TextChars(calm, 0, calm.length()))).isFalse();
        assertThat(StartGate.mayMatch(speed, new TextChars(windy, 0, windy.length()))).isTrue();
    }

    @Test
    void aPatternWhoseStartCannotBeToldIsCompiledAsItIs() {
        assertThat(StartGate.compile(".*x").pattern()).isEqualTo(".*x");
        assertThat(StartGate.compile("(a)\\1").pattern()).isEqualTo("(a)\\1");
        assertThat(StartGate.compile("a?").pattern()).isEqualTo("a?");
        Pattern anything = StartGate.compile("(?:x|.)y");
        assertThat(anything.pattern()).isEqualTo("(?:x|.)y");
        // what every match contains can still be told: the "y"
        assertThat(StartGate.mayMatch(anything, new TextChars("zz", 0, 2))).isFalse();
        assertThat(StartGate.mayMatch(anything, new TextChars("zY", 0, 2))).isTrue();
    }
}

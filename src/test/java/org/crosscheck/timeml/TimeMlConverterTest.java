package org.crosscheck.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlConverterTest {

    private static final String HEAD = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>T1</DOCID>\n"
            + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-10-23\" temporalFunction=\"false\" "
            + "functionInDocument=\"CREATION_TIME\">2025-10-23</TIMEX3></DCT>\n";
    private static final String TEXT = "<TEXT>\nTalks will <EVENT eid=\"e1\" class=\"OCCURRENCE\">resume</EVENT> "
            + "<SIGNAL sid=\"s1\">on</SIGNAL> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-10-24\">Friday</TIMEX3> "
            + "in AT&amp;T&apos;s hall &lt;Kuala Lumpur&gt; for a 90-day truce.\n</TEXT>\n";
    private static final String TAIL = "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"FUTURE\"/>\n</TimeML>\n";

    private static String withoutTags(String s) {
        return s.replaceAll("<[^>]+>", "");
    }

    @Test
    void rewritesTimexTagsAndLeavesEverythingElseAsItWas(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.writeString(in.resolve("doc.tml"), HEAD + TEXT + TAIL, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.txt"), "not TimeML", StandardCharsets.UTF_8);

        TimeMlConverter.Summary summary = TimeMlConverter.convert(in, out);

        assertThat(summary.files()).isEqualTo(1);
        assertThat(summary.words()).isGreaterThan(10);
        String result = Files.readString(out.resolve("doc.tml"), StandardCharsets.UTF_8);
        assertThat(result).startsWith(HEAD).endsWith(TAIL);
        String body = result.substring(HEAD.length(), result.length() - TAIL.length());
        assertThat(withoutTags(body)).isEqualTo(withoutTags(TEXT));
        assertThat(body).doesNotContain("<EVENT").doesNotContain("<SIGNAL");
        assertThat(body).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-10-24\">Friday</TIMEX3>");
        assertThat(body).contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P90D\">90-day</TIMEX3>");
        assertThat(body).contains("AT&amp;T&apos;s hall &lt;Kuala Lumpur&gt;");
        assertThat(Files.exists(out.resolve("notes.txt"))).isFalse();
    }

    @Test
    void offsetsAfterEntitiesLandOnTheRightCharacters() {
        String doc = HEAD + "<TEXT>&quot;A&amp;B&quot; met on Sunday &#233;t&#xE9; 2019.</TEXT>\n";
        TimeMlConverter.Converted c = TimeMlConverter.convertDocument(doc, new org.crosscheck.extract.time.TemporalTagger());
        assertThat(c.document()).contains("met on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-10-19\">Sunday</TIMEX3> &#233;t&#xE9; "
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2019\">2019</TIMEX3>.");
    }

    @Test
    void aRangeIsWrittenAsTwoTimexTagsLikeTimeBank() {
        String doc = HEAD + "<TEXT>He will visit from October 24 to 27.</TEXT>\n";
        TimeMlConverter.Converted c = TimeMlConverter.convertDocument(doc, new org.crosscheck.extract.time.TemporalTagger());
        assertThat(c.document()).contains("from <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-10-24\">October 24</TIMEX3> to "
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2025-10-27\">27</TIMEX3>.");
    }

    @Test
    void documentWithoutTextIsCopiedUnchanged() {
        String doc = "<TimeML><DOCID>x</DOCID></TimeML>";
        assertThat(TimeMlConverter.convertDocument(doc, new org.crosscheck.extract.time.TemporalTagger()).document()).isEqualTo(doc);
    }
}

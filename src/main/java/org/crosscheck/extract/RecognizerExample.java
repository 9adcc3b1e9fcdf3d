package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * An example sentence a recognizer carries: the publication date it is read against, the claims it must yield and
 * those it must not, each written "kind value" as the report shows them ("rate 5.7%", "count 57 seats",
 * "date 2024-07-05", "time 21:00 UTC"). A claim that must not be yielded may be written as a kind alone ("count").
 *
 * @param sentence  the text, written anew like news copy
 * @param published the publication date relative days resolve against, or null
 * @param yields    claims the whole pipeline of recognizers must find in it
 * @param never     claims it must not find
 */
public record RecognizerExample(String sentence, LocalDate published, List<String> yields, List<String> never) {

    public RecognizerExample {
        yields = List.copyOf(yields);
        never = List.copyOf(never);
    }

    /** An example read against a publication date given as ISO text. */
    public static RecognizerExample of(String sentence, String published, List<String> yields, List<String> never) {
        return new RecognizerExample(sentence, published == null ? null : LocalDate.parse(published), yields, never);
    }

    /** "kind value" of a mention, as examples write it. */
    public static String describe(Mention m) {
        return m.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + m.value();
    }
}

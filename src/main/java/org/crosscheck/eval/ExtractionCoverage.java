package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.normalize.Claim;

/**
 * Of the quotes that gold marks, how many yield a claim, how many a claim of the right kind, and, where the gold
 * value is a date, a time, a number or a duration, how many a claim that carries that value.
 *
 * @param quotes     gold quotes located in their articles
 * @param withClaim  quotes with at least one claim on them
 * @param rightKind  quotes with a claim of a kind that can state the gold value
 * @param valued     quotes whose gold value is a date, time, number or duration
 * @param rightValue of those, quotes with a claim that carries the gold value
 * @param missing    quotes that yield no claim of the right kind ("file: quote (value)"), for --verbose
 * @param wrongValue quotes whose claims of the right kind all carry another value, with what they carry
 */
public record ExtractionCoverage(int quotes, int withClaim, int rightKind, int valued, int rightValue,
                                 List<String> missing, List<String> wrongValue) {

    public ExtractionCoverage {
        missing = List.copyOf(missing);
        wrongValue = List.copyOf(wrongValue);
    }

    ExtractionCoverage plus(ExtractionCoverage o) {
        List<String> m = new ArrayList<>(missing);
        m.addAll(o.missing);
        List<String> w = new ArrayList<>(wrongValue);
        w.addAll(o.wrongValue);
        return new ExtractionCoverage(quotes + o.quotes, withClaim + o.withClaim, rightKind + o.rightKind, valued + o.valued,
                rightValue + o.rightValue, m, w);
    }

    static ExtractionCoverage of(GoldQuotes quotes) {
        int n = 0;
        int with = 0;
        int kind = 0;
        int valued = 0;
        int right = 0;
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (GoldQuotes.Located l : quotes.all()) {
            n++;
            GoldValue v = l.quote().parsed();
            List<Claim> on = quotes.claimsOn(l);
            if (!on.isEmpty()) {
                with++;
            }
            List<Claim> ofKind = on.stream().filter(c -> v.admits(c.kind())).toList();
            String where = l.group().id() + " " + l.quote().file() + ": \"" + l.quote().quote() + "\" (" + l.quote().value() + ")";
            if (ofKind.isEmpty()) {
                missing.add(where + (on.isEmpty() ? "" : " — only " + String.join(", ", on.stream().map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + c.value()).toList())));
            } else {
                kind++;
            }
            if (v.type() != GoldValue.Type.PLACE) {
                valued++;
                if (ofKind.stream().anyMatch(v::carriedBy)) {
                    right++;
                } else if (!ofKind.isEmpty()) {
                    wrong.add(where + " — " + String.join(", ", ofKind.stream().map(Claim::value).toList()));
                }
            }
        }
        return new ExtractionCoverage(n, with, kind, valued, right, missing, wrong);
    }
}

package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.check.Finding;
import org.crosscheck.origin.Origin;
import org.crosscheck.origin.OriginLink;

/** How renderers word a value's support and a run's shared origins, so every format says the same. */
final class SupportText {

    private SupportText() {}

    /** "5 articles, 3 origins: Meridian, Valdoria Radio, Kestrel Evening Star". */
    static String of(Finding.ValueGroup v) {
        return v.articles() + (v.articles() == 1 ? " article, " : " articles, ") + v.origins().size()
                + (v.origins().size() == 1 ? " origin: " : " origins: ") + String.join(", ", v.origins());
    }

    /** The origins that more than one article carries, each as "Reuters: a2 (source), a1 (source, evidence), ...". */
    static List<String> shared(Report r) {
        List<String> out = new ArrayList<>();
        for (Origin o : r.origins().origins()) {
            if (!o.shared()) {
                continue;
            }
            List<String> members = new ArrayList<>();
            members.add(o.id() + " " + r.article(o.id()).source() + " (likeliest original)");
            for (OriginLink l : o.links()) {
                members.add(l.article() + " " + r.article(l.article()).source() + " (" + l.describe() + " with " + l.basis() + ")");
            }
            out.add(o.source() + ": " + String.join("; ", members));
        }
        return out;
    }

    /** "6 articles from 4 independent origins": the summary line's addition when some articles share an origin. */
    static String summary(Report r) {
        long shared = r.origins().shared();
        return shared == 0 ? "" : r.origins().origins().size() + " independent origins (" + shared
                + (shared == 1 ? " story carried by several articles)" : " stories carried by several articles)");
    }
}

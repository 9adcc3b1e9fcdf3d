package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.time.Timex;

/**
 * One sentence as the recognizers see it: its text and tokens, the temporal expressions the tagger found in it,
 * the article's publication date, and the spans earlier recognizers already claimed. Recognizers add their
 * mentions here, so a value is read once: "4:10 p.m." is a time, not also a count of 4.
 */
public final class SentenceText {

    private static final int CONTEXT_WINDOW = 10;

    private final String article;
    private final String text;
    private final Span span;
    private final List<Token> tokens;
    private final List<Timex> timexes;
    private final LocalDate published;
    private final List<Span> taken = new ArrayList<>();
    private final List<Mention> found = new ArrayList<>();
    private TextChars chars;

    public SentenceText(String article, String text, Span span, List<Token> tokens, List<Timex> timexes, LocalDate published) {
        this.article = article;
        this.text = text;
        this.span = span;
        this.tokens = tokens;
        this.timexes = timexes;
        this.published = published;
    }

    public String article() {
        return article;
    }

    /** The whole article's text: offsets index into it. */
    public String text() {
        return text;
    }

    public Span span() {
        return span;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The temporal expressions that start inside this sentence, in order. */
    public List<Timex> timexes() {
        return timexes;
    }

    /** The article's publication date, or null. */
    public LocalDate published() {
        return published;
    }

    /**
     * A matcher of {@code p} over this sentence; over an empty region at its end when the sentence has none of what
     * every match of {@code p} contains (see {@link StartGate}), so the pattern is not run where it cannot match.
     */
    public java.util.regex.Matcher matcher(java.util.regex.Pattern p) {
        java.util.regex.Matcher m = p.matcher(text);
        return StartGate.mayMatch(p, chars()) ? m.region(span.start(), span.end()) : m.region(span.end(), span.end());
    }

    /** The characters of this sentence, read once for every pattern that asks. */
    public TextChars chars() {
        if (chars == null) {
            chars = new TextChars(text, span.start(), span.end());
        }
        return chars;
    }

    /** The mentions found so far in this sentence, in the order they were added. */
    public List<Mention> mentions() {
        return found;
    }

    /** True when no earlier mention overlaps [start, end). */
    public boolean free(int start, int end) {
        for (Span t : taken) {
            if (t.overlaps(start, end)) {
                return false;
            }
        }
        return true;
    }

    /** Marks a span as read without a mention: a value that is not a claim ("Flight 7C2216"). */
    public void take(int start, int end) {
        taken.add(new Span(start, end));
    }

    /** Adds a mention (null is ignored) and claims its span. */
    public void add(Mention m) {
        if (m != null) {
            found.add(m);
            taken.add(new Span(m.start(), m.end()));
        }
    }

    /** Replaces a mention found earlier (a conversion that turned out to be a time in another zone). */
    public void replace(Mention old, Mention with) {
        int i = found.indexOf(old);
        if (i >= 0) {
            found.set(i, with);
        }
    }

    /** The text between two offsets inside this sentence. */
    public String between(int from, int to) {
        return text.substring(Math.max(span.start(), from), Math.min(span.end(), Math.max(from, to)));
    }

    /**
     * A mention of this sentence. Trailing spaces leave the quote; the head is the word the value is about (the
     * counted noun, the noun after a rate, or the nearest content word to the left).
     */
    public Mention mention(ClaimKind kind, Role role, int start, int end, double low, double high, String scale, String value,
                           String precision, Bound bound, String cueOrNoun, boolean vague) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String head = head(kind, start, end, cueOrNoun);
        String cue = kind == ClaimKind.DATE || kind == ClaimKind.TIME || kind == ClaimKind.PLACE ? cueOrNoun : "";
        return new Mention(article, kind, role, text.substring(start, end), start, end, span, low, high, scale, value,
                precision, bound, head, cue, Map.of(), vague, java.util.Set.of(), java.util.Set.of(), null);
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private String head(ClaimKind kind, int start, int end, String noun) {
        if ((kind == ClaimKind.COUNT || kind == ClaimKind.ORDINAL) && !noun.isEmpty()) {
            return noun.toLowerCase(java.util.Locale.ROOT);
        }
        int after = tokenAt(end);
        if (kind == ClaimKind.RATE || kind == ClaimKind.DURATION || kind == ClaimKind.QUANTITY) {
            for (int i = after; i < tokens.size() && i < after + 3; i++) {
                Token t = tokens.get(i);
                if (!t.isWord() || Lexicon.isStopword(t.lower())) {
                    break;
                }
                if (!Lexicon.isModifier(t.lower())) {
                    return t.lower();
                }
            }
        }
        int before = tokenAt(start) - 1;
        for (int i = before; i >= 0 && i > before - CONTEXT_WINDOW; i--) {
            Token t = tokens.get(i);
            if (t.isClauseBreak()) {
                break;
            }
            // a capitalized word is a name, except the first word of a sentence ("Turnout was 61%")
            boolean name = t.isCapitalized() && i > 0;
            if (t.isWord() && !Lexicon.isStopword(t.lower()) && !Lexicon.isModifier(t.lower()) && !name
                    && Lexicon.roleCue(t.lower()) == null && !Lexicon.isReporting(t.lower())) {
                return t.lower();
            }
        }
        for (int i = after; i < tokens.size() && i < after + CONTEXT_WINDOW; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !Lexicon.isStopword(t.lower()) && !t.isCapitalized() && Lexicon.roleCue(t.lower()) == null) {
                return t.lower();
            }
        }
        return "";
    }
}

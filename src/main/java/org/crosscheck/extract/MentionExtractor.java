package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.Set;
import org.crosscheck.extract.frame.ClaimFrame;
import org.crosscheck.extract.frame.FrameReader;
import org.crosscheck.extract.recognize.CountRecognizer;
import org.crosscheck.extract.recognize.DateTimeRecognizer;
import org.crosscheck.extract.recognize.DurationRecognizer;
import org.crosscheck.extract.recognize.PlaceRecognizer;
import org.crosscheck.extract.recognize.QuantityRecognizer;
import org.crosscheck.extract.recognize.RateRecognizer;
import org.crosscheck.extract.time.TemporalTagger;
import org.crosscheck.extract.time.Timex;

/**
 * Finds every dated, counted or measured statement in an article, sentence by sentence: the recognizers of each
 * kind of claim read it in turn (dates and times first, so "4:10 p.m." is never also a count), page furniture is
 * left out, and each value gets the frame its sentence gives it.
 */
public final class MentionExtractor {

    private static final List<Recognizer> AFTER_TIMES = List.of(new RateRecognizer(), new QuantityRecognizer(),
            new DurationRecognizer(), new CountRecognizer(), new PlaceRecognizer());

    /** The outcome a count's scale names in brackets: "count of people (dead)". */
    private static final java.util.regex.Pattern OUTCOME = java.util.regex.Pattern.compile("\\((\\w+)\\)");

    private final TemporalTagger tagger = new TemporalTagger();
    private final FrameReader frameReader = new FrameReader();

    /** The recognizers in the order they read a sentence, for an article whose zones {@code zones} tells (or null). */
    public static List<Recognizer> recognizers(org.crosscheck.extract.recognize.ArticleZones zones) {
        List<Recognizer> all = new ArrayList<>();
        all.add(new DateTimeRecognizer(zones));
        all.addAll(AFTER_TIMES);
        return all;
    }

    /** All mentions in {@code text}, ordered by offset; dates resolved against {@code published} when given. */
    public List<Mention> extract(String article, String text, LocalDate published) {
        List<Mention> out = new ArrayList<>();
        List<Timex> timexes = tagger.tag(text, published);
        List<Span> furniture = PageFurniture.of(text);
        List<Span> sentences = SentenceSplitter.split(text);
        List<List<Token>> tokenized = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            tokenized.add(Token.of(text, sentence.start(), sentence.end()));
        }
        Set<String> names = FrameReader.namesOf(tokenized);
        Set<String> places = FrameReader.placesOf(tokenized);
        int year = published == null ? 0 : published.getYear();
        List<Recognizer> recognizers = recognizers(org.crosscheck.extract.recognize.ArticleZones.of(text, timexes, published));
        int next = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Span sentence = sentences.get(si);
            while (next < timexes.size() && timexes.get(next).start() < sentence.start()) {
                next++;
            }
            int last = next;
            while (last < timexes.size() && timexes.get(last).start() < sentence.end()) {
                last++;
            }
            if (PageFurniture.inside(furniture, sentence.start(), sentence.end())) {
                continue;
            }
            SentenceText s = new SentenceText(article, text, sentence, tokenized.get(si), timexes.subList(next, last), published);
            for (Recognizer r : recognizers) {
                r.find(s);
            }
            out.addAll(framed(text, s.mentions().stream().map(m -> edition(text, m)).toList(), tokenized.get(si), names, places, year));
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /** A name written right before a bare year: "Tokyo 2020", "Paris 2024 champion". */
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("(?<![.!?]\\s)\\b\\p{Lu}\\p{Ll}{2,}\\s$");
    private static final Set<String> NOT_NAMES = Set.of("In", "Since", "From", "Until", "Before", "After", "By", "Of",
            "The", "And", "Or", "During", "Through", "To", "For", "Mid", "Early", "Late", "Spring", "Summer", "Autumn",
            "Fall", "Winter", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
            "Nov", "Dec");

    /**
     * A year written right after a name is the name of an edition of something ("the Tokyo 2020 champion", "since
     * London 2012"), which may not be held in that year: it dates nothing a source could contradict.
     */
    private static Mention edition(String text, Mention m) {
        if (m.kind() != ClaimKind.DATE || !m.quote().matches("\\d{4}") || m.start() < 4) {
            return m;
        }
        String before = text.substring(Math.max(m.sentence().start(), m.start() - 20), m.start());
        java.util.regex.Matcher e = EDITION.matcher(before);
        if (!e.find() || NOT_NAMES.contains(e.group().strip()) || e.start() == 0 && m.start() - 20 <= m.sentence().start()) {
            return m;
        }
        return m.withVague(true);
    }

    /** What a count counts, as its recognizer read it: "count of people (dead)" → "people dead", a toll → "toll". */
    private static String hint(Mention m) {
        if (m.kind() == ClaimKind.QUANTITY) {
            // a unit that measures one thing says what the value is: "a 7.1-magnitude quake", "gusts of 80 mph";
            // a length does not (depth, distance, height and length share it)
            String v = m.value().replace("~", "");
            return v.startsWith("magnitude ") ? "magnitude" : v.startsWith("aged ") ? "age" : v.endsWith(" km/h") ? "speed"
                    : v.endsWith(" °C") ? "temperature" : "";
        }
        if (m.kind() != ClaimKind.COUNT) {
            return "";
        }
        java.util.regex.Matcher o = OUTCOME.matcher(m.scale());
        String outcome = o.find() ? o.group(1) : "";
        // a count whose noun is not in its quote ("a majority of 86" quotes 174): the recognizer's noun says what it counts
        String noun = !m.head().isEmpty() && !m.quote().toLowerCase(java.util.Locale.ROOT).contains(m.head()) ? m.head() + " " : "";
        return (m.head().equals("toll") ? "toll " : noun) + outcome;
    }

    /**
     * The sentence's mentions with the frames read from its tokens, in one pass over them. A date that a length
     * dates ("the first in 25 years") is read as the length it stands on, so it neither adds a value to the
     * clause nor changes the frames of the others.
     */
    private List<Mention> framed(String text, List<Mention> mentions, List<Token> tokens, Set<String> names, Set<String> places, int year) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        List<FrameReader.Value> values = new ArrayList<>(mentions.size());
        int[] read = new int[mentions.size()];
        int[] convertedTo = new int[mentions.size()];
        int[] restates = new int[mentions.size()];
        java.util.Arrays.fill(convertedTo, -1);
        for (int k = 0; k < mentions.size(); k++) {
            restates[k] = conversionOf(text, mentions, k);
            if (restates[k] >= 0) {
                convertedTo[restates[k]] = k;
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int twin = m.cue().equals(DurationRecognizer.PREVIOUS) ? twin(mentions, m) : restates[k];
            if (twin >= 0) {
                read[k] = -1 - twin;
                continue;
            }
            int end = m.end();
            if (convertedTo[k] >= 0) {
                // "300 km (185 miles) north-west of ...": the clause runs on past the bracket that restates the value
                Matcher close = CLOSE.matcher(text).region(mentions.get(convertedTo[k]).end(), text.length());
                end = close.lookingAt() ? close.end() : mentions.get(convertedTo[k]).end();
            }
            int y = 0;
            if (m.kind() == ClaimKind.DATE && m.scale().equals("day") && m.high() - m.low() <= 366
                    && !m.cue().equals(DurationRecognizer.PREVIOUS)) {
                y = LocalDate.ofEpochDay((long) m.low()).getYear();
            }
            read[k] = values.size();
            values.add(new FrameReader.Value(m.start(), end, m.kind(), m.kind() + "|" + m.scale(), m.value(), y, hint(m), m.low(), m.high()));
        }
        List<ClaimFrame> frames = frameReader.read(tokens, values, names, places, year);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int k = 0; k < mentions.size(); k++) {
            int r = read[k] >= 0 ? read[k] : read[-1 - read[k]];
            Mention m = mentions.get(k);
            if (!m.cue().equals(DurationRecognizer.PREVIOUS) && restates[k] >= 0) {
                continue; // said within the value it restates, below
            }
            if (convertedTo[k] >= 0) {
                // one claim for the value and its restatement, holding both roundings: "1.6 miles (2.6 km)" is 2.575-2.6 km
                Mention b = mentions.get(convertedTo[k]);
                m = new Mention(m.article(), m.kind(), m.role(), text.substring(m.start(), b.end()), m.start(), b.end(), m.sentence(),
                        Math.min(m.low(), b.low()), Math.max(m.high(), b.high()), m.scale(), m.value(), m.precision(), m.bound(),
                        m.head(), m.cue(), m.context(), m.vague(), m.names(), m.actors(), m.frame());
            }
            out.add(m.withFrame(frames.get(r)));
        }
        return out;
    }

    private static final java.util.regex.Pattern OPEN = java.util.regex.Pattern.compile(
            "\\s*\\(\\s*(?:about|some|around|roughly|nearly|almost|approximately|or|c\\.)?\\s*");
    private static final java.util.regex.Pattern CLOSE = java.util.regex.Pattern.compile("\\s*\\)");
    /** How far a restated value may be from the one it restates, for the rounding of a conversion ("185 miles" for 300 km). */
    private static final double CONVERSION_ROUNDING = 0.06;

    /**
     * The index of the quantity that mention {@code k} restates in brackets in another unit ("1.6 miles (2.6 km)",
     * "70 mph (113 km/h)"), or -1: the restatement is the same claim, folded into the value it restates.
     */
    private static int conversionOf(String text, List<Mention> mentions, int k) {
        Mention b = mentions.get(k);
        if (b.kind() != ClaimKind.QUANTITY) {
            return -1;
        }
        for (int j = 0; j < mentions.size(); j++) {
            Mention a = mentions.get(j);
            if (j == k || a.kind() != ClaimKind.QUANTITY || !a.scale().equals(b.scale()) || a.end() > b.start()) {
                continue;
            }
            Matcher open = OPEN.matcher(text).region(a.end(), b.start());
            Matcher close = CLOSE.matcher(text).region(b.end(), text.length());
            double scale = Math.max(Math.abs(a.low()), Math.abs(b.low()));
            if (open.matches() && close.lookingAt() && scale > 0 && Math.abs(a.low() - b.low()) <= CONVERSION_ROUNDING * scale) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the other mention on the same words (the length a previous date stands on), or -1. */
    private static int twin(List<Mention> mentions, Mention m) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention o = mentions.get(k);
            if (o != m && o.start() == m.start() && o.end() == m.end() && !o.cue().equals(DurationRecognizer.PREVIOUS)) {
                return k;
            }
        }
        return -1;
    }
}

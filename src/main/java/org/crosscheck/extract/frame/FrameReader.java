package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.Token;
import org.crosscheck.extract.frame.ClaimFrame.Qualifier;

/**
 * Reads the frame of every value in a sentence from the sentence's tokens, in one pass over them: what the
 * value measures or dates, who it is about, and its qualifiers. No parser: the attachment rules of news
 * copy ("57 seats", "a majority of 86", "turnout was 60%", "crashed on Sunday", "Sunday's crash",
 * "Greens: 57") on lemmas and the concepts of {@link WordClasses#concepts()}.
 */
public final class FrameReader {

    /**
     * A value of the sentence whose frame is wanted.
     *
     * @param start  offset of its quote in the article
     * @param end    end offset of its quote
     * @param kind   its kind
     * @param family kind and scale: values of one family in one clause are set against each other
     * @param shown  its normalized value, for the other values' frames
     * @param year   the calendar year a date value falls in, or 0
     * @param hint   what the recognizer already knows the value counts ("toll", "people dead"), or empty
     * @param low    its lowest value (for a date, the epoch day it starts on: "late 1994" starts in September)
     * @param high   its highest value
     */
    public record Value(int start, int end, ClaimKind kind, String family, String shown, int year, String hint, double low, double high) {}

    /** Tokens a clause does not run across: brackets, semicolons, dashes, bullets, bars. */
    static final String HARD_BREAKS = ";()[]{}\u2014\u2013•|";
    /** Prepositions after which a name is a place or an object, not who acts. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "to", "into", "across",
            "outside", "inside", "between", "around", "off", "towards", "toward", "over", "under", "through", "via", "on");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that",
            "these", "those", "last", "next", "our", "your", "my");
    static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth");
    static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
            "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    /** Words of direction and position: "180 miles south of", "located outside": never what a value measures. */
    private static final Set<String> SPATIAL = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "northern", "southern", "eastern", "western", "central", "near", "nearby", "outside", "inside", "away",
            "ahead", "behind", "beyond", "local", "locally", "north-east", "north-west", "south-east", "south-west", "there", "here");
    /** How far before a value its subject may stand, in tokens. */
    static final int SUBJECT_REACH = 7;
    /** How far from the value a measure word may stand, in tokens. */
    private static final int MEASURE_REACH = 6;
    /** Distance in tokens at which a context word counts half: a clause's words all say something of its value. */
    private static final double DECAY = 20.0;

    // the word tests below are compiled once: String.matches compiles its pattern on every call
    private static final java.util.regex.Pattern OPENER = java.util.regex.Pattern.compile("[:•\\-–—\"“(]");
    private static final java.util.regex.Pattern OPENER_OR_END = java.util.regex.Pattern.compile("[:•\\-–—\"“(.!?]");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile(".*['\u2019]s$");
    static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(".*(?:ed|ing)");
    private static final java.util.regex.Pattern MONEY_FAMILY = java.util.regex.Pattern.compile("(?i)quantity\\|[a-z]{3}( .*)?");
    private final WordClasses concepts = WordClasses.concepts();
    private final WordClasses cues = WordClasses.cues();
    private final QualifierReader qualifierReader = new QualifierReader(cues);


    /**
     * How a name is matched: whole, lower case, without titles and a possessive ("President Oriel Tamsk's" →
     * "oriel tamsk"), and by its last word ("tamsk"), so "Oriel Tamsk" and "President Oriel" do not meet but "Oriel Tamsk"
     * and "Tamsk" do. Country adjectives fold into the country ("Malaysian" → "malaysia").
     */
    static List<String> nameKeys(List<String> run) {
        List<String> words = new ArrayList<>();
        for (String w : run) {
            String lower = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (lower.endsWith("'s")) {
                lower = lower.substring(0, lower.length() - 2);
            } else if (lower.endsWith("s'")) {
                lower = lower.substring(0, lower.length() - 1);
            }
            words.add(lower.replace(".", ""));
        }
        int from = 0;
        while (from < words.size() - 1 && TITLE_WORDS.contains(words.get(from))) {
            from++;
        }
        List<String> rest = words.subList(from, words.size());
        if (rest.size() == 1) {
            String f = Lexicon.feature(run.get(run.size() - 1));
            // "Malaysian", "Chinese": the country; any other single name stays as written
            return List.of(org.crosscheck.extract.Places.isCountry(f) ? f : rest.get(0));
        }
        String whole = String.join(" ", rest);
        return List.of(whole, rest.get(rest.size() - 1));
    }

    private static final Set<String> TITLE_WORDS = Set.of("president", "vice", "premier", "prime", "minister", "secretary",
            "chancellor", "king", "queen", "prince", "princess", "general", "gen", "sen", "senator", "rep", "governor", "gov",
            "mayor", "judge", "justice", "pope", "sheikh", "dr", "mr", "mrs", "ms", "chief", "executive", "chairman", "chairwoman",
            "chair", "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "deputy", "coach", "captain",
            "officer", "commander", "lieutenant", "colonel", "major", "sergeant", "detective", "inspector", "professor", "prof",
            "lord", "lady", "sir", "dame", "former", "acting", "interim", "the", "admiral", "rear", "associate", "assistant");

    /** Frames for the values of one sentence, in the order given. */
    public List<ClaimFrame> read(List<Token> tokens, List<Value> values, Set<String> articleNames, int publicationYear) {
        return read(tokens, values, articleNames, Set.of(), publicationYear);
    }

    /** Frames for the values of one sentence; {@code places} are the article's place names ({@link #placesOf}). */
    public List<ClaimFrame> read(List<Token> tokens, List<Value> values, Set<String> articleNames, Set<String> places, int publicationYear) {
        FrameSentence s = new FrameSentence(tokens, values, articleNames, concepts, cues);
        s.places = places;
        List<ClaimFrame> out = new ArrayList<>(values.size());
        for (int k = 0; k < values.size(); k++) {
            out.add(frame(s, values, k, publicationYear));
        }
        // "margin was 75.7%, down from 78.9%": the level before a change is a level of what the change is of
        for (int k = 1; k < values.size(); k++) {
            ClaimFrame f = out.get(k);
            int partner = changedFrom(s, values, k);
            if (partner >= 0 && f.measure().isEmpty() && !out.get(partner).measure().isEmpty()) {
                ClaimFrame p = out.get(partner);
                out.set(k, new ClaimFrame(p.measure(), p.measureWords(), f.participants().isEmpty() ? p.participants() : f.participants(),
                        f.actors().isEmpty() ? p.actors() : f.actors(), f.qualifiers(), f.anchor(), f.series(), f.values(), f.terms(), f.sentence()));
            }
        }
        return out;
    }

    /**
     * The value of the same family that value {@code k} is the earlier level of ("75.7%, down from 78.9%", "rose to 240
     * from 180"), or -1.
     */
    private static int changedFrom(FrameSentence s, List<Value> values, int k) {
        int first = -1;
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.valueAt[i] == k) {
                first = i;
                break;
            }
        }
        if (first < 1 || !s.tokens.get(first - 1).lower().equals("from")) {
            return -1;
        }
        for (int i = first - 2, words = 0; i >= 0 && words < 4; i--, words++) {
            int o = s.valueAt[i];
            if (o >= 0 && o != k) {
                return values.get(o).family().equals(values.get(k).family()) ? o : -1;
            }
        }
        return -1;
    }

    /**
     * A capitalized word inside a sentence is a name; a sentence's first word only when the article also
     * capitalizes it inside a sentence ("Greens 57" in a results list, "Turnout was 60%" not).
     */
    static boolean isName(List<Token> tokens, int i, Set<String> articleNames) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.isCapitalized() || MONTHS_AND_DAYS.contains(t.lower().replaceFirst("['\u2019]s$", "")) || Lexicon.isStopword(t.lower()) && !isAcronym(t.text())) {
            return false;
        }
        if (t.text().length() == 1 && (i > 0 && tokens.get(i - 1).end() == t.start() || i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end())) {
            return false; // a letter inside a code ("flight 7C2216", "Q2"), not a name
        }
        if (zoneWord(tokens, i)) {
            return false; // "2 p.m. ET", "9 a.m. Eastern time", "11 pm IST": a clock's zone, not who acts
        }
        boolean first = i == 0 || OPENER.matcher(tokens.get(i - 1).text()).matches();
        boolean runFollows = i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized()
                && !Lexicon.isStopword(tokens.get(i + 1).lower()) && !MONTHS_AND_DAYS.contains(tokens.get(i + 1).lower());
        return !first || articleNames.contains(t.lower()) || isAcronym(t.text()) || runFollows
                || org.crosscheck.extract.Places.isCountry(org.crosscheck.extract.Places.normalize(t.text()));
    }

    private static final Set<String> ZONE_ADJECTIVES = Set.of("eastern", "pacific", "central", "mountain", "atlantic");

    /** A zone abbreviation, or a zone adjective before "time" or after a clock time. */
    private static boolean zoneWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (isAcronym(t.text()) && t.text().length() <= 4 && org.crosscheck.extract.recognize.TimeZones.named(t.text()) != null
                && !org.crosscheck.extract.Places.isCountry(org.crosscheck.extract.Places.normalize(t.text()))) {
            return true;
        }
        if (!ZONE_ADJECTIVES.contains(t.lower())) {
            return false;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        String prev = i > 0 ? tokens.get(i - 1).lower() : "";
        return next.equals("time") || next.equals("daylight") || next.equals("standard") || prev.equals("p.m") || prev.equals("a.m")
                || prev.equals("pm") || prev.equals("am") || DIGITS.matcher(prev).matches();
    }

    static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * The names an article uses as places: those it writes after "in", "at", "near" or "from" ("in Fenamport",
     * "near the town of Orvel"), countries excepted (a country acts: "Canada's tariffs"). Such a name beside a count of
     * the dead says where, not who.
     */
    public static Set<String> placesOf(List<List<Token>> sentences) {
        Set<String> out = new java.util.HashSet<>();
        for (List<Token> tokens : sentences) {
            for (int i = 1; i < tokens.size(); i++) {
                String prev = tokens.get(i - 1).lower();
                Token t = tokens.get(i);
                if ((prev.equals("in") || prev.equals("at") || prev.equals("near") || prev.equals("from")) && t.isWord() && t.isCapitalized()
                        && !MONTHS_AND_DAYS.contains(t.lower())) {
                    String lower = t.lower();
                    if (!org.crosscheck.extract.Places.isCountry(org.crosscheck.extract.Places.normalize(t.text()))) {
                        out.add(lower);
                    }
                }
            }
        }
        return out;
    }

    /** The lower-cased words an article capitalizes inside sentences: the names a sentence's first word may be. */
    public static Set<String> namesOf(List<List<Token>> sentences) {
        Set<String> out = new java.util.HashSet<>();
        for (List<Token> tokens : sentences) {
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isWord() && t.isCapitalized() && !OPENER_OR_END.matcher(tokens.get(i - 1).text()).matches()) {
                    out.add(t.lower());
                }
            }
        }
        return out;
    }

    private ClaimFrame frame(FrameSentence s, List<Value> values, int k, int publicationYear) {
        Value v = values.get(k);
        int n = s.tokens.size();
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (s.valueAt[i] == k) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return ClaimFrame.EMPTY;
        }
        // the clause: up to a hard break, or to another value of the same family (whose words are its own)
        int left = first;
        while (left > 0 && !s.hardBreak(left - 1) && !sameFamily(s, values, left - 1, k)) {
            left--;
        }
        if (left > 0 && sameFamily(s, values, left - 1, k)) {
            // the words between two values of a family are shared out: at the clause break between them ("on
            // Saturday, ahead of a meeting ... next week"), else each takes its half
            int cut = lastBreak(s, left, first - 1);
            left = cut >= 0 ? cut + 1 : (left + first + 1) / 2;
        }
        int right = last;
        while (right + 1 < n && !s.hardBreak(right + 1) && !sameFamily(s, values, right + 1, k)) {
            right++;
        }
        if (right + 1 < n && sameFamily(s, values, right + 1, k)) {
            int cut = firstBreak(s, last + 1, right);
            right = cut >= 0 ? cut - 1 : (right + last) / 2;
        }
        boolean dated = v.kind() == ClaimKind.DATE || v.kind() == ClaimKind.TIME;
        Set<String> measure = new LinkedHashSet<>();
        List<String> measureWords = new ArrayList<>();
        EnumSet<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);

        // 1. the noun inside or right after the value: "57 seats", "a 63-seat majority", "a 90-day truce",
        //    "60% turnout", "the Dec. 28 crash", "Sunday's crash"
        int after = last + 1;
        boolean possessive = POSSESSIVE.matcher(s.tokens.get(last).lower()).matches();
        if (!dated && s.tokens.get(last).isWord() && s.valueAt[last] == k && (v.kind() == ClaimKind.COUNT || v.kind() == ClaimKind.ORDINAL)) {
            addMeasure(s, last, measure, measureWords);
            for (int i = first + 1; i < last; i++) {
                if (s.name[i] && !s.places.contains(s.tokens.get(i).lower())) {
                    measure.add(s.tokens.get(i).lower()); // "four Tamsk launchers", "two Airbus jets": which kind of thing
                }
            }
        }
        for (String w : v.hint().split(" ")) {
            // "the death toll has risen to 38", "killed 12": the recognizer knows what is counted
            if (!w.isEmpty()) {
                Set<String> c = concepts.of(concepts.lemma(w));
                measure.addAll(c.isEmpty() ? Set.of(concepts.lemma(w)) : c);
            }
        }
        int noun = nextContent(s, after, right, 2, !dated);
        // a compound's head is its last noun: "a 120-day tariff pause" is a pause, "57 Commons seats" seats
        while (noun >= 0 && noun + 1 <= right && s.valueAt[noun + 1] < 0 && (s.nounish(noun + 1) || s.content(noun + 1) && !s.name[noun + 1]
                && PartsOfSpeech.get().canBeNoun(s.lemma[noun + 1]) && !PARTICIPLE.matcher(s.tokens.get(noun + 1).lower()).matches())) {
            noun++;
        }
        if (noun >= 0 && s.nounish(noun)) {
            boolean amount = cues.is(s.lemma[noun], "amount");
            boolean attached = !dated || possessive || first > 0 && DETERMINERS.contains(s.tokens.get(first - 1).lower());
            if (attached && (measure.isEmpty() || amount || v.kind() != ClaimKind.COUNT)) {
                if (amount && v.kind() == ClaimKind.COUNT) {
                    measure.clear();
                    measureWords.clear();
                }
                addMeasure(s, noun, measure, measureWords);
                for (int i = after; i < noun && !dated; i++) {
                    if (s.name[i] && s.valueAt[i] < 0 && !s.places.contains(s.tokens.get(i).lower())) {
                        measure.add(s.tokens.get(i).lower()); // "four Tamsk launchers", "two Airbus jets": which kind of thing
                    }
                }
                if (cues.is(s.lemma[noun], "change") && !dated) {
                    qualifiers.add(Qualifier.CHANGE);
                }
            }
        } else {
            noun = -1;
        }
        // 2. "33.7 per cent of the vote", "28 days of testimony": what the value is a part or a length of
        // "$307 billion in assets", "$42 billion of deposits": for money the noun after "in" says what it is too
        boolean money = v.kind() == ClaimKind.QUANTITY && MONEY_FAMILY.matcher(v.family()).matches();
        String link = after <= right ? s.tokens.get(after).lower() : "";
        int of = link.equals("of") || money && link.equals("in") ? nextContent(s, after + 1, right, 2) : -1;
        if (of >= 0 && !dated && s.nounish(of) && (measure.isEmpty() || v.kind() != ClaimKind.COUNT)) {
            addMeasure(s, of, measure, measureWords);
        }
        // 3. the noun or verb before: "a majority of 86", "turnout was 60%", "the toll rose to 27", "shares
        //    fell 41%", "crashed on Sunday", "became prime minister on Friday"
        int seen = 0;
        int verb = -1;
        boolean passedChange = false;
        // "Tuesday's cut": a date's possessive names what it dates; the words before it are about something else
        boolean wanted = dated && !(possessive && noun >= 0) || measure.isEmpty();
        int words = 0;
        for (int i = first - 1; wanted && i >= left && words <= MEASURE_REACH + 2 && seen < (dated ? 2 : 1); i--) {
            Token t = s.tokens.get(i);
            if (!s.name[i] || i == s.runStart[i]) {
                words++; // a name of several words counts as one
            }
            if (t.text().equals(",") && !dated) {
                break;
            }
            if (t.isWord() && cues.is(s.lemma[i], "change") && PartsOfSpeech.get().of(s.lemma[i]).indexOf('v') >= 0) {
                passedChange = true;
            }
            if (!s.content(i) || s.name[i] || s.modifier(i) || cues.is(s.lemma[i], "part of day") || SPATIAL.contains(s.lemma[i])
                    || dated && cues.is(s.lemma[i], "place noun")) {
                continue;
            }
            if (dated && s.nounish(i) && referencePoint(s, i) && !datesNoun(s, i, first)) {
                continue; // "the day after the quake, 2 January": the quake is what the date is counted from
            }
            if (!dated && cues.is(s.lemma[i], "link")) {
                continue;
            }
            if (!dated && !s.nounish(i)) {
                // a verb that is not a link: "its board authorized a further $50 billion" - the fallback measure
                if (verb < 0) {
                    verb = i;
                }
                break;
            }
            addMeasure(s, i, measure, measureWords);
            if (dated && s.nounish(i) && anotherOne(s, i)) {
                qualifiers.add(Qualifier.OTHER); // "another strong jolt, magnitude 6.1, struck at 16:18"
            }
            seen++;
        }
        if (!dated && measure.isEmpty() && verb >= 0 && v.kind() != ClaimKind.COUNT) {
            // "its board authorized a further $50 billion": the verb says what the amount is; "which won 158" does not
            // say what was counted, so a bare count keeps no measure rather than a verb's
            addMeasure(s, verb, measure, measureWords);
        }
        if (dated && (seen == 0 || first == left) && noun < 0) {
            // "On Sunday, the plane crashed": the action follows the date
            int j = nextContent(s, after, right, 5);
            if (j < 0 && seen == 0 && opensLine(s, first) && after < n && TIMELINE_MARKS.contains(s.tokens.get(after).text())) {
                // a timeline's line: "14:05 GMT: Doors open", "11:30 — The agency lowers its warning"
                int end = after + 1;
                while (end < n && !s.hardBreak(end)) {
                    end++;
                }
                // what happened is the line's verb ("The agency lowers its warning"), else its first noun ("Closing ceremony")
                for (int i = after + 1, skipped = 0; i < end && skipped <= 6; i++) {
                    if (s.content(i) && !s.name[i] && s.valueAt[i] < 0 && !cues.is(s.lemma[i], "part of day")) {
                        if (!s.nounish(i)) {
                            j = i;
                            break;
                        }
                        if (j < 0) {
                            j = i;
                            while (j + 1 < end && s.valueAt[j + 1] < 0 && s.nounish(j + 1)) {
                                j++; // a compound's head is its last noun: "Women's relay heats"
                            }
                            i = j;
                        }
                    }
                    skipped += s.tokens.get(i).isWord() ? 1 : 0;
                }
            }
            if (j >= 0 && !s.modifier(j) && !SPATIAL.contains(s.lemma[j]) && !cues.is(s.lemma[j], "place noun")) {
                addMeasure(s, j, measure, measureWords);
            }
        }

        qualifierReader.read(s, values, k, first, last, left, right, passedChange, qualifiers);
        // "for the first time since Tuesday's fire": a possessive date dates its own noun, not a previous one
        List<Integer> since = dated && !(possessive && noun >= 0) ? previousOne(s, first) : List.of();
        if (!since.isEmpty()) {
            // "the first cut since May 1993", "its lowest level since 1997": the date of the previous cut, the last
            // time the level was that low; "cut rates for the first time since": the clause's verb says what
            measure.clear();
            measureWords.clear();
            for (int i : since) {
                addMeasure(s, i, measure, measureWords);
            }
            qualifiers.add(Qualifier.PREVIOUS);
        }
        Set<String> actors = dated ? ParticipantReader.adjacentSubject(s, first, left)
                : v.kind() == ClaimKind.QUANTITY && v.shown().startsWith("aged ") ? ParticipantReader.agedWho(s, first, last, left, right)
                : ParticipantReader.participants(s, first, last, left, right);
        Set<String> participants = dated ? ParticipantReader.namesIn(s, values, left, right) : actors;
        int from = v.family().equals("QUANTITY|km") ? distanceFrom(s, last + 1) : -1;
        if (from >= 0) {
            // "300 km north-west of the capital", "12 miles off the coast": a distance from the place named after it,
            // whatever the sentence's verb (crashed, lies, struck) and whoever it names before the value
            measure.clear();
            measureWords.clear();
            measure.add("distance from"); // not the weak "distance" of the lexicon, which any "far" or "away" evokes
            for (int i = last + 1; i < from; i++) {
                measureWords.add(s.tokens.get(i).text()); // as written: "north-west of", "away from", "off"
            }
            int end = from;
            while (end + 1 < n && !s.hardBreak(end + 1) && !s.tokens.get(end + 1).text().equals(",")) {
                end++;
            }
            participants = ParticipantReader.namesIn(s, values, from, end);
            actors = participants;
        }
        if (v.kind() == ClaimKind.COUNT && includesOtherKind(s, values, k, last, measure)) {
            // "212 passengers, including nine crew": a count that includes others than it names counts everyone
            measure.clear();
            measureWords.clear();
            measure.add("people");
        }
        String anchor = AnchorAndSeries.anchor(values, k, s, left, right, publicationYear);
        int series = AnchorAndSeries.series(s, first, last, left, right);
        if (series == 0 && !dated && v.kind() != ClaimKind.PLACE) {
            series = AnchorAndSeries.medal(s, first, last);
        }
        if (series == 0 && !dated && v.kind() != ClaimKind.PLACE && v.kind() != ClaimKind.ORDINAL) {
            series = AnchorAndSeries.finish(s, first, last, left, right, v.kind() == ClaimKind.DURATION);
        }
        Set<String> others = new TreeSet<>();
        for (int i = left; i <= right; i++) {
            int o = s.valueAt[i];
            if (o >= 0 && o != k && values.get(o).kind() != v.kind() && (i == 0 || s.valueAt[i - 1] != o)) {
                others.add(values.get(o).family().toLowerCase(Locale.ROOT) + "=" + values.get(o).shown());
            }
        }
        return new ClaimFrame(measure, String.join(" ", measureWords), participants, actors, qualifiers, anchor, series, others,
                terms(s, first, last, left, right), s.signature);
    }

    /** Words that make "since" date the previous one: "the first cut since", "the lowest level since". */
    private static final Pattern PREVIOUS_ONE = Pattern.compile("first|last|lowest|highest|biggest|largest|smallest|worst|best"
            + "|deadliest|strongest|weakest|fastest|slowest|steepest|sharpest");
    /** Nouns of "for the first time since", which say nothing of what happened. */
    private static final Set<String> OCCASIONS = Set.of("time", "occasion");

    /**
     * For a date right after "since" that follows "first", "lowest" and the like: the token of what it dates the
     * previous one of (the noun after the superlative, or the clause's words before "for the first time"), else none.
     */
    private List<Integer> previousOne(FrameSentence s, int first) {
        int since = first - 1;
        if (since < 0 || !s.tokens.get(since).lower().equals("since")) {
            return List.of();
        }
        int sup = -1;
        for (int i = since - 1; i >= Math.max(0, since - 8) && !s.hardBreak(i); i--) {
            String w = s.tokens.get(i).lower();
            if (PREVIOUS_ONE.matcher(w).matches() || w.matches("\\d+(?:st|nd|rd|th)") && w.startsWith("1")) {
                sup = i;
                break;
            }
        }
        if (sup < 0) {
            return List.of();
        }
        // the head of the phrase after the superlative: "first rate reduction" -> reduction; words inside the
        // ordinal's own value count here ("first cut" is one ordinal value)
        int head = -1;
        for (int i = sup + 1; i < since; i++) {
            Token t = s.tokens.get(i);
            if (!t.isWord() || PLACE_PREPOSITIONS.contains(t.lower()) || t.lower().equals("by") || t.lower().equals("of")) {
                break;
            }
            if (t.text().length() > 1 && !Lexicon.isStopword(t.lower()) && !s.name[i] && !s.modifier(i)) {
                head = i;
            }
        }
        if (head < 0) {
            return List.of();
        }
        if (!OCCASIONS.contains(s.lemma[head])) {
            return List.of(head);
        }
        // "cut interest rates on Wednesday for the first time since": the clause's words before it, as for any date
        List<Integer> out = new ArrayList<>();
        for (int i = sup - 1, words = 0; i >= 0 && !s.hardBreak(i) && words < MEASURE_REACH && out.size() < 3; i--) {
            if (s.content(i) && !s.name[i] && !s.modifier(i)) {
                out.add(i);
            }
            words += s.tokens.get(i).isWord() ? 1 : 0;
        }
        return out;
    }

    /** Compass words a distance is given along: "north-west of", "due east of". */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "north-east", "north-west", "south-east", "south-west", "north-northeast", "north-northwest",
            "south-southeast", "south-southwest", "east-northeast", "west-northwest", "east-southeast", "west-southwest");

    /**
     * Where the place a length is measured from begins, when the words at {@code i} make the length a distance ("north-west
     * of", "due east of", "away from", "off", "from the coast"); -1 when they do not.
     */
    private static int distanceFrom(FrameSentence s, int i) {
        int n = s.tokens.size();
        if (i < n && s.tokens.get(i).lower().equals("due")) {
            i++;
        }
        if (i + 1 < n && COMPASS.contains(s.tokens.get(i).lower()) && s.tokens.get(i + 1).lower().matches("of|from")) {
            return i + 2;
        }
        if (i + 1 < n && s.tokens.get(i).lower().equals("away") && s.tokens.get(i + 1).lower().equals("from")) {
            return i + 2;
        }
        if (i < n && s.tokens.get(i).lower().matches("off|from") && i + 1 < n && s.tokens.get(i + 1).isWord()) {
            return i + 1;
        }
        return -1;
    }

    /** What separates a timeline line's time from what happened then: "14:05 GMT: Doors open", "11:30 — ...". */
    private static final Set<String> TIMELINE_MARKS = Set.of(":", "\u2014", "\u2013", "-");

    /** Words after which a noun is the point a span is counted from: "the day after the vote". */
    private static final Set<String> REFERENCE_WORDS = Set.of("after", "before", "following");
    private static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "year", "hour", "minute", "morning",
            "evening", "night", "afternoon");

    /** Whether the noun at {@code i} follows "after", "before" or their kin, with only a determiner and modifiers between. */
    private static boolean referencePoint(FrameSentence s, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            String w = s.tokens.get(j).lower();
            if (REFERENCE_WORDS.contains(w)) {
                // only a span counted from it: "the day after the quake", "two weeks before the vote"; "crowds
                // gathered after the verdict on Monday" and "ahead of a meeting next week" date the noun itself
                return j > 0 && TIME_UNITS.contains(s.lemma[j - 1]);
            }
            if (!s.tokens.get(j).isWord() || !(DETERMINERS.contains(w) || s.modifier(j)
                    || PartsOfSpeech.get().main(s.lemma[j]) == PartsOfSpeech.ADJECTIVE)) {
                return false;
            }
        }
        return false;
    }

    /** Prepositions that tie a date to the noun right before it: "its accession on 7 March". */
    private static final Set<String> DATING_PREPOSITIONS = Set.of("on", "in", "at", "of", "during");

    /** Whether the date at {@code first} dates the noun at {@code i} directly: "its accession on 7 March". */
    private static boolean datesNoun(FrameSentence s, int i, int first) {
        for (int j = i + 1; j < first; j++) {
            if (!DATING_PREPOSITIONS.contains(s.tokens.get(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the noun at {@code i} is another occurrence: itself an aftershock, or "another" and modifiers before it. */
    private boolean anotherOne(FrameSentence s, int i) {
        if (cues.is(s.lemma[i], "other")) {
            return true;
        }
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (!s.tokens.get(j).isWord()) {
                return false;
            }
            if (cues.is(s.lemma[j], "other") && !s.tokens.get(j).lower().equals("second")) {
                return true;
            }
            if (!(s.modifier(j) || PartsOfSpeech.get().main(s.lemma[j]) == PartsOfSpeech.ADJECTIVE)) {
                return false;
            }
        }
        return false;
    }

    /** True when only bullets or dashes stand before token {@code i} in its sentence. */
    private static boolean opensLine(FrameSentence s, int i) {
        for (int j = 0; j < i; j++) {
            if (s.tokens.get(j).isWord() || s.valueAt[j] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a new clause between two values: "..., ahead of", "before", "while". */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", "ahead", "before", "after", "while", "when", "whereas",
            "but", "until", "following", "since", "whose", "which", "where");

    private static int lastBreak(FrameSentence s, int from, int to) {
        for (int i = to; i >= from; i--) {
            if (CLAUSE_OPENERS.contains(s.tokens.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    private static int firstBreak(FrameSentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (CLAUSE_OPENERS.contains(s.tokens.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    static boolean sameFamily(FrameSentence s, List<Value> values, int i, int k) {
        int o = s.valueAt[i];
        return o >= 0 && o != k && values.get(o).family().equals(values.get(k).family());
    }

    /** The first content word from {@code from} (up to {@code to}), skipping at most {@code skip} modifiers. */
    private int nextContent(FrameSentence s, int from, int to, int skip) {
        return nextContent(s, from, to, skip, false);
    }

    /**
     * The first content word from {@code from}; in a compound ("a 90-day truce", "60% turnout") only modifiers and
     * names may stand between, never a preposition ("in the 90th minute in front of" is not about a front).
     */
    private int nextContent(FrameSentence s, int from, int to, int skip, boolean compound) {
        int skipped = 0;
        for (int i = from; i <= to && i < s.tokens.size(); i++) {
            Token t = s.tokens.get(i);
            if (!t.isWord() && !t.text().equals("-")) {
                return -1;
            }
            if (s.content(i) && !s.name[i] && !cues.is(s.lemma[i], "part of day")) {
                return i;
            }
            if (compound && Lexicon.isStopword(t.lower()) && !Lexicon.isModifier(t.lower())) {
                return -1;
            }
            if (t.isWord() && (Lexicon.isStopword(t.lower()) && !DETERMINERS.contains(t.lower()) || cues.is(s.lemma[i], "part of day")
                    || s.name[i] || Lexicon.isModifier(t.lower())) && ++skipped <= skip) {
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            if (s.valueAt[i] >= 0 && ++skipped <= skip) {
                continue; // another value inside the phrase: "Tuesday's half-point cut", "Sunday's 7.5 quake"
            }
            return -1;
        }
        return -1;
    }

    private void addMeasure(FrameSentence s, int i, Set<String> measure, List<String> words) {
        Set<String> c = s.concept.get(i);
        if (c.isEmpty()) {
            measure.add(s.lemma[i]);
        } else {
            measure.addAll(c);
        }
        words.add(0, s.tokens.get(i).text());
    }

    /**
     * The count is followed by "including" and a count of people in a role its measure does not cover: "212
     * passengers, including nine crew members" counts everyone aboard.
     */
    private boolean includesOtherKind(FrameSentence s, List<Value> values, int k, int last, Set<String> measure) {
        int i = last + 1;
        if (i < s.tokens.size() && s.tokens.get(i).text().equals(",")) {
            i++;
        }
        if (i + 1 >= s.tokens.size() || !s.tokens.get(i).lower().equals("including")) {
            return false;
        }
        int o = s.valueAt[i + 1];
        if (o < 0 || o == k || values.get(o).kind() != ClaimKind.COUNT || measure.isEmpty() || measure.contains("people")) {
            return false;
        }
        int end = i + 1;
        while (end + 1 < s.tokens.size() && s.valueAt[end + 1] == o) {
            end++;
        }
        int noun = s.valueAt[end] == o && s.tokens.get(end).isWord() && org.crosscheck.extract.NumberWords.cardinal(s.tokens.get(end).text()) < 0 ? end : end + 1;
        if (noun >= s.tokens.size() || !s.tokens.get(noun).isWord()) {
            return false;
        }
        Set<String> other = s.concept.get(noun).isEmpty() ? Set.of(s.lemma[noun]) : s.concept.get(noun);
        return java.util.Collections.disjoint(other, measure) && other.stream().anyMatch(ROLES::contains);
    }

    /** What people are there as, not what kind of people they are: "passengers including crew" counts both, "including children" does not. */
    private static final Set<String> ROLES = Set.of("crew", "worker", "official", "soldier");


    /** Content words of the clause as concepts (or lemmas) and names, weighted by nearness; commas add distance. */
    private Map<String, Double> terms(FrameSentence s, int first, int last, int left, int right) {
        Map<String, Double> out = new HashMap<>();
        for (int i = left; i <= right; i++) {
            if (i >= first && i <= last) {
                continue;
            }
            int d = i < first ? first - i : i - last;
            int commas = 0;
            for (int j = Math.min(i, first) + 1; j < Math.max(i, last); j++) {
                if (s.tokens.get(j).text().equals(",")) {
                    commas++;
                }
            }
            double w = 1.0 / (1.0 + Math.pow((d + 3.0 * commas) / DECAY, 2));
            if (s.name[i]) {
                if (s.nameKey[i] != null) {
                    for (String f : s.nameKey[i].split("\\|")) {
                        out.merge(f, 1.5 * w, Math::max);
                    }
                }
                continue;
            }
            if (!s.content(i)) {
                continue;
            }
            Set<String> c = s.concept.get(i);
            if (c.isEmpty()) {
                out.merge(s.lemma[i], w, Math::max);
            } else {
                for (String x : c) {
                    out.merge(x, w, Math::max);
                }
            }
        }
        return out;
    }
}

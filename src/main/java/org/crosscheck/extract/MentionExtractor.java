package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.frame.ClaimFrame;
import org.crosscheck.extract.frame.FrameReader;
import org.crosscheck.extract.time.TemporalTagger;
import org.crosscheck.extract.time.Timex;
import org.crosscheck.extract.time.TimexType;

/**
 * Finds every dated, counted or measured statement in an article and the words around it.
 * Dates, times and durations come from the {@link TemporalTagger}; numbers from {@link NumberPatterns}.
 */
public final class MentionExtractor {

    private static final int CONTEXT_WINDOW = 10;
    private static final int CUE_WINDOW = 8;
    /** Weight of a capitalized word inside a sentence relative to a common word. */
    private static final double ENTITY_WEIGHT = 2.0;
    /** Distance in words at which a context word counts half. */
    private static final double DECAY_WORDS = Double.parseDouble(System.getProperty("crosscheck.decay", "8"));
    /** Nouns so general that "two sides" or "three countries" says nothing checkable. */
    private static final Set<String> GENERIC_NOUNS = Set.copyOf(List.of("sides", "countries", "nations", "powers", "parties",
            "economies", "things", "ways", "times", "others", "ones", "points", "percent", "cents", "words", "hands",
            "eyes", "steps", "reasons", "issues", "terms", "occasions", "minutes", "seconds", "hours", "days", "weeks",
            "months", "years", "decades", "centuries", "km", "miles", "metres", "meters", "feet", "dollars", "euros",
            "pounds", "yuan", "yen", "rupees", "billions", "millions", "thousands", "hundreds", "dozens", "percentages",
            "digits", "times", "across", "always", "perhaps", "towards", "besides", "sometimes", "unless", "thus",
            "whereas", "yes", "afterwards", "nowadays", "overseas", "plus", "news", "series", "species"));
    private static final Set<String> SUPERLATIVE_HINTS = Set.copyOf(List.of("largest", "biggest", "tallest", "highest", "lowest",
            "most", "best", "worst", "richest", "busiest", "longest", "oldest", "smallest", "fastest", "strongest",
            "deadliest", "least"));
    private static final Pattern ANAPHORIC = Pattern.compile("\\b(?:later|after|afterwards|earlier|before|previously|prior)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WINDOW = Pattern.compile("(?:\\b(?:the|its|their)\\s+)?\\b(?:past|last|next|previous|coming|first|final|recent|following)\\s*$|^(?:the\\s+)?(?:past|last|next|previous|coming|first|final|recent|following)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE_POINT = Pattern.compile("(?:since|after|before|by|as of|prior to|ahead of)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final TemporalTagger tagger = new TemporalTagger();
    private final FrameReader frameReader = new FrameReader();

    /** All mentions in {@code text}, ordered by offset; dates resolved against {@code published} when given. */
    public List<Mention> extract(String article, String text, LocalDate published) {
        List<Mention> out = new ArrayList<>();
        List<Timex> timexes = tagger.tag(text, published);
        int next = 0;
        List<Span> sentences = SentenceSplitter.split(text);
        List<List<Token>> tokenized = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            tokenized.add(Token.of(text, sentence.start(), sentence.end()));
        }
        Set<String> names = FrameReader.namesOf(tokenized);
        int year = published == null ? 0 : published.getYear();
        for (int si = 0; si < sentences.size(); si++) {
            Span sentence = sentences.get(si);
            List<Token> tokens = tokenized.get(si);
            List<Span> taken = new ArrayList<>();
            int firstOfSentence = out.size();
            while (next < timexes.size() && timexes.get(next).start() < sentence.start()) {
                next++;
            }
            for (int i = next; i < timexes.size() && timexes.get(i).start() < sentence.end(); i++) {
                Timex t = timexes.get(i);
                taken.add(new Span(t.start(), t.end()));
                Mention m = temporal(article, text, sentence, tokens, t);
                if (m != null) {
                    out.add(m);
                }
            }
            numbers(article, text, sentence, tokens, taken, out);
            places(article, text, sentence, tokens, taken, out);
            attachContexts(out, firstOfSentence, tokens);
            frames(out, firstOfSentence, tokens, names, year);
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /** Reads the frames of the sentence's mentions {@code out[from..]} in one pass over its tokens. */
    private void frames(List<Mention> out, int from, List<Token> tokens, Set<String> names, int year) {
        if (out.size() == from) {
            return;
        }
        List<FrameReader.Value> values = new ArrayList<>();
        for (int k = from; k < out.size(); k++) {
            Mention m = out.get(k);
            int y = 0;
            if (m.kind() == ClaimKind.DATE && m.scale().equals("day") && m.high() - m.low() <= 366) {
                y = LocalDate.ofEpochDay((long) m.low()).getYear();
            }
            values.add(new FrameReader.Value(m.start(), m.end(), m.kind(), m.kind() + "|" + m.scale(), m.value(), y));
        }
        List<ClaimFrame> frames = frameReader.read(tokens, values, names, year);
        for (int k = from; k < out.size(); k++) {
            out.set(k, out.get(k).withFrame(frames.get(k - from)));
        }
    }

    // ---------------------------------------------------------------- dates, times, durations

    private Mention temporal(String article, String text, Span sentence, List<Token> tokens, Timex t) {
        String value = t.value() == null ? "" : t.value();
        String before = text.substring(Math.max(sentence.start(), t.start() - 12), t.start());
        boolean referencePoint = REFERENCE_POINT.matcher(before).find() && !t.range();
        return switch (t.type()) {
            case DURATION -> {
                // "over the past three months" is a window the writer looks through, not how long an event lasts
                if (t.approxDays() <= 0 || value.contains("X") || WINDOW.matcher(before).find()
                        || WINDOW.matcher(t.text()).lookingAt()) {
                    yield null;
                }
                Bound bound = boundOfMod(t.mod(), t.text());
                yield mention(article, ClaimKind.DURATION, Role.VALUE, text, sentence, tokens, t.start(), t.end(),
                        t.approxDays(), t.approxDays(), "days", value, bound == Bound.EXACT ? "exact" : "approximate",
                        bound, "", false);
            }
            case TIME -> time(article, text, sentence, tokens, t);
            case DATE -> date(article, text, sentence, tokens, t, referencePoint);
            default -> null;
        };
    }

    private Mention date(String article, String text, Span sentence, List<Token> tokens, Timex t, boolean referencePoint) {
        String value = t.value();
        Role role;
        String cue = "";
        if (t.range()) {
            role = Role.SPANS;
        } else {
            String[] found = roleCue(tokens, t.start(), t.end());
            role = Role.valueOf(found[0]);
            cue = found[1];
        }
        if (value.endsWith("_REF")) {
            // "now", "recently", "the current": no calendar value to compare
            return null;
        }
        boolean vague = referencePoint || ANAPHORIC.matcher(t.text()).find() && !t.anchored();
        if (t.first() != null && t.last() != null) {
            long lo = t.first().toEpochDay();
            long hi = t.last().toEpochDay();
            String shown = t.range() ? t.first() + "/" + t.last() : value;
            return mention(article, ClaimKind.DATE, role, text, sentence, tokens, t.start(), t.end(), lo, hi, "day",
                    shown, precisionOf(value, t), Bound.EXACT, cue, vague || ANAPHORIC.matcher(t.text()).find() && t.text().matches("(?i).*\\b(?:later|after|afterwards)\\b.*"));
        }
        int weekday = floatingWeekday(value);
        if (weekday > 0) {
            // no publication date: a bare weekday still compares with another bare weekday
            String day = java.time.DayOfWeek.of(weekday).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            return mention(article, ClaimKind.DATE, role, text, sentence, tokens, t.start(), t.end(), weekday, weekday,
                    "weekday", day + " (no date)", "weekday", Bound.EXACT, cue, vague);
        }
        return null;
    }

    private static int floatingWeekday(String value) {
        Matcher m = Pattern.compile("^XXXX-WXX-([1-7])$").matcher(value);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String precisionOf(String value, Timex t) {
        if (t.range()) {
            return "range";
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return "day";
        }
        if (value.matches("\\d{4}-W\\d{2}.*")) {
            return "week";
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return t.mod() == null ? "month" : "part of month";
        }
        if (value.matches("\\d{4}-(Q\\d|H\\d|SP|SU|FA|AU|WI)")) {
            return "season";
        }
        if (value.matches("\\d{4}")) {
            return t.mod() == null && t.first() != null && t.first().getDayOfYear() == 1
                    && t.last() != null && t.last().getMonthValue() == 12 && t.last().getDayOfMonth() == 31 ? "year" : "part of year";
        }
        return "period";
    }

    private Mention time(String article, String text, Span sentence, List<Token> tokens, Timex t) {
        Matcher m = Pattern.compile("T(\\d{2}):(\\d{2})").matcher(t.value() == null ? "" : t.value());
        if (!m.find()) {
            return null;
        }
        int minute = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        // a time can run past its sentence ("midnight\nFriday"): read the zone only up to the sentence's end
        int zoneFrom = Math.min(t.end(), sentence.end());
        String after = text.substring(zoneFrom, Math.min(sentence.end(), zoneFrom + 14)).toLowerCase(Locale.ROOT);
        String quote = t.text().toLowerCase(Locale.ROOT) + " " + after;
        String scale = "local time";
        int offset = zoneOffsetMinutes(quote);
        if (offset != Integer.MIN_VALUE) {
            minute = Math.floorMod(minute - offset, 24 * 60);
            scale = "UTC time";
        }
        String shown = String.format(Locale.ROOT, "%02d:%02d%s", minute / 60, minute % 60, scale.equals("UTC time") ? " UTC" : "");
        String[] found = roleCue(tokens, t.start(), t.end());
        return mention(article, ClaimKind.TIME, Role.valueOf(found[0]), text, sentence, tokens, t.start(), t.end(),
                minute, minute, scale, shown, "minute", boundOfMod(t.mod(), t.text()), found[1], false);
    }

    /** Minutes east of UTC for a zone named right at the time ("06:00 GMT", "9 a.m. EDT"), else MIN_VALUE. */
    private static int zoneOffsetMinutes(String s) {
        Matcher m = Pattern.compile("\\b(gmt|utc|z|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|kst|"
                + "sgt|hkt|aest|aedt|msk)\\b(?:\\s*([+-])\\s*(\\d{1,2}))?").matcher(s);
        if (!m.find()) {
            return Integer.MIN_VALUE;
        }
        int base = switch (m.group(1)) {
            case "gmt", "utc", "z" -> 0;
            case "bst", "cet" -> 60;
            case "cest", "eet" -> 120;
            case "eest", "msk" -> 180;
            case "est" -> -300;
            case "edt", "cst" -> -300 + (m.group(1).equals("cst") ? -60 : 0);
            case "cdt", "mst" -> m.group(1).equals("cdt") ? -300 : -420;
            case "mdt", "pst" -> m.group(1).equals("mdt") ? -360 : -480;
            case "pdt" -> -420;
            case "ist" -> 330;
            case "sgt", "hkt" -> 480;
            case "jst", "kst" -> 540;
            case "aest" -> 600;
            case "aedt" -> 660;
            default -> 0;
        };
        if (m.group(2) != null) {
            base += (m.group(2).equals("+") ? 1 : -1) * 60 * Integer.parseInt(m.group(3));
        }
        return base;
    }

    /** The nearest role cue to the left in the same clause; reporting verbs count only right beside the date. */
    private static String[] roleCue(List<Token> tokens, int start, int end) {
        int first = indexAtOrAfter(tokens, start);
        int last = indexAtOrAfter(tokens, end);
        if (first > 0) {
            Token left = tokens.get(first - 1);
            Token left2 = first > 1 ? tokens.get(first - 2) : null;
            if (Lexicon.isReporting(left.lower()) || left.lower().equals("on") && left2 != null && Lexicon.isReporting(left2.lower())) {
                return new String[] {Role.STATEMENT.name(), Lexicon.isReporting(left.lower()) ? left.text() : left2.text()};
            }
        }
        if (last < tokens.size() && Lexicon.isReporting(tokens.get(last).lower())) {
            return new String[] {Role.STATEMENT.name(), tokens.get(last).text()};
        }
        for (int i = first - 1; i >= 0 && i >= first - CUE_WINDOW; i--) {
            Token tok = tokens.get(i);
            if (tok.isClauseBreak()) {
                break;
            }
            Role r = Lexicon.roleCue(tok.lower());
            if (r != null) {
                return new String[] {r.name(), tok.text()};
            }
        }
        return new String[] {Role.OCCURS.name(), ""};
    }

    private static int indexAtOrAfter(List<Token> tokens, int offset) {
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

    private static Bound boundOfMod(String mod, String quote) {
        if (mod != null) {
            switch (mod) {
                case "APPROX": return Bound.APPROXIMATE;
                case "MORE_THAN": return Bound.MORE_THAN;
                case "LESS_THAN": return Bound.LESS_THAN;
                case "EQUAL_OR_MORE": return Bound.AT_LEAST;
                case "EQUAL_OR_LESS": return Bound.AT_MOST;
                default: break;
            }
        }
        return quote.toLowerCase(Locale.ROOT).matches(".*\\b(about|around|roughly|nearly|almost|some)\\b.*") ? Bound.APPROXIMATE : Bound.EXACT;
    }

    // ---------------------------------------------------------------- numbers

    private void numbers(String article, String text, Span sentence, List<Token> tokens, List<Span> taken, List<Mention> out) {
        // matchers run on the text itself, bounded by regions: copying the text up to each sentence was quadratic
        CharSequence s = text;
        if (!mayHoldANumber(text, sentence)) {
            // most sentences state no number: one scan instead of a dozen patterns tried at every position
            ordinals(article, text, sentence, tokens, taken, out, s);
            return;
        }
        int from = sentence.start();
        Matcher m = NumberPatterns.RATE.matcher(s).region(from, sentence.end());
        while (m.find()) {
            if (free(taken, m.start("num"), m.end())) {
                double v = NumberWords.cardinal(m.group("num"));
                if (v >= 0) {
                    Bound b = Bound.of(m.group("hedge"));
                    boolean points = m.group("points") != null;
                    String unit = points ? " points" : "%";
                    add(out, taken, mention(article, ClaimKind.RATE, Role.VALUE, text, sentence, tokens, m.start(), m.end(),
                            v, v, points ? "percentage points" : "percent", hedged(b) + trim(v) + unit, b == Bound.EXACT ? "exact" : "approximate",
                            b, "", false));
                }
            }
        }
        m = NumberPatterns.DIGIT_BAND.matcher(s).region(from, sentence.end());
        while (m.find()) {
            if (free(taken, m.start(), m.end("band") + 6)) {
                int digits = switch (m.group("band").toLowerCase(Locale.ROOT)) {
                    case "single" -> 1;
                    case "double" -> 2;
                    case "triple" -> 3;
                    default -> 4;
                };
                double lo = digits == 1 ? 0 : Math.pow(10, digits - 1);
                double hi = Math.pow(10, digits) - 1;
                int end = m.end("band") + m.group().substring(m.group("band").length()).indexOf(' ');
                end = Math.max(end, m.end("band"));
                String quote = text.substring(m.start(), end).strip();
                add(out, taken, mention(article, ClaimKind.RATE, Role.VALUE, text, sentence, tokens, m.start(), m.start() + quote.length(),
                        lo, hi, "percent", trim(lo) + "–" + trim(hi) + "%", "band", Bound.APPROXIMATE, "", false));
            }
        }
        money(article, text, sentence, tokens, taken, out, s);
        unitQuantities(article, text, sentence, tokens, taken, out, s);
        ordinals(article, text, sentence, tokens, taken, out, s);
        counts(article, text, sentence, tokens, taken, out, s);
    }

    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            + "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred)\\b|digit",
            Pattern.CASE_INSENSITIVE);

    private static boolean mayHoldANumber(String text, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return NUMBER_WORD.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    private void money(String article, String text, Span sentence, List<Token> tokens, List<Span> taken, List<Mention> out, CharSequence s) {
        Matcher m = NumberPatterns.MONEY.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            boolean prefixed = m.group("cur") != null;
            String num = prefixed ? m.group("num") : m.group("num2");
            String mult = prefixed ? m.group("mult") : m.group("mult2");
            String cur = currency(prefixed ? m.group("cur") : m.group("cur2"));
            int numStart = prefixed ? m.start("cur") : m.start("num2");
            if (!free(taken, numStart, m.end())) {
                continue;
            }
            double v = NumberWords.cardinal(num) * multiplier(mult);
            Bound b = Bound.of(m.group("hedge"));
            // "$1.61 a share" is a price per unit, never comparable with a total
            String per = m.group("unit") == null ? "" : " per " + m.group("unit").toLowerCase(Locale.ROOT);
            int end = m.group("per") == null ? m.end() : m.start("per");
            add(out, taken, mention(article, ClaimKind.QUANTITY, Role.VALUE, text, sentence, tokens, m.start(), end, v, v, cur + per,
                    hedged(b) + cur + " " + humanAmount(v) + per, b == Bound.EXACT ? "exact" : "approximate", b, "", false));
        }
    }

    private void unitQuantities(String article, String text, Span sentence, List<Token> tokens, List<Span> taken, List<Mention> out, CharSequence s) {
        Matcher m = NumberPatterns.MAGNITUDE.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                double v = Double.parseDouble(m.group("a") != null ? m.group("a") : m.group("b"));
                add(out, taken, mention(article, ClaimKind.QUANTITY, Role.VALUE, text, sentence, tokens, m.start(), m.end(), v, v,
                        "magnitude", "magnitude " + trim(v), "exact", Bound.EXACT, "", false));
            }
        }
        m = NumberPatterns.DISTANCE.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (free(taken, m.start("num"), m.end())) {
                double km = NumberWords.cardinal(m.group("num")) * kilometresPer(m.group("unit"));
                Bound b = Bound.of(m.group("hedge"));
                add(out, taken, mention(article, ClaimKind.QUANTITY, Role.VALUE, text, sentence, tokens, m.start(), m.end(), km, km,
                        "km", hedged(b) + trim(Math.round(km * 100) / 100.0) + " km", b == Bound.EXACT ? "exact" : "approximate", b, "", false));
            }
        }
        m = NumberPatterns.MINUTE.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                double v = Double.parseDouble(m.group("num"));
                add(out, taken, mention(article, ClaimKind.QUANTITY, Role.VALUE, text, sentence, tokens, m.start(), m.end(), v, v,
                        "minute of play", trim(v) + "'", "exact", Bound.EXACT, "", false));
            }
        }
        m = NumberPatterns.AGE.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                double v = Double.parseDouble(m.group("num") != null ? m.group("num") : m.group("num2"));
                add(out, taken, mention(article, ClaimKind.QUANTITY, Role.VALUE, text, sentence, tokens, m.start(), m.end(), v, v,
                        "age", "aged " + trim(v), "exact", Bound.EXACT, "", false));
            }
        }
        m = NumberPatterns.TEMPERATURE.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                double v = Double.parseDouble(m.group("num"));
                boolean f = m.group("unit").toUpperCase(Locale.ROOT).startsWith("F");
                double c = f ? (v - 32) * 5 / 9 : v;
                add(out, taken, mention(article, ClaimKind.QUANTITY, Role.VALUE, text, sentence, tokens, m.start(), m.end(), c, c,
                        "°C", trim(Math.round(c * 10) / 10.0) + " °C", f ? "converted" : "exact", Bound.EXACT, "", false));
            }
        }
    }

    private void ordinals(String article, String text, Span sentence, List<Token> tokens, List<Span> taken, List<Mention> out, CharSequence s) {
        Matcher m = NumberPatterns.ORDINAL.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            if (!free(taken, m.start(), m.end()) || SUPERLATIVE_HINTS.contains(noun) || noun.endsWith("est")
                    || noun.endsWith("ed") || noun.endsWith("ly") || Lexicon.isStopword(noun) && !noun.equals("time")
                    || noun.equals("half") || noun.equals("quarter") || noun.equals("minute")) {
                continue;
            }
            int v = NumberWords.ordinal(m.group("ord"));
            if (v <= 0) {
                continue;
            }
            add(out, taken, mention(article, ClaimKind.ORDINAL, Role.VALUE, text, sentence, tokens, m.start(), m.end(), v, v,
                    "ordinal", ordinalText(v) + " " + Lexicon.stem(noun), "exact", Bound.EXACT, noun, false));
        }
    }

    private void counts(String article, String text, Span sentence, List<Token> tokens, List<Span> taken, List<Mention> out, CharSequence s) {
        // outcomes first: "14 dead across the region" is a count of the dead, not of "across"
        Matcher m;
        for (Pattern p : List.of(NumberPatterns.VERB_COUNT, NumberPatterns.COUNT_OUTCOME)) {
            m = p.matcher(s).region(sentence.start(), sentence.end());
            while (m.find()) {
                if (!free(taken, m.start("num"), m.end("num"))) {
                    continue;
                }
                double v = NumberWords.cardinal(m.group("num"));
                String word = (p == NumberPatterns.VERB_COUNT ? m.group("verb") : m.group("out")).toLowerCase(Locale.ROOT);
                String outcome = Lexicon.outcome(word.replaceAll("ing$", "ed").replace("kills", "killed").replace("injures", "injured"));
                if (v < 1 || outcome == null) {
                    continue;
                }
                Bound b = Bound.of(m.group("hedge"));
                add(out, taken, mention(article, ClaimKind.COUNT, Role.VALUE, text, sentence, tokens, m.start(), m.end(), v, v,
                        "count of people (" + outcome + ")", hedged(b) + trim(v) + " " + outcome, b == Bound.EXACT ? "exact" : "approximate",
                        b, "people", false));
            }
        }
        m = NumberPatterns.TOLL.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (!free(taken, m.start("num"), m.end())) {
                continue;
            }
            double v = NumberWords.cardinal(m.group("num"));
            Bound b = Bound.of(m.group("hedge"));
            // the quote is "rose to 43": the words about what died stay context, where they align the claim
            add(out, taken, mention(article, ClaimKind.COUNT, Role.VALUE, text, sentence, tokens, m.start("link"), m.end(), v, v,
                    "count of people (dead)", hedged(b) + trim(v) + " dead", b == Bound.EXACT ? "exact" : "approximate", b, "toll", false));
        }
        m = NumberPatterns.PART_OF.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            double v = NumberWords.cardinal(m.group("num"));
            if (!free(taken, m.start("num"), m.end()) || v < 1 || GENERIC_NOUNS.contains(noun)) {
                continue;
            }
            Bound b = Bound.of(m.group("hedge"));
            String what = Lexicon.stem(noun) + outcomeNear(tokens, m.start(), m.end());
            add(out, taken, mention(article, ClaimKind.COUNT, Role.VALUE, text, sentence, tokens, m.start(), m.end(), v, v,
                    "count of " + what, hedged(b) + trim(v) + " " + noun, b == Bound.EXACT ? "exact" : "approximate", b, noun, false));
        }
        m = NumberPatterns.COUNT.matcher(s).region(sentence.start(), sentence.end());
        while (m.find()) {
            String noun = m.group("noun").toLowerCase(Locale.ROOT);
            String num = m.group("num");
            if (!free(taken, m.start("num"), m.end()) || GENERIC_NOUNS.contains(noun) || Lexicon.isStopword(noun)) {
                continue;
            }
            double v = NumberWords.cardinal(num);
            boolean digits = Character.isDigit(num.charAt(0));
            if (v < 0 || digits && num.length() == 4 && v >= 1800 && v <= 2100 && !num.contains(",")) {
                continue;
            }
            if (v <= 1 || m.group("adj") != null && GENERIC_NOUNS.contains(m.group("adj").strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Bound b = Bound.of(m.group("hedge"));
            if (m.group("previous") != null) {
                // "four previous meetings" is a way of saying this one is the fifth
                int ordinal = (int) v + 1;
                String head = singular(noun);
                add(out, taken, mention(article, ClaimKind.ORDINAL, Role.VALUE, text, sentence, tokens, m.start(), m.end(), ordinal, ordinal,
                        "ordinal", ordinalText(ordinal) + " " + Lexicon.stem(head), "derived", Bound.EXACT, noun, false));
                continue;
            }
            String what = Lexicon.stem(noun) + outcomeNear(tokens, m.start(), m.end());
            add(out, taken, mention(article, ClaimKind.COUNT, Role.VALUE, text, sentence, tokens, m.start(), m.end(), v, v,
                    "count of " + what, hedged(b) + trim(v) + " " + noun, b == Bound.EXACT ? "exact" : "approximate", b, noun, false));
        }
    }

    /** " (dead)", " (injured)", ... for the nearest outcome word within a few words of a count of people, else "". */
    private static String outcomeNear(List<Token> tokens, int start, int end) {
        int first = indexAtOrAfter(tokens, start);
        int last = indexAtOrAfter(tokens, end);
        for (int d = 0; d <= 6; d++) {
            for (int i : new int[] {last + d, first - 1 - d}) {
                if (i >= 0 && i < tokens.size()) {
                    String o = Lexicon.outcome(tokens.get(i).lower());
                    if (o != null) {
                        return " (" + o + ")";
                    }
                }
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- places

    private void places(String article, String text, Span sentence, List<Token> tokens, List<Span> taken, List<Mention> out) {
        for (Places.Named p : Places.find(text, sentence.start(), sentence.end())) {
            if (!free(taken, p.start(), p.end()) || p.start() == sentence.start()) {
                continue;
            }
            String shown = titleCase(p.place());
            Mention m = mention(article, ClaimKind.PLACE, Role.OCCURS, text, sentence, tokens, p.start(), p.end(), 0, 0, "place",
                    shown, Places.isCountry(p.place()) ? "country" : "place", Bound.EXACT, p.within() == null ? "" : titleCase(p.within()), false);
            add(out, taken, m);
        }
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- shared

    private static boolean free(List<Span> taken, int start, int end) {
        for (Span t : taken) {
            if (t.overlaps(start, end)) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Mention> out, List<Span> taken, Mention m) {
        if (m != null) {
            out.add(m);
            taken.add(new Span(m.start(), m.end()));
        }
    }

    private Mention mention(String article, ClaimKind kind, Role role, String text, Span sentence, List<Token> tokens,
                            int start, int end, double low, double high, String scale, String value, String precision,
                            Bound bound, String cueOrNoun, boolean vague) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String head = head(kind, tokens, start, end, cueOrNoun);
        String cue = kind == ClaimKind.DATE || kind == ClaimKind.TIME || kind == ClaimKind.PLACE ? cueOrNoun : "";
        return new Mention(article, kind, role, text.substring(start, end), start, end, sentence, low, high, scale, value,
                precision, bound, head, cue, Map.of(), vague, java.util.Set.of(), java.util.Set.of(), null);
    }

    /** The word a value is about: the counted noun, the noun after a rate, or the nearest content word to the left. */
    private static String head(ClaimKind kind, List<Token> tokens, int start, int end, String noun) {
        if ((kind == ClaimKind.COUNT || kind == ClaimKind.ORDINAL) && !noun.isEmpty() && kind != ClaimKind.PLACE) {
            return noun.toLowerCase(Locale.ROOT);
        }
        int after = indexAtOrAfter(tokens, end);
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
        int before = indexAtOrAfter(tokens, start) - 1;
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

    /**
     * Gives each mention of a sentence its context: every content word of the sentence, weighted by
     * 1 / (1 + (distance / 8)²) in words, and owned by the mention it is nearest to, so that two values in one
     * sentence ("talks began on Saturday ahead of a meeting next week") do not share each other's evidence.
     */
    private static void attachContexts(List<Mention> out, int from, List<Token> tokens) {
        int count = out.size() - from;
        if (count == 0) {
            return;
        }
        int[] first = new int[count];
        int[] last = new int[count];
        for (int k = 0; k < count; k++) {
            Mention m = out.get(from + k);
            first[k] = indexAtOrAfter(tokens, m.start());
            last[k] = Math.max(first[k], indexAtOrAfter(tokens, m.end()) - 1);
        }
        List<Map<String, Double>> contexts = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int k = 0; k < count; k++) {
            Map<String, Double> c = new LinkedHashMap<>();
            String head = out.get(from + k).head();
            if (!head.isEmpty()) {
                c.put(Lexicon.feature(head), 1.0);
            }
            contexts.add(c);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.text().length() < 2 || Lexicon.isStopword(t.lower())) {
                continue;
            }
            int owner = -1;
            int best = Integer.MAX_VALUE;
            // a run of capitalized words inside a sentence is one name: "Buenos Aires", "Angela Merkel"
            int j = i;
            List<String> run = new ArrayList<>(List.of(t.text()));
            while (i > 0 && t.isCapitalized() && j + 1 < tokens.size() && tokens.get(j + 1).isWord()
                    && tokens.get(j + 1).isCapitalized() && !Lexicon.isStopword(tokens.get(j + 1).lower())) {
                j++;
                run.add(tokens.get(j).text());
            }
            List<String> stems = run.size() > 1 ? Lexicon.nameFeatures(run) : List.of(Lexicon.feature(t.text()));
            // names of people, places and organisations identify a happening better than common words
            double weightOfWord = t.isCapitalized() && i > 0 ? ENTITY_WEIGHT : 1.0;
            if (t.isCapitalized() && (i > 0 || run.size() > 1)) {
                names.addAll(stems);
            }
            // each kind shares the sentence out among its own mentions only: a rate beside a date is
            // usually about the same happening, two dates in one sentence usually are not
            for (ClaimKind kind : ClaimKind.values()) {
                owner = -1;
                best = Integer.MAX_VALUE;
                for (int k = 0; k < count; k++) {
                    // vague values ("since May") take no words from the values they qualify
                    if (out.get(from + k).kind() != kind || out.get(from + k).vague()) {
                        continue;
                    }
                    int d = i < first[k] ? first[k] - i : i > last[k] ? i - last[k] : -1;
                    if (d < 0) {
                        owner = -1;
                        break;
                    }
                    if (d < best) {
                        best = d;
                        owner = k;
                    }
                }
                if (owner >= 0) {
                    for (String stem : stems) {
                        contexts.get(owner).merge(stem, weightOfWord / (1.0 + (best / DECAY_WORDS) * (best / DECAY_WORDS)), Math::max);
                    }
                }
            }
            i = j;
        }
        for (int k = 0; k < count; k++) {
            out.set(from + k, out.get(from + k).withContext(contexts.get(k), names, actor(tokens, first[k])));
        }
    }

    /**
     * The name right before a value, skipping "on" and commas ("Iran Saturday condemned", "Estrada on Tuesday
     * condemned"): the one who acts. A name after "in", "at", "of" or "from" is a place or an object, not an actor.
     */
    private static java.util.Set<String> actor(List<Token> tokens, int first) {
        int i = first - 1;
        while (i >= 0 && (tokens.get(i).lower().equals("on") || tokens.get(i).text().equals(","))) {
            i--;
        }
        if (i < 0 || !tokens.get(i).isWord() || !tokens.get(i).isCapitalized()) {
            return java.util.Set.of();
        }
        int end = i;
        while (i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).isCapitalized()) {
            i--;
        }
        if (i > 0 && java.util.Set.of("in", "at", "of", "from", "to", "near", "between").contains(tokens.get(i - 1).lower())) {
            return java.util.Set.of();
        }
        List<String> run = new ArrayList<>();
        for (int k = i; k <= end; k++) {
            run.add(tokens.get(k).text());
        }
        if (run.size() == 1 && i == 0 && Lexicon.isStopword(run.get(0).toLowerCase(Locale.ROOT))) {
            return java.util.Set.of();
        }
        return new java.util.TreeSet<>(run.size() > 1 ? Lexicon.nameFeatures(run) : List.of(Lexicon.feature(run.get(0))));
    }

    private static String currency(String raw) {
        String c = raw.strip().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "$", "us$", "dollars" -> "USD";
            case "€", "euros" -> "EUR";
            case "£", "pounds sterling" -> "GBP";
            case "¥", "yen" -> "JPY";
            case "yuan" -> "CNY";
            case "₹", "rs", "rs.", "rupees" -> "INR";
            case "rand" -> "ZAR";
            case "naira" -> "NGN";
            default -> c.toUpperCase(Locale.ROOT);
        };
    }

    private static double multiplier(String mult) {
        if (mult == null) {
            return 1;
        }
        return switch (mult.toLowerCase(Locale.ROOT)) {
            case "k" -> 1e3;
            case "m", "mn", "million" -> 1e6;
            case "bn", "billion" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
    }

    private static double kilometresPer(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("mile")) {
            return 1.609344;
        }
        if (u.startsWith("met") || u.startsWith("metre")) {
            return 0.001;
        }
        if (u.equals("feet") || u.equals("ft")) {
            return 0.0003048;
        }
        return 1;
    }

    private static String humanAmount(double v) {
        if (v >= 1e12) {
            return trim(Math.round(v / 1e10) / 100.0) + " trillion";
        }
        if (v >= 1e9) {
            return trim(Math.round(v / 1e7) / 100.0) + " billion";
        }
        if (v >= 1e6) {
            return trim(Math.round(v / 1e4) / 100.0) + " million";
        }
        return trim(v);
    }

    private static String hedged(Bound b) {
        return switch (b) {
            case EXACT -> "";
            case APPROXIMATE -> "~";
            case AT_LEAST -> "≥";
            case MORE_THAN -> ">";
            case AT_MOST -> "≤";
            case LESS_THAN -> "<";
        };
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String singular(String noun) {
        return noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y" : noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static String ordinalText(int v) {
        int mod100 = v % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (v % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return v + suffix;
    }
}

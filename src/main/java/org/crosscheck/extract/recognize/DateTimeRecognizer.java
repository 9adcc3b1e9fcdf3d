package org.crosscheck.extract.recognize;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Bound;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Lexicon;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.Recognizer;
import org.crosscheck.extract.RecognizerExample;
import org.crosscheck.extract.Role;
import org.crosscheck.extract.SentenceText;
import org.crosscheck.extract.StartGate;
import org.crosscheck.extract.Token;
import org.crosscheck.extract.time.Timex;
import org.crosscheck.extract.time.TimexType;

/**
 * Dates and times of day, from the temporal tagger's expressions: "on Friday", "30 October", "last week",
 * "10:15 a.m. (0115 GMT)", "2 p.m. ET", "14.20 local time". A time stated in a zone becomes a UTC time; a time and its
 * conversion for readers elsewhere ("10 p.m. (2100 GMT)", "14.20 local time, or 12.20 Western Indonesia Time") are one
 * claim; a time without a zone takes the zone the article states its other times in.
 */
public final class DateTimeRecognizer implements Recognizer {

    private static final int CUE_WINDOW = 8;
    private static final Pattern ANAPHORIC = StartGate.compile("\\b(?:later|after|afterwards|earlier|before|previously|prior)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEFINITE_WEEKDAY = StartGate.compile(
            "\\b(?:a|an|one|every|each|any|some)\\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day\\b(?:[^\\d]*)$", Pattern.CASE_INSENSITIVE);
    /** "three minutes before 9 a.m.", "two hours after midnight": the time is a reference point, not when anything happened. */
    private static final Pattern OFFSET_FROM = StartGate.compile("(?i)\\b(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|twenty|thirty|forty|forty-five|ninety|several|a\\s+few|few|some)\\s+(?:minutes?|mins?|hours?|hrs?|seconds?)"
            + "\\s+(?:before|after|past|to|earlier\\s+than|later\\s+than)\\s+$");
    private static final Pattern REFERENCE_POINT = StartGate.compile("(?:since|after|before|by|as of|prior to|ahead of)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "the first cut since", "its lowest level since", "the biggest drop since": what comes after "since" is dated. */
    private static final Pattern FIRST_SINCE = StartGate.compile("\\b(?:first|last|lowest|highest|biggest|largest|smallest|worst|best|"
            + "deadliest|strongest|weakest|fastest|slowest)\\b[^.;:]{0,60}\\bsince\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_VALUE = StartGate.compile("^XXXX-WXX-([1-7])$");
    private static final Pattern TIME_VALUE = StartGate.compile("T(\\d{2}):(\\d{2})");
    /** What joins a time to its conversion: "(", ", or", " / ", "that is", "which is", "i.e.". */
    private static final Pattern CONVERSION = StartGate.compile("^\\s*(?:\\(|,?\\s*or\\s+|/\\s*|[,;]?\\s*(?:that is|which is|i\\.e\\.|ie)\\s*,?\\s*|,\\s*)$",
            Pattern.CASE_INSENSITIVE);

    /** What joins the two ends of a span of clock times: "noon to 5pm", "9-11 a.m.". */
    private static final Pattern SPAN_TO = StartGate.compile("^\\s*(?:to|until|till|and|-|–)\\s*$");
    /** Where the clock time ends inside a tagged time ("2100 GMT" is tagged whole): its zone is read from there. */
    private static final Pattern CLOCK = StartGate.compile("(?i)\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\d{1,2}[:.h]\\d{2}|\\d{4}|noon|midnight");
    /** The part of the day written after a clock time: "3:50 in the afternoon", "9:30 at night". */
    private static final String DAY_PART = "in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|this\\s+(?:morning|afternoon|evening)";
    /** Clock times the tagger leaves: "14.20 local time", "17h00 Vietnam time", "at 20.05". */
    private static final Pattern DOTTED = StartGate.compile("(?<![\\d.:,$£€+-])(?<h>[01]?\\d|2[0-3])(?<sep>[.:h])(?<m>[0-5]\\d)(?!\\d|[.,:]\\d|\\s?(?:%|[-–]|per\\b|per\\s?cent|percent|percentage|basis|pts?\\b|bps|pc\\b|bn|billion|million|trillion|m\\b|km|points?|seconds?|s\\b))(?:\\s*(?<ampm>a\\.?m\\.?|p\\.?m\\.?|am|pm)(?![a-z])|\\s+(?<part>" + DAY_PART + "))?",
            Pattern.CASE_INSENSITIVE);
    /** "four in the afternoon", "eleven o'clock at night": an hour in words and the part of the day. */
    private static final Pattern WORDED = StartGate.compile("(?i)\\b(?<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            + "(?:\\s+o'clock)?\\s+(?<part>" + DAY_PART + ")");

    private final ArticleZones zones;
    /** The zones written beside the times of the sentence being read. */
    private final java.util.Map<Mention, ZoneId> writtenZones = new java.util.IdentityHashMap<>();

    /** A recognizer for one article; {@code zones} tells the zone of its times that name none (null: none known). */
    public DateTimeRecognizer(ArticleZones zones) {
        this.zones = zones == null ? ArticleZones.none() : zones;
    }

    @Override
    public String name() {
        return "dates and times";
    }

    @Override
    public void find(SentenceText s) {
        List<Mention> times = new ArrayList<>();
        for (Timex t : s.timexes()) {
            if (!s.free(t.start(), t.end())) {
                continue;
            }
            if (t.type() == TimexType.DATE) {
                s.add(date(s, t));
            } else if (t.type() == TimexType.TIME) {
                Mention m = time(s, t);
                if (m != null) {
                    times.add(m);
                }
                // "9:30 a.m. Friday", "5.50pm today": the day is a claim of its own
                Mention day = dayOfTime(s, t);
                if (day != null) {
                    s.add(day);
                }
            }
        }
        Matcher d = s.matcher(DOTTED);
        while (d.find()) {
            if (!s.free(d.start(), d.end()) || times.stream().anyMatch(x -> x.start() < d.end() && d.start() < x.end())) {
                continue;
            }
            String after = s.text().substring(d.end(), Math.min(s.end(), d.end() + 40));
            String before = s.between(d.start() - 6, d.start()).toLowerCase(Locale.ROOT);
            boolean opensLine = d.start() == s.start() || s.between(s.start(), d.start()).matches("[\\s•*-]*");
            boolean colon = d.group("sep").equals(":");
            // "5.25" is a time only with a zone or a.m./p.m. beside it; "20:05" also after "at" or opening a timeline line
            if (d.group("ampm") == null && d.group("part") == null && TimeZones.after(after) == null && (!colon || !opensLine)
                    && !before.matches(".*\\b(?:at|from|until|till|to|by|since|around|about|after|before|approximately|roughly)\\s+$")) {
                continue;
            }
            if (d.group("h").equals("0") && !colon && d.group("ampm") == null) {
                continue; // "by 0.50" is a fraction: a clock writes half past midnight "00.50" or "0:50"
            }
            int hour = Integer.parseInt(d.group("h")) % 24;
            if (d.group("ampm") != null && d.group("ampm").toLowerCase(Locale.ROOT).startsWith("p") && hour < 12) {
                hour += 12;
            }
            hour = d.group("part") == null ? hour : withPart(hour, d.group("part"));
            int core = d.group("ampm") != null || d.group("part") != null ? d.end() : d.end("m");
            Mention m = clock(s, d.start(), core, d.end(), hour * 60 + Integer.parseInt(d.group("m")), null, d.group());
            if (m != null) {
                times.add(m);
            }
        }
        Matcher w = s.matcher(WORDED);
        while (w.find()) {
            if (!s.free(w.start(), w.end()) || times.stream().anyMatch(x -> x.start() < w.end() && w.start() < x.end())) {
                continue;
            }
            int hour = withPart((int) org.crosscheck.extract.NumberWords.cardinal(w.group("w").toLowerCase(Locale.ROOT)), w.group("part"));
            Mention m = clock(s, w.start(), w.end(), w.end(), hour * 60, null, w.group());
            if (m != null) {
                times.add(m);
            }
        }
        times.sort(java.util.Comparator.comparingInt(Mention::start));
        // "noon to 5pm Geneva time": the zone written after a span's end is its start's too
        for (int i = 0; i + 1 < times.size(); i++) {
            Mention a = times.get(i);
            Mention b = times.get(i + 1);
            ZoneId z = writtenZones.get(b);
            if (z != null && a.cue().equals("no zone") && SPAN_TO.matcher(s.between(a.end(), b.start())).matches()) {
                int utc = ArticleZones.toUtc(z, dayOf(s, a.start()), (int) a.low());
                times.set(i, new Mention(a.article(), a.kind(), a.role(), a.quote(), a.start(), a.end(), a.sentence(), utc, utc, "UTC time",
                        String.format(Locale.ROOT, "%02d:%02d UTC", utc / 60, utc % 60), a.precision(), a.bound(), a.head(), b.cue(),
                        a.context(), a.vague(), a.names(), a.actors(), null));
            }
        }
        writtenZones.clear();
        // a time and its conversion for readers elsewhere state one instant: keep the one in a known zone
        for (int i = 0; i < times.size(); i++) {
            Mention a = times.get(i);
            if (i + 1 < times.size() && isConversion(s, a, times.get(i + 1))) {
                Mention b = times.get(i + 1);
                // "21:50 local, which is 8.50pm here in the UK": the side with no zone may be in the article's zone
                if (a.scale().equals("local time") && b.scale().equals("local time")) {
                    if (b.cue().equals("no zone")) {
                        b = inferZone(s, b);
                    } else if (a.cue().equals("no zone")) {
                        a = inferZone(s, a);
                    }
                }
                s.add(inferZone(s, merge(s, a, b)));
                i++;
            } else {
                s.add(inferZone(s, a));
            }
        }
    }

    /** The zone an article states its times in: the one non-UTC zone it names, when it names exactly one. */
    public static ZoneId articleZone(String text, List<Timex> timexes) {
        java.util.Map<ZoneId, Integer> counts = new java.util.HashMap<>();
        for (Timex t : timexes) {
            if (t.type() != TimexType.TIME) {
                continue;
            }
            // the zone follows the clock inside the tagged text ("21:48 EDT") or after it
            Matcher clock = CLOCK.matcher(t.text());
            int from = t.end();
            while (clock.find()) {
                from = t.start() + clock.end();
            }
            TimeZones.Named z = TimeZones.after(text.substring(from, Math.min(text.length(), from + 40)));
            if (z != null && !z.local() && !TimeZones.isUtc(z.zone())) {
                counts.merge(z.zone(), 1, Integer::sum);
            }
        }
        // clock times the tagger leaves: "18:10 Moscow time", a page's "Posted 09:48 AM CDT"
        Matcher d = DOTTED.matcher(text);
        while (d.find()) {
            int at = d.end();
            if (timexes.stream().anyMatch(t -> t.type() == TimexType.TIME && t.start() <= d.start() && d.start() < t.end())) {
                continue;
            }
            TimeZones.Named z = TimeZones.after(text.substring(at, Math.min(text.length(), at + 40)));
            if (z != null && !z.local() && !TimeZones.isUtc(z.zone())) {
                counts.merge(z.zone(), 1, Integer::sum);
            }
        }
        // "EDT" on the page and "ET" in the copy name one clock: a fixed offset the region keeps in some season folds into it
        java.util.Set<ZoneId> zones = new java.util.TreeSet<>(java.util.Comparator.comparing(ZoneId::getId));
        zones.addAll(counts.keySet());
        zones.removeIf(f -> f.getRules().isFixedOffset() && zones.stream().anyMatch(r -> !r.getRules().isFixedOffset() && keeps(r, f)));
        return zones.size() == 1 ? zones.iterator().next() : null;
    }

    /** True when {@code region} keeps the fixed offset {@code fixed} in winter or in summer. */
    private static boolean keeps(ZoneId region, ZoneId fixed) {
        int f = fixed.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds();
        for (String day : new String[] {"2001-01-15T12:00:00Z", "2001-07-15T12:00:00Z"}) {
            if (region.getRules().getOffset(java.time.Instant.parse(day)).getTotalSeconds() == f) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConversion(SentenceText s, Mention a, Mention b) {
        if (b.start() - a.end() > 18) {
            return false;
        }
        String between = s.between(a.end(), b.start());
        return CONVERSION.matcher(between).matches() && !(a.scale().equals("UTC time") && b.scale().equals("UTC time") && a.low() != b.low());
    }

    /**
     * One claim for a time and its conversion. The kept value is the one in a known zone (UTC when either gives
     * it); a local time converted to UTC tells the offset of where it happened, kept as the cue "local +HH:MM".
     */
    private static Mention merge(SentenceText s, Mention a, Mention b) {
        Mention zoned = a.scale().equals("UTC time") ? a : b.scale().equals("UTC time") ? b : a;
        Mention other = zoned == a ? b : a;
        int end = b.end();
        if (end < s.end() && s.text().charAt(end) == ')') {
            end++;
        }
        String cue = zoned.cue();
        if (!other.scale().equals("UTC time") && zoned.scale().equals("UTC time") && !zoned.cue().startsWith("zone inferred")) {
            int offset = (int) Math.floorMod((long) (other.low() - zoned.low()), 1440L);
            if (offset > 720) {
                offset -= 1440;
            }
            cue = String.format(Locale.ROOT, "local %s%02d:%02d", offset < 0 ? "-" : "+", Math.abs(offset) / 60, Math.abs(offset) % 60);
        }
        return new Mention(zoned.article(), ClaimKind.TIME, zoned.role(), s.text().substring(a.start(), end), a.start(), end,
                zoned.sentence(), zoned.low(), zoned.high(), zoned.scale(), zoned.value(), zoned.precision(), zoned.bound(),
                zoned.head(), cue, zoned.context(), zoned.vague(), zoned.names(), zoned.actors(), null);
    }

    private Mention date(SentenceText s, Timex t) {
        String value = t.value() == null ? "" : t.value();
        String before = s.between(t.start() - 12, t.start());
        boolean referencePoint = REFERENCE_POINT.matcher(before).find() && !t.range();
        if (referencePoint && before.toLowerCase(Locale.ROOT).matches(".*\\bsince\\s*$") && FIRST_SINCE.matcher(s.between(t.start() - 80, t.start())).find()) {
            // "the first cut since May 2011": the date of the previous one, a claim like any other
            referencePoint = false;
        }
        Role role;
        String cue = "";
        if (t.range()) {
            role = Role.SPANS;
        } else {
            String[] found = roleCue(s, t.start(), t.end());
            role = Role.valueOf(found[0]);
            cue = found[1];
        }
        if (value.endsWith("_REF")) {
            return null; // "now", "recently", "the current": no calendar value to compare
        }
        // "on a Sunday night in June", "every Friday": a weekday after an indefinite names no particular day
        boolean indefinite = INDEFINITE_WEEKDAY.matcher(before + t.text()).find();
        boolean vague = referencePoint || indefinite || ANAPHORIC.matcher(t.text()).find() && !t.anchored();
        if (t.first() != null && t.last() != null) {
            long lo = t.first().toEpochDay();
            long hi = t.last().toEpochDay();
            String shown = t.range() ? t.first() + "/" + t.last() : value;
            boolean after = ANAPHORIC.matcher(t.text()).find() && t.text().matches("(?i).*\\b(?:later|after|afterwards)\\b.*");
            return s.mention(ClaimKind.DATE, role, t.start(), t.end(), lo, hi, "day", shown, precisionOf(value, t), Bound.EXACT, cue,
                    vague || after);
        }
        Matcher w = WEEKDAY_VALUE.matcher(value);
        if (w.matches()) {
            // no publication date: a bare weekday still compares with another bare weekday
            int weekday = Integer.parseInt(w.group(1));
            String day = java.time.DayOfWeek.of(weekday).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            return s.mention(ClaimKind.DATE, role, t.start(), t.end(), weekday, weekday, "weekday", day + " (no date)", "weekday",
                    Bound.EXACT, cue, vague);
        }
        return null;
    }

    private Mention dayOfTime(SentenceText s, Timex t) {
        String value = t.value() == null ? "" : t.value();
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}T.*") || !t.text().matches("(?is).*\\b(?:today|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)|last\\s+night|mon|tue|wed|thu|fri|sat|sun|"
                + "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[a-z]{3})[a-z.]*\\b.*")) {
            return null;
        }
        long day = LocalDate.parse(value.substring(0, 10)).toEpochDay();
        String[] found = roleCue(s, t.start(), t.end());
        return s.mention(ClaimKind.DATE, Role.valueOf(found[0]), t.start(), t.end(), day, day, "day", value.substring(0, 10), "day",
                Bound.EXACT, found[1], false);
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

    private Mention time(SentenceText s, Timex t) {
        Matcher m = TIME_VALUE.matcher(t.value() == null ? "" : t.value());
        if (!m.find()) {
            return null;
        }
        int minute = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        // the zone follows the clock time, inside the tagged text ("2100 GMT") or after it ("9:03 a.m. KST")
        Matcher clock = CLOCK.matcher(t.text());
        int coreEnd = -1;
        while (clock.find()) {
            coreEnd = clock.end();
        }
        int from = coreEnd < 0 ? t.end() : t.start() + coreEnd;
        return clock(s, t.start(), from, t.end(), minute, t.mod(), t.text());
    }

    /**
     * A time of day in the sentence: {@code zoneFrom} is where the clock time ends and a zone may be written,
     * {@code end} where the time expression ends. The zone named there, else the article's, makes it a UTC time.
     */
    private Mention clock(SentenceText s, int start, int zoneFrom, int end, int minute, String mod, String written) {
        // a time can run past its sentence ("midnight\nFriday"): read the zone only up to the sentence's end
        zoneFrom = Math.min(zoneFrom, s.end());
        TimeZones.Named zone = TimeZones.after(s.text().substring(zoneFrom, Math.min(s.end(), zoneFrom + 40)));
        String scale = "local time";
        String cue;
        ZoneId z = null;
        if (zone != null) {
            end = Math.max(end, Math.min(s.end(), zoneFrom + zone.length()));
        }
        if (zone != null && !zone.local()) {
            z = zone.zone();
            cue = zone.name();
        } else if (zone != null) {
            cue = "local";
        } else {
            cue = "no zone"; // the article may tell its zone: see inferZone, once conversions are paired
        }
        String shown;
        if (z != null) {
            int offset = new TimeZones.Named(0, z, "").offsetMinutes(dayOf(s, start), minute);
            minute = Math.floorMod(minute - offset, 24 * 60);
            scale = "UTC time";
            shown = String.format(Locale.ROOT, "%02d:%02d UTC", minute / 60, minute % 60);
        } else {
            shown = String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
        }
        String[] found = roleCue(s, start, end);
        Mention m = s.mention(ClaimKind.TIME, Role.valueOf(found[0]), start, end, minute, minute, scale, shown, "minute",
                boundOfMod(mod, s.between(start - 10, end)), cue, OFFSET_FROM.matcher(s.between(start - 40, start)).find());
        if (z != null) {
            writtenZones.put(m, z);
        }
        return m;
    }

    /** An hour of a clock as the part of the day written after it makes it: "3:50 in the afternoon" is 15:50. */
    private static int withPart(int hour, String part) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.endsWith("morning")) {
            return hour == 12 ? 0 : hour;
        }
        // "9:30 at night" is 21:30, "2 at night" stays 2
        boolean later = p.endsWith("afternoon") || p.endsWith("evening") || hour >= 5;
        return later && hour < 12 ? hour + 12 : hour;
    }

    /**
     * A time the sentence gives no zone ("1:29 a.m.", "20:05 local time") in the zone the article tells: a place named
     * right after it, the zone the article declares or writes beside its other times, or one inferred from the
     * places it names and its own conversions (then marked so in the cue). Without any, it stays local.
     */
    private Mention inferZone(SentenceText s, Mention m) {
        if (m == null || m.kind() != ClaimKind.TIME || !m.scale().equals("local time")) {
            return m;
        }
        LocalDate day = dayOf(s, m.start());
        int minute = (int) m.low();
        // a time may run past its sentence's end (a split inside "a.m."): read what follows only inside the sentence
        int after = Math.min(m.end(), s.end());
        String next = s.text().substring(after, Math.min(s.end(), after + 40));
        ArticleZones.Inferred z = zones.namedAfter(next, day);
        if (z == null && zones.unknownPlaceAfter(next)) {
            return m; // "6:37 a.m. in Tarrowbay": that town's clock, not the one the article's other places or page give
        }
        if (z == null) {
            z = m.cue().equals("local") ? zones.local(s.start(), s.end(), day) : zones.unzoned(m.start(), day);
        }
        if (z == null) {
            return m;
        }
        int utc = ArticleZones.toUtc(z.zone(), day, minute);
        String shown = String.format(Locale.ROOT, "%02d:%02d UTC", utc / 60, utc % 60);
        return new Mention(m.article(), m.kind(), m.role(), m.quote(), m.start(), m.end(), m.sentence(), utc, utc, "UTC time", shown,
                m.precision(), m.bound(), m.head(), z.why(), m.context(), m.vague(), m.names(), m.actors(), null);
    }

    /**
     * The day a time falls on, for its zone's offset: a day stated in the same sentence, else the day the story was
     * last talking about, else the publication date.
     */
    private LocalDate dayOf(SentenceText s, int at) {
        Timex nearest = null;
        for (Timex o : s.timexes()) {
            if (o.type() == TimexType.DATE && o.first() != null && o.first().equals(o.last())
                    && (nearest == null || Math.abs(o.start() - at) < Math.abs(nearest.start() - at))) {
                nearest = o;
            }
        }
        if (nearest != null) {
            return nearest.first();
        }
        for (Timex o : s.timexes()) {
            // the day the tagger gave the time itself: the day the story was last talking about ("June 7 ... at 8:50 p.m.")
            if (o.type() == TimexType.TIME && o.first() != null && o.start() <= at && at < o.end()) {
                return o.first();
            }
        }
        return s.published() != null ? s.published() : zones.reference() != null ? zones.reference() : LocalDate.of(2001, 1, 15);
    }

    static Bound boundOfMod(String mod, String quote) {
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
        return quote.toLowerCase(Locale.ROOT).matches(".*\\b(about|around|roughly|nearly|almost|some|shortly|just)\\b.*")
                ? Bound.APPROXIMATE : Bound.EXACT;
    }

    /** Verbs that move a date: a date after them with "in" or "on" is when it was moved, not where it now stands. */
    private static final Set<String> CHANGE_VERBS = Set.of("extended", "extend", "extends", "moved", "pushed", "postponed",
            "delayed", "deferred", "shifted", "rescheduled", "changed", "lengthened", "shortened", "prolonged", "brought");

        /** The nearest role cue to the left in the same clause; reporting verbs count only right beside the date. */
    private static String[] roleCue(SentenceText s, int start, int end) {
        List<Token> tokens = s.tokens();
        int first = s.tokenAt(start);
        int last = s.tokenAt(end);
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
        int own = Math.max(first, Math.min(last, tokens.size()) - 1);
        if (own < tokens.size() && tokens.get(own).lower().matches(".*['\u2019]s")) {
            // "within an hour of Tuesday's cut": a possessive date dates the noun it qualifies, not the verb before it
            for (int i = own + 1; i < tokens.size() && i <= own + 3 && tokens.get(i).isWord(); i++) {
                Role r = Lexicon.roleCue(tokens.get(i).lower());
                if (r != null) {
                    return new String[] {r.name(), tokens.get(i).text()};
                }
            }
            return new String[] {Role.OCCURS.name(), ""};
        }
        String prep = first > 0 ? tokens.get(first - 1).lower() : "";
        boolean when = prep.equals("in") || prep.equals("on") || prep.equals("during");
        for (int i = first - 1; i >= 0 && i >= first - CUE_WINDOW; i--) {
            Token tok = tokens.get(i);
            if (tok.isClauseBreak()) {
                break;
            }
            if (when && CHANGE_VERBS.contains(tok.lower())) {
                // "the filing date was pushed back a month on Tuesday": the day of the change, not the new date
                return new String[] {Role.OCCURS.name(), tok.text()};
            }
            Role r = Lexicon.roleCue(tok.lower());
            if (r != null) {
                return new String[] {r.name(), tok.text()};
            }
        }
        return new String[] {Role.OCCURS.name(), ""};
    }

    @Override
    public List<RecognizerExample> examples() {
        return List.of(
                RecognizerExample.of("The agency said the ferry struck the pier at 10:15 a.m. (0115 GMT) on Sunday.", "2025-03-09",
                        List.of("time 01:15 UTC", "date 2025-03-09"), List.of("time 10:15")),
                RecognizerExample.of("The decision was announced at 2 p.m. ET on Wednesday.", "2024-09-18",
                        List.of("time 18:00 UTC"), List.of()),
                RecognizerExample.of("The statement is due at 19:00 BST.", "2024-09-18", List.of("time 18:00 UTC"), List.of()),
                RecognizerExample.of("The board trimmed its rate by 0.25 percentage points to 3.5%.", "2025-03-19",
                        List.of("rate 0.25 points", "rate 3.5%"), List.of("time")),
                RecognizerExample.of("Lenders cut rates by 0.50 per cent, and the ferry leaves at 0.50 a.m.", "2025-03-19",
                        List.of("time 00:50"), List.of("time 00:25")),
                RecognizerExample.of("An exit poll released as voting ended at 10 p.m. (2100 GMT) projected a landslide.", "2024-07-05",
                        List.of("time 21:00 UTC"), List.of("time 22:00 UTC", "time 22:00")),
                RecognizerExample.of("The tram stopped at 14.20 local time, or 12.20 Western Indonesia Time.", "2025-03-10",
                        List.of("time 05:20 UTC"), List.of("time 14:20")),
                RecognizerExample.of("The race is timed for 21:50 local time.", "2024-08-04", List.of("time 21:50"), List.of()),
                RecognizerExample.of("The verdict came late on Thursday.", "2023-03-03", List.of("date 2023-03-02"), List.of()),
                RecognizerExample.of("Talks will resume on Friday.", "2025-10-20", List.of("date 2025-10-24"), List.of()),
                RecognizerExample.of("The firm disclosed the 7 of March of 2021 that it had been hacked.", "2024-05-02",
                        List.of("date 2021-03-07"), List.of("date 2024-03-07")),
                RecognizerExample.of("Talks resume on Friday.", null, List.of("date Friday (no date)"), List.of()));
    }
}

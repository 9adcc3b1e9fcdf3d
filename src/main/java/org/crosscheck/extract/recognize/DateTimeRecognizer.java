package org.crosscheck.extract.recognize;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * "9:03 a.m. (0003 GMT)", "2 p.m. ET", "09.03 local time". A time stated in a zone becomes a UTC time; a time and its
 * conversion for readers elsewhere ("10 p.m. (2100 GMT)", "09.03 local time, or 07.03 Western Indonesia Time") are one
 * claim; a time without a zone takes the zone the article states its other times in.
 */
public final class DateTimeRecognizer implements Recognizer {

    private static final int CUE_WINDOW = 8;
    private static final Pattern ANAPHORIC = StartGate.compile("\\b(?:later|after|afterwards|earlier|before|previously|prior)\\b",
            Pattern.CASE_INSENSITIVE);
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

    /** Where the clock time ends inside a tagged time ("2100 GMT" is tagged whole): its zone is read from there. */
    private static final Pattern CLOCK = StartGate.compile("(?i)\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\d{1,2}[:.h]\\d{2}|\\d{4}|noon|midnight");
    /** Clock times the tagger leaves: "09.03 local time", "17h00 Vietnam time", "at 20.05". */
    private static final Pattern DOTTED = StartGate.compile("(?<![\\d.:,$£€+-])(?<h>[01]?\\d|2[0-3])(?<sep>[.:h])(?<m>[0-5]\\d)(?!\\d|[.,:]\\d|\\s?(?:%|[-–]|per\\b|per\\s?cent|percent|percentage|basis|pts?\\b|bps|pc\\b|bn|billion|million|trillion|m\\b|km|points?|seconds?|s\\b))(?:\\s*(?<ampm>a\\.?m\\.?|p\\.?m\\.?|am|pm)(?![a-z]))?",
            Pattern.CASE_INSENSITIVE);

    private final ZoneId articleZone;

    /** A recognizer for one article; {@code articleZone} is the zone it states its times in, or null. */
    public DateTimeRecognizer(ZoneId articleZone) {
        this.articleZone = articleZone;
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
            if (d.group("ampm") == null && TimeZones.after(after) == null && (!colon || !opensLine)
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
            int core = d.group("ampm") != null ? d.end() : d.end("m");
            Mention m = clock(s, d.start(), core, d.end(), hour * 60 + Integer.parseInt(d.group("m")), null, d.group());
            if (m != null) {
                times.add(m);
            }
        }
        times.sort(java.util.Comparator.comparingInt(Mention::start));
        // a time and its conversion for readers elsewhere state one instant: keep the one in a known zone
        for (int i = 0; i < times.size(); i++) {
            Mention a = times.get(i);
            if (i + 1 < times.size() && isConversion(s, a, times.get(i + 1))) {
                Mention b = times.get(i + 1);
                s.add(merge(s, a, b));
                i++;
            } else {
                s.add(a);
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
            TimeZones.Named z = TimeZones.after(text.substring(t.end(), Math.min(text.length(), t.end() + 40)));
            if (z != null && !z.local() && !TimeZones.isUtc(z.zone())) {
                counts.merge(z.zone(), 1, Integer::sum);
            }
        }
        if (counts.size() != 1) {
            return null;
        }
        return counts.keySet().iterator().next();
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
        if (!other.scale().equals("UTC time") && zoned.scale().equals("UTC time")) {
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
            // "the first cut since March 2020": the date of the previous one, a claim like any other
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
        boolean vague = referencePoint || ANAPHORIC.matcher(t.text()).find() && !t.anchored();
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
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}T.*") || !t.text().matches("(?is).*\\b(?:today|tonight|yesterday|tomorrow|mon|tue|wed|thu|fri|sat|sun|"
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
        } else if (articleZone != null) {
            z = articleZone;
            cue = "the article's zone";
        } else {
            cue = "no zone";
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
        return s.mention(ClaimKind.TIME, Role.valueOf(found[0]), start, end, minute, minute, scale, shown, "minute",
                boundOfMod(mod, s.between(start - 10, end)), cue, false);
    }

    /** The day a time falls on, for its zone's offset: a day stated in the same sentence, else the publication date. */
    private static LocalDate dayOf(SentenceText s, int at) {
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
        return s.published() != null ? s.published() : LocalDate.of(2001, 1, 15);
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

    @Override
    public List<RecognizerExample> examples() {
        return List.of(
                RecognizerExample.of("The ministry said the aircraft struck the wall at 9:03 a.m. (0003 GMT) on Sunday.", "2024-12-29",
                        List.of("time 00:03 UTC", "date 2024-12-29"), List.of("time 09:03")),
                RecognizerExample.of("The decision was announced at 2 p.m. ET on Wednesday.", "2024-09-18",
                        List.of("time 18:00 UTC"), List.of()),
                RecognizerExample.of("The statement is due at 19:00 BST.", "2024-09-18", List.of("time 18:00 UTC"), List.of()),
                RecognizerExample.of("The board trimmed its rate by 0.25 percentage points to 3.5%.", "2025-03-19",
                        List.of("rate 0.25 points", "rate 3.5%"), List.of("time")),
                RecognizerExample.of("Lenders cut rates by 0.50 per cent, and the ferry leaves at 0.50 a.m.", "2025-03-19",
                        List.of("time 00:50"), List.of("time 00:25")),
                RecognizerExample.of("An exit poll released as voting ended at 10 p.m. (2100 GMT) projected a landslide.", "2024-07-05",
                        List.of("time 21:00 UTC"), List.of("time 22:00 UTC", "time 22:00")),
                RecognizerExample.of("It hit the barrier at 09.03 local time, or 07.03 Western Indonesia Time.", "2024-12-30",
                        List.of("time 00:03 UTC"), List.of("time 09:03")),
                RecognizerExample.of("The race is timed for 21:50 local time.", "2024-08-04", List.of("time 21:50"), List.of()),
                RecognizerExample.of("The verdict came late on Thursday.", "2023-03-03", List.of("date 2023-03-02"), List.of()),
                RecognizerExample.of("Talks will resume on Friday.", "2025-10-20", List.of("date 2025-10-24"), List.of()),
                RecognizerExample.of("Talks resume on Friday.", null, List.of("date Friday (no date)"), List.of()));
    }
}

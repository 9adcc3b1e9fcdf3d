package org.crosscheck.extract.recognize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Bound;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.NumberWords;
import org.crosscheck.extract.Recognizer;
import org.crosscheck.extract.RecognizerExample;
import org.crosscheck.extract.Role;
import org.crosscheck.extract.SentenceText;
import org.crosscheck.extract.StartGate;
import org.crosscheck.extract.time.Timex;
import org.crosscheck.extract.time.TimexType;

/**
 * How long something lasted or took: the tagger's durations ("a 90-day truce", "for three hours", "a quarter of a
 * century", "jailed for 12 years"), fractions of a second ("by five thousandths of a second", "0.005 seconds") and
 * race times ("clocked 12.59", "took bronze in 12.62"). A window the writer looks through ("over the past three
 * months") is not a duration of anything.
 */
public final class DurationRecognizer implements Recognizer {

    private static final double SECOND = 1.0 / 86400;
    /**
     * "over the past three months", "in the last 24 hours": a window the writer looks back through. "Over the next
     * 15 years" looks forward, and says how long something will run, so it stays a duration.
     */
    private static final Pattern WINDOW = StartGate.compile("\\b(?:the|its|their|over|in|for|during|within)\\s+(?:past|last|previous|first|final|recent)\\s*$"
            + "|^(?:(?:over|in|for|during|within)\\s+)?(?:the\\s+)?(?:past|last|previous|first|final|recent)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROUND = StartGate.compile("(?:a|an|one)\\s+(?:century|decade|generation|year|month|week)s?\\b|decades\\b|centuries\\b",
            Pattern.CASE_INSENSITIVE);
    /** "0.005 seconds", "12.59s", "12.5 sec". */
    private static final Pattern DECIMAL_SECONDS = StartGate.compile("(?<![\\w.,])" + "(?<hedge>(?:about|around|just|only|nearly|almost)\\s+)?"
            + "(?<num>\\d*\\.\\d+|\\d+)\\s?(?:seconds?|secs?|s)\\b(?!-)", Pattern.CASE_INSENSITIVE);
    /** "five thousandths of a second", "a hundredth", "twelve hundredths of a second". */
    private static final Pattern FRACTION = StartGate.compile("\\b(?<num>a|one|" + NumberWords.CARDINAL_REGEX + "|\\d+)[-\\s]"
            + "(?:one-)?(?<part>tenths?|hundredths?|thousandths?)(?:\\s+of\\s+a\\s+second)?\\b", Pattern.CASE_INSENSITIVE);
    /** A race time after the words that give one: "clocked 12.59", "in 12.62", "timed in 12.59", "Haddad 12.914". */
    private static final Pattern RACE_TIME = StartGate.compile("(?:\\b(?:clocked|clocking|timed in|ran|run|in|with|of|time of|best of|clocking a (?:personal|season|world)[- ]best)\\s+|(?-i:(?<=\\p{Lu}\\p{Ll}{1,20}\\s)))"
            + "(?<num>\\d{1,2}\\.\\d{2,3})(?![\\d%]|\\.\\d)(?!\\s*(?:%|per|bn|billion|million|trillion|km|miles?|m\\b|metres?|meters?|points?|pc|percent|magnitude|kg|tonnes?|lb|feet|ft|mph|knots?|degrees?))",
            Pattern.CASE_INSENSITIVE);

    private static final String HEDGE = "(?<hedge>(?:" + org.crosscheck.extract.Alternatives.grouped("about|around|roughly|nearly|almost|some|just over|just under|a little over|"
            + "a little under|more than|less than|over|under|barely|at least") + ")\\s+)?";
    /** "half an hour", "a quarter of an hour", "three-quarters of a century", "a half-hour": a fraction of one unit. */
    private static final Pattern PART_OF_UNIT = StartGate.compile("(?<![\\w-])" + HEDGE
            + "(?:(?<frac>half|a\\s+half|a\\s+quarter|one\\s+quarter|three[-\\s]quarters|two[-\\s]thirds|a\\s+third|one[-\\s]third)\\s+(?:of\\s+)?(?:an?\\s+)"
            + "|(?<pre>an?\\s+)(?<hyph>half|quarter)-)"
            + "(?<unit>second|minute|hour|day|week|month|year|decade|century)\\b(?!-)", Pattern.CASE_INSENSITIVE);
    private static final String AMOUNT = "\\d+|a|an|one|" + NumberWords.CARDINAL_REGEX;
    /** "1 hour 5 minutes", "six minutes and 49 seconds", "2 hours, 10 minutes and 5 seconds": one length in parts. */
    private static final Pattern COMPOUND = StartGate.compile("(?<![\\w.,-])" + HEDGE
            + "(?<a>" + AMOUNT + ")\\s+(?<ua>hours?|hrs?|minutes?|mins?)"
            + ",?\\s+(?:and\\s+)?(?<b>" + AMOUNT + ")\\s+(?<ub>minutes?|mins?|seconds?|secs?)\\b"
            + "(?:,?\\s+(?:and\\s+)?(?<c>" + AMOUNT + ")\\s+(?<uc>seconds?|secs?)\\b)?", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "durations";
    }

    @Override
    public void find(SentenceText s) {
        partsOfUnits(s);
        compounds(s);
        Matcher m = s.matcher(FRACTION);
        while (m.find()) {
            if (!s.free(m.start(), m.end())) {
                continue;
            }
            String n = m.group("num").toLowerCase(Locale.ROOT);
            double count = n.equals("a") ? 1 : NumberWords.cardinal(n);
            String part = m.group("part").toLowerCase(Locale.ROOT);
            double per = part.startsWith("tenth") ? 0.1 : part.startsWith("hundredth") ? 0.01 : 0.001;
            // hundredths and thousandths with no "of ..." are a timing's ("the spread was 12 hundredths"); bare tenths are
            // as often a rate's ("inflation rose two tenths"), so they need a second in the sentence
            boolean bare = !part.startsWith("tenth") && !s.text().regionMatches(true, m.end(), " of", 0, 3);
            boolean second = m.group().toLowerCase(Locale.ROOT).endsWith("second") || secondsNearby(s, m.end()) || bare;
            if (count <= 0 || !second) {
                continue;
            }
            add(s, m.start(), m.end(), count * per, Bound.EXACT);
        }
        m = s.matcher(DECIMAL_SECONDS);
        while (m.find()) {
            if (s.free(m.start("num"), m.end()) && m.group("num").contains(".")) {
                add(s, m.start(), m.end(), Double.parseDouble(m.group("num")), m.group("hedge") == null ? Bound.EXACT : Bound.APPROXIMATE);
            }
        }
        m = s.matcher(RACE_TIME);
        while (m.find()) {
            if (s.free(m.start("num"), m.end("num"))) {
                add(s, m.start("num"), m.end("num"), Double.parseDouble(m.group("num")), Bound.EXACT);
            }
        }
        for (Timex t : s.timexes()) {
            if (t.type() != TimexType.DURATION || !s.free(t.start(), t.end())) {
                continue;
            }
            Mention previous = previousOccurrence(s, t);
            String value = t.value() == null ? "" : t.value();
            String before = s.between(t.start() - 12, t.start());
            // "over the past three months" is a window the writer looks through, not how long an event lasts
            // "the truce will last 90 days" is a duration; "in the last 90 days" a window
            boolean verb = before.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:will|would|to|can|could|may|might|should|must|did|does|do|not|set to)\\s*$");
            if (t.approxDays() <= 0 || value.contains("X") || !verb && (WINDOW.matcher(before).find() || WINDOW.matcher(t.text()).lookingAt())) {
                continue;
            }
            Bound bound = DateTimeRecognizer.boundOfMod(t.mod(), t.text());
            if (bound == Bound.EXACT && ROUND.matcher(t.text()).lookingAt()) {
                bound = Bound.APPROXIMATE; // "in a century", "a decade ago": a round figure, not a count of years
            }
            s.add(s.mention(ClaimKind.DURATION, Role.VALUE, t.start(), t.end(), t.approxDays(), t.approxDays(), "days", value,
                    bound == Bound.EXACT ? "exact" : "approximate", bound, "", false));
            s.add(previous);
        }
        for (Timex t : s.timexes()) {
            // a window skipped above can still date the previous time: "the first time in the past decade"
            if (t.type() == TimexType.DURATION && s.free(t.start(), t.end())) {
                s.add(previousOccurrence(s, t));
            }
        }
    }

    /**
     * The cue of a date that a length since dates: the previous time, which is no anchor year of the sentence's other
     * values ("won 71 seats, their best showing in 100 years" is not a count of 1924).
     */
    public static final String PREVIOUS = "previous";

    /** "first ... in", "the deadliest ... for", "the worst ... in the past": the clause dates the previous occurrence. */
    private static final Pattern FIRST_IN = Pattern.compile("(?i)\\b(?:first|only|worst|best|biggest|largest|deadliest|"
            + "highest|lowest|strongest|weakest|longest|shortest|sharpest|steepest|fastest|slowest|most|least|\\w{3,}iest)\\b"
            + "[^;:()\\[\\]]{0,80}?\\b(?:in|for)\\s+(?:(?:the|its)\\s+)?(?:(?:past|last)\\s+)?$");
    /** "an eight-year wait", "a 12-year drought": the years since it last happened. */
    private static final Pattern WAIT = Pattern.compile("(?i)^[-\\s]*(?:wait|drought|absence|hiatus|gap|lull)\\b");
    private static final Pattern YEARS_MONTHS = Pattern.compile("^P(?:(\\d+)Y)?(?:(\\d+)M)?$");

    /**
     * The day something last happened, as the length since then dates it: "the first cut in four and a half years"
     * (2020-03, published 2024-09), "the deadliest fire in 105 years", "an eight-year wait for the title". Years and
     * months only, at the precision written (a year for "19 years", a month for "four and a half years"); a hedged
     * length ("in more than four years") bounds the day on one side only, and a round one ("in a century", "in two
     * decades") dates it only roughly: neither contradicts anything. Null where the
     * clause is not about a first or a record, where the length is in days or weeks, or where the sentence is set in
     * another year than the article's ("In 2010 it was the first cut in four years").
     */
    private static Mention previousOccurrence(SentenceText s, Timex t) {
        java.time.LocalDate pub = s.published();
        Matcher ym = YEARS_MONTHS.matcher(t.value() == null ? "" : t.value());
        if (pub == null || !ym.matches() || ym.group(1) == null && ym.group(2) == null) {
            return null;
        }
        String before = s.between(t.start() - 120, t.start());
        // "an eight-year wait" counts the years since; "its 800-year history" is how old something is
        boolean compound = t.text().matches("(?is).*\\w-(?:year|month)s?");
        boolean record = compound ? WAIT.matcher(s.between(t.end(), t.end() + 12)).find() : FIRST_IN.matcher(before).find();
        if (!record) {
            return null;
        }
        for (Timex o : s.timexes()) {
            if (o.end() <= t.start() && o.hasInterval() && Math.abs(o.first().toEpochDay() - pub.toEpochDay()) > 200) {
                return null; // the sentence is set at another time before it says how long since
            }
        }
        int years = ym.group(1) == null ? 0 : Integer.parseInt(ym.group(1));
        int months = ym.group(2) == null ? 0 : Integer.parseInt(ym.group(2));
        Bound bound = DateTimeRecognizer.boundOfMod(t.mod(), t.text());
        java.time.LocalDate back = pub.minusYears(years).minusMonths(months);
        java.time.LocalDate lo;
        java.time.LocalDate hi;
        String shown;
        String precision;
        if (months == 0) {
            lo = back.withDayOfYear(1);
            hi = back.withDayOfYear(back.lengthOfYear());
            shown = Integer.toString(back.getYear());
            precision = "year";
        } else {
            lo = back.withDayOfMonth(1);
            hi = back.withDayOfMonth(back.lengthOfMonth());
            shown = java.time.YearMonth.from(back).toString();
            precision = "month";
        }
        boolean hedged = bound != Bound.EXACT && bound != Bound.APPROXIMATE;
        // "in a century", "in two decades", "in 50 years": a round figure, which dates nothing to the year
        boolean round = bound == Bound.APPROXIMATE || months == 0 && years >= 10 && years % 10 == 0
                || t.text().matches("(?is).*\\b(?:decades?|century|centuries|generations?)\\b.*")
                || t.text().matches("(?is)^(?:a|an|one)\\s+(?:year|month)\\b.*");
        if (hedged) {
            // "in more than four years": before that day, by how much nobody says
            lo = lo.minusYears(1);
            shown = "before " + shown;
        }
        return s.mention(ClaimKind.DATE, Role.OCCURS, t.start(), t.end(), lo.toEpochDay(), hi.toEpochDay(), "day", shown, precision,
                Bound.EXACT, PREVIOUS, hedged || round);
    }

    private static void partsOfUnits(SentenceText s) {
        Matcher m = s.matcher(PART_OF_UNIT);
        while (m.find()) {
            int from = m.group("hedge") == null ? m.start() : m.end("hedge");
            if (!s.free(from, m.end())) {
                continue;
            }
            String frac = (m.group("frac") != null ? m.group("frac") : m.group("hyph")).toLowerCase(Locale.ROOT).replaceAll("[-\\s]+", " ");
            double part = switch (frac) {
                case "half", "a half" -> 0.5;
                case "a quarter", "one quarter", "quarter" -> 0.25;
                case "three quarters" -> 0.75;
                case "two thirds" -> 2 / 3.0;
                default -> 1 / 3.0;
            };
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            // written in the next smaller unit where the part is whole: half an hour is PT30M, three-quarters of a century P75Y
            String value = switch (unit) {
                case "second" -> "PT" + trim(part) + "S";
                case "minute" -> "PT" + trim(part * 60) + "S";
                case "hour" -> "PT" + trim(part * 60) + "M";
                case "day" -> "PT" + trim(part * 24) + "H";
                case "week" -> "P" + trim(part * 7) + "D";
                case "month" -> part == 0.5 ? "P2W" : "P" + trim(part * 30) + "D";
                case "year" -> "P" + trim(part * 12) + "M";
                case "decade" -> "P" + trim(part * 10) + "Y";
                default -> "P" + trim(part * 100) + "Y";
            };
            double unitDays = switch (unit) {
                case "second" -> SECOND;
                case "minute" -> 60 * SECOND;
                case "hour" -> 1 / 24.0;
                case "day" -> 1;
                case "week" -> 7;
                case "month" -> 30.44;
                case "year" -> 365.25;
                case "decade" -> 3652.5;
                default -> 36525;
            };
            addLength(s, from, m.end(), part * unitDays, value, m.group("hedge"));
        }
    }

    private static void compounds(SentenceText s) {
        Matcher m = s.matcher(COMPOUND);
        while (m.find()) {
            int from = m.group("hedge") == null ? m.start() : m.end("hedge");
            if (!s.free(from, m.end())) {
                continue;
            }
            double[] seconds = {0, 0, 0}; // hours, minutes, seconds as written
            String[][] parts = {{m.group("a"), m.group("ua")}, {m.group("b"), m.group("ub")}, {m.group("c"), m.group("uc")}};
            boolean ordered = true;
            int lastRank = -1;
            for (String[] p : parts) {
                if (p[0] == null) {
                    continue;
                }
                String n = p[0].toLowerCase(Locale.ROOT);
                double count = n.equals("a") || n.equals("an") ? 1 : NumberWords.cardinal(n);
                int rank = p[1].toLowerCase(Locale.ROOT).startsWith("h") ? 0 : p[1].toLowerCase(Locale.ROOT).startsWith("m") ? 1 : 2;
                ordered &= rank > lastRank && count >= 0;
                lastRank = rank;
                seconds[rank] += count;
            }
            if (!ordered) {
                continue;
            }
            StringBuilder v = new StringBuilder("PT");
            String[] designators = {"H", "M", "S"};
            for (int i = 0; i < 3; i++) {
                if (seconds[i] > 0) {
                    v.append(trim(seconds[i])).append(designators[i]);
                }
            }
            double total = seconds[0] * 3600 + seconds[1] * 60 + seconds[2];
            addLength(s, from, m.end(), total * SECOND, v.toString(), m.group("hedge"));
        }
    }

    private static void addLength(SentenceText s, int start, int end, double days, String value, String hedge) {
        Bound bound = Bound.of(hedge);
        if (hedge != null && hedge.toLowerCase(Locale.ROOT).matches("(?:just|a little) over\\s*")) {
            bound = Bound.MORE_THAN;
        } else if (hedge != null && hedge.toLowerCase(Locale.ROOT).matches("(?:a little under|barely)\\s*")) {
            bound = Bound.APPROXIMATE;
        }
        s.add(s.mention(ClaimKind.DURATION, Role.VALUE, start, end, days, days, "days", value,
                bound == Bound.EXACT ? "exact" : "approximate", bound, "", false));
    }

    /** "a gap of five thousandths" said of a race: a second is the unit when the sentence speaks of seconds or times. */
    private static boolean secondsNearby(SentenceText s, int from) {
        String rest = s.text().substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        return rest.contains("second") || rest.matches(".*\\b\\d{1,2}\\.\\d{2,3}\\b.*");
    }

    private static void add(SentenceText s, int start, int end, double seconds, Bound bound) {
        String shown = "PT" + trim(seconds) + "S";
        s.add(s.mention(ClaimKind.DURATION, Role.VALUE, start, end, seconds * SECOND, seconds * SECOND, "days", shown,
                bound == Bound.EXACT ? "exact" : "approximate", bound, "", false));
    }

    private static String trim(double v) {
        String t = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    @Override
    public List<RecognizerExample> examples() {
        return List.of(
                RecognizerExample.of("She won by five thousandths of a second.", "2024-08-05", List.of("duration PT0.005S"), List.of()),
                RecognizerExample.of("From first to last, the field was split by 14 hundredths.", "2024-08-05", List.of("duration PT0.14S"), List.of()),
                RecognizerExample.of("Core prices rose two tenths in May.", "2024-06-12", List.of(), List.of("duration")),
                RecognizerExample.of("The margin was 0.005 seconds.", "2024-08-05", List.of("duration PT0.005S"), List.of("duration PT5S")),
                RecognizerExample.of("He took bronze in 12.62, a season's best.", "2024-08-05", List.of("duration PT12.62S"), List.of()),
                RecognizerExample.of("The truce will last 90 days.", "2025-05-12", List.of("duration P90D"), List.of()),
                RecognizerExample.of("The briefing began half an hour after the vote.", "2025-02-11", List.of("duration PT30M"), List.of("duration PT1H")),
                RecognizerExample.of("The club marks three-quarters of a century since its founding.", "2025-06-05",
                        List.of("duration P75Y"), List.of("duration P100Y")),
                RecognizerExample.of("Talks broke off after a quarter of an hour; a half-day strike followed.", "2025-03-14",
                        List.of("duration PT15M", "duration PT12H"), List.of("duration PT1H")),
                RecognizerExample.of("The probe landed 2 hours 12 minutes after separation.", "2025-09-17",
                        List.of("duration PT2H12M"), List.of("duration PT2H", "duration PT12M")),
                RecognizerExample.of("The climb took four minutes and 31 seconds.", "2025-09-17",
                        List.of("duration PT4M31S"), List.of("duration PT4M")),
                RecognizerExample.of("Docking came 1 hour, 40 minutes and 12 seconds into the flight.", "2025-09-17",
                        List.of("duration PT1H40M12S"), List.of()),
                RecognizerExample.of("The jury deliberated for under three hours.", "2023-03-03", List.of("duration PT3H"), List.of()),
                RecognizerExample.of("Tuesday's move was the bank's first reduction in four and a half years.", "2025-11-12",
                        List.of("duration P4Y6M", "date 2021-05"), List.of()),
                RecognizerExample.of("It was the first walkout by the dockers in 19 years, although pilots struck in 2019.", "2026-02-06",
                        List.of("date 2007", "date 2019"), List.of()),
                RecognizerExample.of("Arvale ended a 12-year wait for the cup on Sunday.", "2025-05-18", List.of("date 2013"), List.of()),
                RecognizerExample.of("Rina Castell became the first woman to lead the guild in its 600-year history.", "2025-05-18",
                        List.of(), List.of("date")),
                RecognizerExample.of("In March 2011 it was the first cut in four years.", "2025-05-18", List.of("date 2011-03"), List.of("date 2021")),
                RecognizerExample.of("The talks lasted four years.", "2025-05-18", List.of("duration P4Y"), List.of("date")),
                RecognizerExample.of("Prices rose over the past three months.", "2023-03-03", List.of(), List.of("duration")),
                RecognizerExample.of("Revenue rose 9.5 per cent to $4.25 billion.", "2023-03-03", List.of(), List.of("duration")));
    }
}

package org.crosscheck.extract.recognize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Bound;
import org.crosscheck.extract.ClaimKind;
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
 * race times ("clocked 9.79", "took bronze in 9.81"). A window the writer looks through ("over the past three
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
    /** "0.005 seconds", "9.79s", "12.5 sec". */
    private static final Pattern DECIMAL_SECONDS = StartGate.compile("(?<![\\w.,])" + "(?<hedge>(?:about|around|just|only|nearly|almost)\\s+)?"
            + "(?<num>\\d*\\.\\d+|\\d+)\\s?(?:seconds?|secs?|s)\\b(?!-)", Pattern.CASE_INSENSITIVE);
    /** "five thousandths of a second", "a hundredth", "twelve hundredths of a second". */
    private static final Pattern FRACTION = StartGate.compile("\\b(?<num>a|one|" + NumberWords.CARDINAL_REGEX + "|\\d+)[-\\s]"
            + "(?:one-)?(?<part>tenths?|hundredths?|thousandths?)(?:\\s+of\\s+a\\s+second)?\\b", Pattern.CASE_INSENSITIVE);
    /** A race time after the words that give one: "clocked 9.79", "in 9.81", "timed in 9.79", "Lyles 9.784". */
    private static final Pattern RACE_TIME = StartGate.compile("(?:\\b(?:clocked|clocking|timed in|ran|run|in|with|of|time of|best of|clocking a (?:personal|season|world)[- ]best)\\s+|(?-i:(?<=\\p{Lu}\\p{Ll}{1,20}\\s)))"
            + "(?<num>\\d{1,2}\\.\\d{2,3})(?![\\d%]|\\.\\d)(?!\\s*(?:%|per|bn|billion|million|trillion|km|miles?|m\\b|metres?|meters?|points?|pc|percent|magnitude|kg|tonnes?|lb|feet|ft|mph|knots?|degrees?))",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "durations";
    }

    @Override
    public void find(SentenceText s) {
        Matcher m = s.matcher(FRACTION);
        while (m.find()) {
            if (!s.free(m.start(), m.end())) {
                continue;
            }
            String n = m.group("num").toLowerCase(Locale.ROOT);
            double count = n.equals("a") ? 1 : NumberWords.cardinal(n);
            String part = m.group("part").toLowerCase(Locale.ROOT);
            double per = part.startsWith("tenth") ? 0.1 : part.startsWith("hundredth") ? 0.01 : 0.001;
            boolean second = m.group().toLowerCase(Locale.ROOT).endsWith("second") || secondsNearby(s, m.end());
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
        }
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
                RecognizerExample.of("The margin was 0.005 seconds.", "2024-08-05", List.of("duration PT0.005S"), List.of("duration PT5S")),
                RecognizerExample.of("He took bronze in 9.81, a season's best.", "2024-08-05", List.of("duration PT9.81S"), List.of()),
                RecognizerExample.of("The truce will last 90 days.", "2025-05-12", List.of("duration P90D"), List.of()),
                RecognizerExample.of("The jury deliberated for under three hours.", "2023-03-03", List.of("duration PT3H"), List.of()),
                RecognizerExample.of("Prices rose over the past three months.", "2023-03-03", List.of(), List.of("duration")),
                RecognizerExample.of("Revenue rose 9.5 per cent to $4.25 billion.", "2023-03-03", List.of(), List.of("duration")));
    }
}

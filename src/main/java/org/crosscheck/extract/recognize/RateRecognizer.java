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

/**
 * Percentages and changes in points: "5.7%", "5.7 per cent", "minus 0.1%", "a range of 3.25% to 3.5%", "3.25-3.50 per
 * cent", "4-3/4 to 5 percent", "50 basis points", "half a percentage point", "a quarter-point", "triple-digit rates",
 * "a third of the vote", "more than doubled". "From 5.25% to 4.75%" is two rates, not a range.
 */
public final class RateRecognizer implements Recognizer {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String HEDGE = "(?<hedge>(?:" + org.crosscheck.extract.Alternatives.grouped("about|around|roughly|approximately|approx\\.|nearly|almost|some|close to|up to|"
            + "more than|over|at least|less than|fewer than|under|as much as|as high as|just over|just under|just|no more than|"
            + "an estimated|estimated|upwards of|in excess of|below|above|barely|only") + ")\\s+)?";
    /** A number with a fraction written in: "4.75", "4-3/4", "4 3/4", "4¾". */
    private static final String NUM = "(?:\\d+(?:[-\\s]\\d/\\d)|\\d+[¼½¾]|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d*\\.\\d+|\\d+|"
            + NumberWords.CARDINAL_REGEX + ")";
    private static final String PERCENT = "(?:\\s?%|\\s?(?:per\\s?cent|percent|pct|pc|p\\.c\\.)\\b)";
    private static final Pattern RANGE = StartGate.compile("(?<![\\w.,$€£-])(?<between>between\\s+)?(?<lo>" + NUM + ")" + "(?:" + PERCENT + ")?"
            + "\\s*(?:-|–|—|to|and)\\s*(?<hi>" + NUM + ")" + PERCENT, FLAGS);
    private static final Pattern RATE = StartGate.compile("(?<![\\w.,$€£])" + HEDGE + "(?<sign>minus\\s+|negative\\s+|[-−](?=\\d))?"
            + "(?<num>" + NUM + ")" + PERCENT + "(?<points>\\s*(?:percentage\\s+)?points?)?", FLAGS);
    private static final Pattern BASIS_POINTS = StartGate.compile("(?<![\\w.,$€£])" + HEDGE + "(?<num>" + NUM + ")[-\\s]?"
            + "(?:basis[-\\s]points?|bps|bp)\\b", FLAGS);
    private static final Pattern POINT_WORDS = StartGate.compile("\\b" + HEDGE + "(?<frac>half|a half|a quarter|quarter|three[-\\s]quarters?)"
            + "(?:\\s+of)?(?:\\s+an?)?[-\\s](?:percentage[-\\s])?point\\b", FLAGS);
    private static final Pattern POINTS = StartGate.compile("(?<![\\w.,$€£])" + HEDGE + "(?<num>\\d*\\.\\d+|\\d+)\\s?(?:percentage[-\\s]points?|pts?\\b)", FLAGS);
    private static final Pattern DIGIT_BAND = StartGate.compile(
            "\\b(?<band>single|double|triple|quadruple)[-\\s]digits?\\s+(?<noun>rates?|levels?|tariffs?|growth|inflation|"
            + "increases?|hikes?|gains?|losses|declines?|percentages?)\\b", FLAGS);
    private static final Pattern FRACTION = StartGate.compile("\\b" + HEDGE + "(?<frac>a third|one third|a quarter|one quarter|half|a half|"
            + "two[-\\s]thirds|three[-\\s]quarters|a fifth|one fifth)\\s+of\\s+(?:the|all|its|their)\\b", FLAGS);
    private static final Pattern MULTIPLE = StartGate.compile("\\b" + HEDGE + "(?<verb>doubled|tripled|trebled|quadrupled|halved)\\b", FLAGS);

    @Override
    public String name() {
        return "rates";
    }

    @Override
    public void find(SentenceText s) {
        String text = s.text();
        Matcher m = s.matcher(RANGE);
        while (m.find()) {
            double lo = number(m.group("lo"));
            double hi = number(m.group("hi"));
            String before = s.between(m.start() - 12, m.start()).toLowerCase(Locale.ROOT);
            boolean named = m.group("between") != null || before.matches(".*\\b(?:range|band|corridor|of|to)\\s*$");
            // "down from 5.25% to 5.5%" in a sentence about a range is the previous range; "from 125% to 20%" two rates
            boolean rangeTalk = s.between(s.start(), m.start()).toLowerCase(Locale.ROOT).matches(".*\\b(?:range|band|corridor)\\b.*");
            boolean fromTo = before.matches(".*\\bfrom\\s*$") && !(rangeTalk && hi - lo <= 0.5);
            if (lo < 0 || hi <= lo || fromTo || !named && hi - lo > Math.max(1, lo * 0.25) || !s.free(m.start(), m.end())) {
                continue;
            }
            s.add(s.mention(ClaimKind.RATE, Role.VALUE, m.start(), m.end(), lo, hi, "percent", trim(lo) + "–" + trim(hi) + "%",
                    "range", Bound.EXACT, "", false));
        }
        m = s.matcher(RATE);
        while (m.find()) {
            if (!s.free(m.start("num"), m.end())) {
                continue;
            }
            double v = number(m.group("num"));
            if (v < 0) {
                continue;
            }
            // "plus or minus 2%" is a margin either way, not a fall of 2%
            boolean margin = m.group("sign") != null
                    && s.between(m.start("sign") - 8, m.start("sign")).toLowerCase(Locale.ROOT).matches(".*\\bplus\\s+(?:or\\s+)?$");
            if (m.group("sign") != null && !margin) {
                v = -v;
            }
            Bound b = Bound.of(m.group("hedge"));
            boolean points = m.group("points") != null;
            int start = m.group("sign") != null ? m.start("sign") : m.group("hedge") != null ? m.start("hedge") : m.start("num");
            s.add(s.mention(ClaimKind.RATE, Role.VALUE, start, m.end(), v, v, points ? "percentage points" : "percent",
                    hedged(b) + trim(v) + (points ? " points" : "%"), b == Bound.EXACT ? "exact" : "approximate", b, "", false));
        }
        m = s.matcher(BASIS_POINTS);
        while (m.find()) {
            double v = number(m.group("num"));
            if (v > 0 && s.free(m.start("num"), m.end())) {
                points(s, m.group("hedge") != null ? m.start("hedge") : m.start("num"), m.end(), v / 100, Bound.of(m.group("hedge")));
            }
        }
        m = s.matcher(POINT_WORDS);
        while (m.find()) {
            String f = m.group("frac").toLowerCase(Locale.ROOT);
            double v = f.contains("three") ? 0.75 : f.contains("half") ? 0.5 : 0.25;
            if (s.free(m.start("frac"), m.end())) {
                points(s, m.start("frac"), m.end(), v, Bound.of(m.group("hedge")));
            }
        }
        m = s.matcher(POINTS);
        while (m.find()) {
            double v = number(m.group("num"));
            if (v > 0 && s.free(m.start("num"), m.end())) {
                points(s, m.start("num"), m.end(), v, Bound.of(m.group("hedge")));
            }
        }
        m = s.matcher(DIGIT_BAND);
        while (m.find()) {
            if (s.free(m.start(), m.end("band") + 6)) {
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
                s.add(s.mention(ClaimKind.RATE, Role.VALUE, m.start(), end, lo, hi, "percent", trim(lo) + "–" + trim(hi) + "%", "band",
                        Bound.APPROXIMATE, "", false));
            }
        }
        m = s.matcher(FRACTION);
        while (m.find()) {
            String f = m.group("frac").toLowerCase(Locale.ROOT).replace('-', ' ');
            double v = f.contains("two thirds") ? 66.7 : f.contains("third") ? 33.3 : f.contains("three quarters") ? 75
                    : f.contains("quarter") ? 25 : f.contains("fifth") ? 20 : 50;
            int start = m.group("hedge") != null ? m.start("hedge") : m.start("frac");
            if (s.free(m.start("frac"), m.end("frac"))) {
                Bound b = m.group("hedge") == null ? Bound.APPROXIMATE : Bound.of(m.group("hedge"));
                s.add(s.mention(ClaimKind.RATE, Role.VALUE, start, m.end("frac"), v, v, "percent", "~" + trim(v) + "%", "approximate",
                        b == Bound.EXACT ? Bound.APPROXIMATE : b, "", false));
            }
        }
        m = s.matcher(MULTIPLE);
        while (m.find()) {
            String verb = m.group("verb").toLowerCase(Locale.ROOT);
            double v = verb.startsWith("doubl") ? 100 : verb.startsWith("tripl") || verb.startsWith("trebl") ? 200 : verb.startsWith("quadr") ? 300 : -50;
            int start = m.group("hedge") != null ? m.start("hedge") : m.start("verb");
            if (s.free(start, m.end())) {
                Bound b = Bound.of(m.group("hedge"));
                s.add(s.mention(ClaimKind.RATE, Role.VALUE, start, m.end(), v, v, "percent", hedged(b) + (v > 0 ? "+" : "") + trim(v) + "%",
                        "approximate", b, "", false));
            }
        }
    }

    private static void points(SentenceText s, int start, int end, double v, Bound b) {
        s.add(s.mention(ClaimKind.RATE, Role.VALUE, start, end, v, v, "percentage points", hedged(b) + trim(v) + " points",
                b == Bound.EXACT ? "exact" : "approximate", b, "", false));
    }

    /** A number in digits, words or with a written fraction ("4-3/4" is 4.75). */
    static double number(String raw) {
        String r = raw.strip();
        Matcher f = Pattern.compile("^(\\d+)[-\\s](\\d)/(\\d)$").matcher(r);
        if (f.matches()) {
            return Integer.parseInt(f.group(1)) + Double.parseDouble(f.group(2)) / Double.parseDouble(f.group(3));
        }
        if (!r.isEmpty() && "¼½¾".indexOf(r.charAt(r.length() - 1)) >= 0) {
            double whole = Double.parseDouble(r.substring(0, r.length() - 1));
            return whole + switch (r.charAt(r.length() - 1)) {
                case '¼' -> 0.25;
                case '½' -> 0.5;
                default -> 0.75;
            };
        }
        return NumberWords.cardinal(r);
    }

    static String hedged(Bound b) {
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
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String t = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    @Override
    public List<RecognizerExample> examples() {
        return List.of(
                RecognizerExample.of("The jobless rate was 5.7 per cent in March.", null, List.of("rate 5.7%"), List.of()),
                RecognizerExample.of("Output shrank by minus 0.1% in the quarter.", null, List.of("rate -0.1%"), List.of("rate 0.1%")),
                RecognizerExample.of("The agency sees sales of $8 billion, plus or minus 3%.", null, List.of("rate 3%"), List.of("rate -3%")),
                RecognizerExample.of("Consumer prices fell -0.3% in May.", null, List.of("rate -0.3%"), List.of()),
                RecognizerExample.of("The bank lowered its rate to a range of 3.25% to 3.5%.", null, List.of("rate 3.25–3.5%"), List.of("rate 3.25%")),
                RecognizerExample.of("It cut the rate to 3.25-3.50 per cent.", null, List.of("rate 3.25–3.5%"), List.of()),
                RecognizerExample.of("The target is now 2-3/4 to 3 percent.", null, List.of("rate 2.75–3%"), List.of()),
                RecognizerExample.of("Duties were cut from 125% to 20%.", null, List.of("rate 125%", "rate 20%"), List.of("rate 125–20%")),
                RecognizerExample.of("Policymakers expect another 75 basis points of cuts.", null, List.of("rate 0.75 points"), List.of()),
                RecognizerExample.of("Markets now price another half-point of hikes.", null, List.of("rate 0.5 points"), List.of()),
                RecognizerExample.of("It lowered rates by half a percentage point.", null, List.of("rate 0.5 points"), List.of()),
                RecognizerExample.of("The Greens won just over a third of the vote.", null, List.of("rate ~33.3%"), List.of()),
                RecognizerExample.of("Quarterly sales more than doubled.", null, List.of("rate >+100%"), List.of()),
                RecognizerExample.of("Tariffs soared to triple-digit rates.", null, List.of("rate 100–999%"), List.of()));
    }
}

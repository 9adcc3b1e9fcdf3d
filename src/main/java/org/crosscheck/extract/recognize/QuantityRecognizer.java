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
 * Numbers with a unit: money ("$42bn", "12 billion euro", "14.8 billion US dollar", "41 cents a share", "64.2 crore"
 * rupees), lengths, heights and distances ("340 metres", "a 180-foot booster", "Tower height: 87 m"), speeds
 * ("70 mph (113 km/h)", "+1.5 metres per second"), areas, weights, magnitudes ("magnitude 6.8", "put its magnitude
 * at 6.8", "5.9 on the institute's scale"), temperatures, ages ("58-year-old", "the treasurer, 58,"), the minute of a
 * game and storm categories. Units of one measure are converted to one scale: km, km/h, hectares, tonnes, °C.
 */
public final class QuantityRecognizer implements Recognizer {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String HEDGE = "(?<hedge>(?:" + org.crosscheck.extract.Alternatives.grouped("about|around|roughly|approximately|approx\\.|nearly|almost|some|close to|up to|"
            + "more than|over|at least|less than|under|as much as|as high as|just over|just under|no more than|an estimated|"
            + "estimated|upwards of|in excess of|below|above|a nearly|a roughly|an almost|a more than") + ")\\s+|[~≈]\\s?)?";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /** Digits, or a number in words with "and a half": "five metres", "six and a half feet". */
    private static final String AMOUNT = DIGITS + "|(?:" + NumberWords.CARDINAL_REGEX + ")(?:\\s+and\\s+a\\s+half)?";
    private static final String MULT = "(?<mult>trillion|billion|million|thousand|bn|mn|tn|m|k|crore|lakh)";

    private static final Pattern MONEY = StartGate.compile("(?<![\\w.,])" + HEDGE
            + "(?:(?<cur>US\\$|USD\\s?|\\$|€|EUR\\s?|£|GBP\\s?|¥|JPY\\s?|₹|Rs\\.?\\s?|INR\\s?|₩|KRW\\s?)\\s?(?<num>" + DIGITS + ")"
            // "$2.25B", "$1.2T": aggregators' one-letter multipliers, written right after the digits
            + "(?:\\s?" + MULT + "\\b|(?<letter>[BbTt])\\b(?![-'’]))?"
            + "|(?<num2>" + DIGITS + "|" + NumberWords.CARDINAL_REGEX + ")(?:[\\s-]?(?<mult2>trillion|billion|million|thousand|bn|mn|crore|lakh)\\b)?\\s"
            + "(?<cur2>(?:US\\s|U\\.S\\.\\s|American\\s|Hong Kong\\s|Singapore\\s|Australian\\s|Canadian\\s)?dollars?|euros?|pounds sterling|pounds|"
            + "yuan|yen|rupees?|won|rand|naira|francs?|cents?)\\b)"
            + "(?<per>\\s+(?:a|an|per|each)\\s+(?<unit>share|day|week|month|year|hour|barrel|gallon|litre|liter|ton|tonne|kilo|kilogram|"
            + "pound|person|head|ticket|unit|dose))?", FLAGS);
    private static final Pattern MAGNITUDE = StartGate.compile(
            "(?:\\bmagnitude[-\\s](?:of\\s)?(?<a>\\d{1,2}\\.\\d|\\d)(?!\\d|\\.\\d)|(?<![\\d.])(?<b>\\d{1,2}\\.\\d|\\d)[-\\s]magnitude"
            + "|\\bmagnitude\\s+(?:at|to|as|of|was|is|of\\s+about|at\\s+about)\\s+(?<c>\\d{1,2}\\.\\d)\\b"
            + "|(?<![\\d.])(?<d>\\d{1,2}\\.\\d)\\s+on\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}(?:richter\\s+|magnitude\\s+|moment\\s+magnitude\\s+)?scale\\b)",
            FLAGS);
    /** "measured it at 7.5", "a 7.5 quake": a magnitude when the sentence speaks of one. */
    private static final Pattern MAGNITUDE_LOOSE = StartGate.compile("(?:\\b(?:measured|put|rated|registered|estimated|revised|upgraded|"
            + "downgraded|reported|gave|recorded)\\s+(?:it\\s+|its\\s+\\w+\\s+)?(?:at|to|as)\\s+|\\ba\\s+)(?<n>\\d{1,2}\\.\\d)\\b(?!\\s*(?:%|per|km|miles?|m\\b|metres?|meters?|feet))", FLAGS);
    private static final Pattern LENGTH = StartGate.compile("(?<![\\w.,])" + HEDGE
            + "(?<num>" + AMOUNT + ")\\s?-?\\s?(?<unit>km|kilometres?|kilometers?|kilometre|nautical\\s+miles?|miles?|mi|metres?|meters?|"
            + "m|cm|centimetres?|centimeters?|mm|feet|foot|ft|inches|inch)\\b(?!\\s*(?:per|an hour|/\\s?h|/s))(?![-/]\\w*\\s*(?:hour|second))", FLAGS);
    private static final Pattern SPEED = StartGate.compile("(?<![\\w.,])" + HEDGE + "(?<sign>[+])?(?<num>" + AMOUNT + ")\\s?"
            + "(?<unit>mph|km/h|kmh|kph|knots?|kts|m/s|metres per second|meters per second|metre per second|meter per second|"
            + "kilometres per hour|kilometers per hour|miles per hour|miles an hour|km an hour)(?![\\w/])", FLAGS);
    /** A sprint's or a jump's wind reading, in metres per second without the unit: "Wind -0.3.", "(wind +0.4)", "into a wind of -1.1". */
    private static final Pattern WIND_READING = StartGate.compile("\\b(?:wind|tailwind|headwind)(?:\\s+(?:at|of|was|reading(?:\\s+of)?))?\\s*:?\\s*"
            + "(?<hedge>(?!))?(?<sign>[+\\-\u2212])(?<num>\\d{1,2}\\.\\d{1,2})\\b(?![.,]?\\d|\\s*(?:%|mph|km|kph|knots?|kts|m/s|metres|meters|miles))", FLAGS);
    private static final Pattern AREA = StartGate.compile("(?<![\\w.,])" + HEDGE + "(?<num>" + DIGITS + ")[\\s-]?"
            + "(?<unit>acres?|hectares?|ha|sq(?:uare)?\\.?\\s?(?:km|kilometres?|kilometers?|miles?|mi))\\b", FLAGS);
    private static final Pattern WEIGHT = StartGate.compile("(?<![\\w.,])" + HEDGE + "(?<num>" + DIGITS + ")\\s?"
            + "(?:" + MULT + "\\s)?(?<unit>tonnes?|tons?|metric tons?|kg|kilograms?|kilos?|lbs?|pounds? of)\\b", FLAGS);
    /** Nouns for people an age can follow: "the treasurer, 58,". */
    private static final String PERSON_WORDS = "chairman|chairwoman|chair|chief|president|founder|co-founder|wife|husband|son|daughter|"
            + "mother|father|brother|sister|man|woman|boy|girl|leader|pilot|captain|owner|executive|officer|victim|suspect|driver|"
            + "minister|governor|mayor|senator|judge|player|coach|striker|actor|singer|author|widow|grandmother|grandfather|partner";
    /** Points of a market index: "the index lost 1,207.48 points", "down 103 points", "1,150 — points lost". */
    private static final Pattern INDEX_POINTS = StartGate.compile("(?<![\\w.,])" + HEDGE + "(?<num>" + DIGITS + ")(?:\\s+[—–]\\s+|\\s+)points?\\b"
            + "(?!\\s+(?:of|on)\\s+(?:the\\s+)?(?:vote|poll|lead))", FLAGS);
    private static final Pattern MINUTE = StartGate.compile("\\b(?<num>\\d{1,3})(?:st|nd|rd|th)[-\\s]minute\\b", FLAGS);
    private static final Pattern AGE = StartGate.compile("\\b(?:(?<num>\\d{1,3})-year-old|aged\\s(?<num2>\\d{1,3})\\b|(?:who\\s+(?:is|was)|turned)\\s(?<num3>\\d{1,3})\\b(?!\\s*(?:%|per|years?\\s+(?:ago|later|earlier)))"
            // the name or noun before ", 61," and " (61)" is looked behind for only once the digits are there: a variable-length
            // lookbehind tried at every comma and space of a sentence was the costliest part of reading quantities
            + "|,\\s(?<num4>\\d{2})(?=[,;)]|\\s*$|\\.\\s)(?:(?-i:(?<=\\p{Lu}[\\p{L}.’'-]{1,30},\\s\\d{2}))|(?<=\\b(?:" + PERSON_WORDS + "),\\s\\d{2}))"
            + "|\\s\\((?<num6>\\d{2})\\)(?-i:(?<=\\p{Lu}\\p{Ll}{1,30}\\s\\(\\d{2}\\)))"
            + "|^At\\s(?<num5>\\d{2,3}),)", FLAGS);
    private static final Pattern TEMPERATURE = StartGate.compile(
            "(?<![\\d.])(?<num>-?\\d++(?:\\.\\d++)?)(?:\\s?(?:°\\s?|degrees?\\s)(?<unit>C|F|Celsius|Fahrenheit)\\b|-degree\\b|(?-i:(?<unit2>C|F))\\b(?=\\s*(?:[,.;)]|$|\\s(?:water|air|on|at|in|and))))", FLAGS);
    private static final Pattern CATEGORY = StartGate.compile("\\bCategory[-\\s](?<num>[1-5])\\b");
    /** What a tally of votes is written after: "approved 11-1", "voted 7-2", "split 11 to 1", "The vote: 11–1". */
    private static final Pattern TALLY_AFTER = StartGate.compile("\\b(?:vote[sd]?|voting|approved|passed|adopted|carried|rejected|defeated|"
            + "split|ruled|tally|tallied)\\b(?:\\s+(?:the|a|an|its|their)\\s+[\\p{L}-]+)?(?:\\s+(?:was|were|is|stood at|ended|came in at|of|by))?"
            + "(?:\\s+(?:a|an))?\\s*:?\\s*"
            + "(?<![\\d.,])(?<for>\\d{1,3})\\s*(?:-|–|—|to)\\s*(?<against>\\d{1,3})(?!\\.\\d|,\\d|[\\d:%]|\\s*(?:%|per|years?|months?|weeks?|days?|hours?|"
            + "minutes?|[ap]\\.?m\\b|million|billion|percent))", FLAGS);
    /** A tally before the word for what it decided: "with an 11-1 vote", "a 7-2 ruling", "by a 6-3 majority". */
    private static final Pattern TALLY_BEFORE = StartGate.compile("(?<![\\w.,-])(?<for>\\d{1,3})\\s*(?:-|–|—)\\s*(?<against>\\d{1,3})\\s+"
            + "(?:votes?|decision|ruling|verdict|majority|split|vote\\s+margin)\\b", FLAGS);
    /** What follows a length that names a race: "100m final", "200 metres silver", "1,500m title". */
    private static final Pattern RACE = StartGate.compile("(?i)\\s*(?:-\\s*)?(?:men's\\s+|women's\\s+)?(?:final|semi-?finals?|semis|heats?|race|title|"
            + "gold|silver|bronze|medal|podium|world record|olympic record|champion(?:ship)?s?|dash|sprint|hurdles|freestyle|butterfly|"
            + "backstroke|breaststroke|medley|relay|individual medley|runners?|sprinters?|swimmers?|specialists?|event|field|line-?up)\\b");
    /** What comes before a length that names a race: "the men's 100m", "4x100m". */
    private static final Pattern RACE_BEFORE = StartGate.compile("(?i)(?:\\b(?:men|women)['\u2019]s\\s+|\\b\\d\\s?[x\u00d7]\\s?)$");

    /** The scale of a tally of votes: for × 1000 + against, exact, so "11–1" and "10–2" conflict and only tallies compare. */
    public static final String TALLY = "votes";

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public void find(SentenceText s) {
        money(s);
        magnitudes(s);
        tallies(s);
        Matcher m = s.matcher(SPEED);
        while (m.find()) {
            if (s.free(m.start("num"), m.end())) {
                double v = number(m.group("num")) * kmhPer(m.group("unit"));
                add(s, m, m.group("sign") != null ? m.start("sign") : m.start("num"), v, "km/h", round(v, 1) + " km/h");
            }
        }
        m = s.matcher(WIND_READING);
        while (m.find()) {
            if (s.free(m.start("sign"), m.end())) {
                double v = number(m.group("num")) * 3.6 * (m.group("sign").equals("+") ? 1 : -1);
                add(s, m, m.start("sign"), v, "km/h", round(v, 1) + " km/h");
            }
        }
        m = s.matcher(AREA);
        while (m.find()) {
            if (s.free(m.start("num"), m.end())) {
                double v = number(m.group("num")) * hectaresPer(m.group("unit"));
                add(s, m, m.start("num"), v, "hectares", round(v, 0) + " ha");
            }
        }
        m = s.matcher(WEIGHT);
        while (m.find()) {
            if (s.free(m.start("num"), m.end())) {
                double v = number(m.group("num")) * multiplier(m.group("mult")) * tonnesPer(m.group("unit"));
                add(s, m, m.start("num"), v, "tonnes", round(v, 3) + " t");
            }
        }
        m = s.matcher(LENGTH);
        while (m.find()) {
            if (!s.free(m.start("num"), m.end())) {
                continue;
            }
            String unit = m.group("unit");
            // "m" alone is a length only after digits with nothing else it could mean ("$5m" is taken by money)
            if (unit.equals("m") || unit.equals("M")) {
                String after = s.between(m.end(), m.end() + 2);
                if (!after.isEmpty() && Character.isLetterOrDigit(after.charAt(0))) {
                    continue;
                }
            }
            if (RACE.matcher(s.between(m.end(), m.end() + 24)).lookingAt()
                    || RACE_BEFORE.matcher(s.between(m.start() - 12, m.start())).find() && unit.toLowerCase(Locale.ROOT).startsWith("m")) {
                continue; // "the 100m final", "200m silver", "the men's 400 metres": the name of a race, not a length anyone measured
            }
            double km = number(m.group("num")) * kilometresPer(unit);
            add(s, m, m.start("num"), km, "km", round(km, 4) + " km");
        }
        m = s.matcher(INDEX_POINTS);
        while (m.find()) {
            if (s.free(m.start("num"), m.end())) {
                double v = number(m.group("num"));
                add(s, m, m.start("num"), v, "index points", trim(v) + " points");
            }
        }
        m = s.matcher(TEMPERATURE);
        while (m.find()) {
            if (s.free(m.start(), m.end())) {
                double v = Double.parseDouble(m.group("num"));
                String unit = m.group("unit") != null ? m.group("unit") : m.group("unit2") != null ? m.group("unit2") : "F";
                boolean f = unit.toUpperCase(Locale.ROOT).startsWith("F");
                double c = f ? (v - 32) * 5 / 9 : v;
                s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, m.start(), m.end(), c, c, "°C", round(c, 1) + " °C",
                        f ? "converted" : "exact", Bound.EXACT, "", false));
            }
        }
        m = s.matcher(MINUTE);
        while (m.find()) {
            if (s.free(m.start(), m.end())) {
                double v = Double.parseDouble(m.group("num"));
                s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, m.start(), m.end(), v, v, "minute of play", trim(v) + "'", "exact",
                        Bound.EXACT, "", false));
            }
        }
        m = s.matcher(AGE).useAnchoringBounds(true).useTransparentBounds(true);
        while (m.find()) {
            String g = m.group("num") != null ? "num" : m.group("num2") != null ? "num2" : m.group("num3") != null ? "num3"
                    : m.group("num4") != null ? "num4" : m.group("num6") != null ? "num6" : "num5";
            if (s.free(m.start(g), m.end(g))) {
                double v = Double.parseDouble(m.group(g));
                int start = g.equals("num") ? m.start() : m.start(g);
                int end = g.equals("num") ? m.end() : m.end(g);
                s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, start, end, v, v, "age", "aged " + trim(v), "exact", Bound.EXACT, "", false));
            }
        }
        m = s.matcher(CATEGORY);
        while (m.find()) {
            if (s.free(m.start(), m.end())) {
                double v = Double.parseDouble(m.group("num"));
                s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, m.start(), m.end(), v, v, "category", "category " + trim(v), "exact",
                        Bound.EXACT, "", false));
            }
        }
    }

    private void money(SentenceText s) {
        Matcher m = s.matcher(MONEY);
        while (m.find()) {
            boolean prefixed = m.group("cur") != null;
            String num = prefixed ? m.group("num") : m.group("num2");
            String mult = prefixed ? m.group("letter") != null ? m.group("letter") : m.group("mult") : m.group("mult2");
            String rawCurrency = prefixed ? m.group("cur") : m.group("cur2");
            int numStart = prefixed ? m.start("cur") : m.start("num2");
            if (!s.free(numStart, m.end())) {
                continue;
            }
            if (prefixed && mult != null && mult.equalsIgnoreCase("m") && s.between(m.end("mult"), m.end("mult") + 1).matches("[a-z]")) {
                mult = null;
            }
            double v = number(num) * multiplier(mult);
            String cur = currency(rawCurrency);
            if (cur.equals("cents")) {
                v /= 100;
                cur = "USD";
            }
            Bound b = Bound.of(m.group("hedge"));
            // "$1.61 a share" is a price per unit, never comparable with a total
            String per = m.group("unit") == null ? "" : " per " + m.group("unit").toLowerCase(Locale.ROOT);
            int end = m.end();
            if (m.group("per") != null) {
                end = m.start("per");
            } else if (mult != null && !prefixed) {
                end = m.end();
            }
            int start = m.group("hedge") != null ? m.start("hedge") : numStart;
            s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, start, end, v, v, cur + per,
                    RateRecognizer.hedged(b) + cur + " " + humanAmount(v) + per, b == Bound.EXACT ? "exact" : "approximate", b, "", false));
        }
    }

    private void magnitudes(SentenceText s) {
        Matcher m = s.matcher(MAGNITUDE);
        while (m.find()) {
            String g = m.group("a") != null ? "a" : m.group("b") != null ? "b" : m.group("c") != null ? "c" : "d";
            if (s.free(m.start(g), m.end(g))) {
                double v = Double.parseDouble(m.group(g));
                int start = g.equals("a") || g.equals("b") ? m.start() : m.start(g);
                int end = g.equals("a") || g.equals("b") ? m.end() : m.end(g);
                s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, start, end, v, v, "magnitude", "magnitude " + trim(v), "exact",
                        Bound.EXACT, "", false));
            }
        }
        String sentence = s.between(s.start(), s.end()).toLowerCase(Locale.ROOT);
        if (!sentence.contains("magnitude") && !sentence.contains("quake") && !sentence.contains("richter")) {
            return;
        }
        m = s.matcher(MAGNITUDE_LOOSE);
        while (m.find()) {
            if (s.free(m.start("n"), m.end("n"))) {
                double v = Double.parseDouble(m.group("n"));
                if (v >= 2 && v <= 9.9) {
                    s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, m.start("n"), m.end("n"), v, v, "magnitude", "magnitude " + trim(v),
                            "exact", Bound.EXACT, "", false));
                }
            }
        }
    }

    /** Tallies of a vote: votes for and against, as written ("approved 11-1" is 11 for, 1 against). */
    private static void tallies(SentenceText s) {
        for (Pattern p : List.of(TALLY_AFTER, TALLY_BEFORE)) {
            Matcher m = s.matcher(p);
            while (m.find()) {
                int yes = Integer.parseInt(m.group("for"));
                int no = Integer.parseInt(m.group("against"));
                if (yes + no < 2 || !s.free(m.start("for"), m.end("against"))) {
                    continue;
                }
                s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, m.start("for"), m.end("against"), yes * 1000.0 + no, yes * 1000.0 + no,
                        TALLY, yes + "–" + no + " vote", "exact", Bound.EXACT, "vote", false));
            }
        }
    }

    private static void add(SentenceText s, Matcher m, int numStart, double v, String scale, String shown) {
        Bound b = Bound.of(m.group("hedge"));
        int start = m.group("hedge") != null ? m.start("hedge") : numStart;
        s.add(s.mention(ClaimKind.QUANTITY, Role.VALUE, start, m.end(), v, v, scale, RateRecognizer.hedged(b) + shown,
                b == Bound.EXACT ? "exact" : "approximate", b, "", false));
    }

    private static double number(String raw) {
        String r = raw.toLowerCase(Locale.ROOT).strip();
        if (r.endsWith(" and a half")) {
            double whole = NumberWords.cardinal(r.substring(0, r.length() - " and a half".length()));
            return whole < 0 ? -1 : whole + 0.5;
        }
        return NumberWords.cardinal(r);
    }

    static String currency(String raw) {
        String c = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (c.endsWith("dollars") || c.endsWith("dollar")) {
            if (c.startsWith("hong kong")) {
                return "HKD";
            }
            if (c.startsWith("singapore")) {
                return "SGD";
            }
            if (c.startsWith("australian")) {
                return "AUD";
            }
            if (c.startsWith("canadian")) {
                return "CAD";
            }
            return "USD";
        }
        return switch (c) {
            case "$", "us$", "usd" -> "USD";
            case "€", "eur", "euro", "euros" -> "EUR";
            case "£", "gbp", "pounds sterling", "pounds", "pound" -> "GBP";
            case "¥", "jpy", "yen" -> "JPY";
            case "yuan" -> "CNY";
            case "₹", "rs", "rs.", "inr", "rupee", "rupees" -> "INR";
            case "₩", "krw", "won" -> "KRW";
            case "rand" -> "ZAR";
            case "naira" -> "NGN";
            case "franc", "francs" -> "CHF";
            case "cent", "cents" -> "cents";
            default -> c.toUpperCase(Locale.ROOT);
        };
    }

    static double multiplier(String mult) {
        if (mult == null) {
            return 1;
        }
        return switch (mult.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> 1e3;
            case "lakh" -> 1e5;
            case "m", "mn", "million" -> 1e6;
            case "crore" -> 1e7;
            case "b", "bn", "billion" -> 1e9;
            case "t", "tn", "trillion" -> 1e12;
            default -> 1;
        };
    }

    private static double kilometresPer(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (u.startsWith("nautical")) {
            return 1.852;
        }
        if (u.startsWith("mile") || u.equals("mi")) {
            return 1.609344;
        }
        if (u.equals("cm") || u.startsWith("centimet")) {
            return 0.00001;
        }
        if (u.equals("mm")) {
            return 0.000001;
        }
        if (u.equals("m") || u.startsWith("met")) {
            return 0.001;
        }
        if (u.equals("feet") || u.equals("ft") || u.equals("foot")) {
            return 0.0003048;
        }
        if (u.startsWith("inch")) {
            return 0.0000254;
        }
        return 1;
    }

    private static double kmhPer(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("mph") || u.startsWith("miles")) {
            return 1.609344;
        }
        if (u.startsWith("knot") || u.equals("kts")) {
            return 1.852;
        }
        if (u.equals("m/s") || u.contains("per second")) {
            return 3.6;
        }
        return 1;
    }

    private static double hectaresPer(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("acre")) {
            return 0.4046856;
        }
        if (u.contains("mi")) {
            return 258.9988;
        }
        if (u.contains("k")) {
            return 100;
        }
        return 1;
    }

    private static double tonnesPer(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("kg") || u.startsWith("kilo")) {
            return 0.001;
        }
        if (u.startsWith("lb") || u.startsWith("pound")) {
            return 0.000453592;
        }
        if (u.equals("ton") || u.equals("tons")) {
            return 0.907185;
        }
        return 1;
    }

    static String humanAmount(double v) {
        if (Math.abs(v) >= 1e12) {
            return trim(Math.round(v / 1e10) / 100.0) + " trillion";
        }
        if (Math.abs(v) >= 1e9) {
            return trim(Math.round(v / 1e7) / 100.0) + " billion";
        }
        if (Math.abs(v) >= 1e6) {
            return trim(Math.round(v / 1e4) / 100.0) + " million";
        }
        return trim(v);
    }

    private static String round(double v, int places) {
        double p = Math.pow(10, places);
        return trim(Math.round(v * p) / p);
    }

    static String trim(double v) {
        return RateRecognizer.trim(v);
    }

    @Override
    public List<RecognizerExample> examples() {
        return List.of(
                RecognizerExample.of("The board approved the merger 7-2 on Monday.", "2025-03-12", List.of("quantity 7–2 vote", "date 2025-03-10"),
                        List.of("date 2025-07-02")),
                RecognizerExample.of("The council split 9 to 4; the vote: 9–4.", null, List.of("quantity 9–4 vote"), List.of()),
                RecognizerExample.of("The court ruled with a 6-3 majority.", null, List.of("quantity 6–3 vote"), List.of()),
                RecognizerExample.of("Arvale won 2-1 and the ratio was 4-5.", null, List.of(), List.of("quantity 2–1 vote", "quantity 4–5 vote")),
                RecognizerExample.of("Voters approved a 2.75-3.00 percent band.", null, List.of(), List.of("quantity 2–3 vote")),
                RecognizerExample.of("Allies pledged 12 billion euro in military aid.", null, List.of("quantity EUR 12 billion"), List.of()),
                RecognizerExample.of("The deal was valued at 14.8 billion US dollar.", null, List.of("quantity USD 14.8 billion"), List.of()),
                RecognizerExample.of("Earnings came to 41 cents a share.", null, List.of("quantity USD 0.41 per share"), List.of()),
                RecognizerExample.of("Withdrawals reached $42bn on Thursday.", null, List.of("quantity USD 42 billion"), List.of()),
                RecognizerExample.of("Lender raises $1.75B; ~$96B in deposits; $6.2M fine", null,
                        List.of("quantity USD 1.75 billion", "quantity ~USD 96 billion", "quantity USD 6.2 million"), List.of("quantity USD 1.75")),
                RecognizerExample.of("A $3T market and a $40 t-shirt.", null, List.of("quantity USD 3 trillion", "quantity USD 40"), List.of()),
                RecognizerExample.of("The plant will cost Rs 5,000 crore.", null, List.of("quantity INR 50 billion"), List.of()),
                RecognizerExample.of("The institute put its magnitude at 6.8.", null, List.of("quantity magnitude 6.8"), List.of()),
                RecognizerExample.of("A 6.2-magnitude earthquake struck the coast.", null, List.of("quantity magnitude 6.2"), List.of()),
                RecognizerExample.of("The tremor registered 5.9 on the institute's scale.", null, List.of("quantity magnitude 5.9"), List.of()),
                RecognizerExample.of("She took 200m silver a year ago, then won the women's 400 metres.", null, List.of(),
                        List.of("quantity 0.2 km", "quantity 0.4 km")),
                RecognizerExample.of("The wave ran 300 m inland.", null, List.of("quantity 0.3 km"), List.of()),
                RecognizerExample.of("Winds reached 95 mph (153 km/h).", null, List.of("quantity 152.9 km/h"), List.of("quantity 153 km/h")), // the bracket restates the value: one claim
                RecognizerExample.of("Tower height: 87 m", null, List.of("quantity 0.087 km"), List.of()),
                RecognizerExample.of("It is a nearly 250-foot tower.", null, List.of("quantity ~0.0762 km"), List.of()),
                RecognizerExample.of("The mast stood 340 metres from the pier's end.", null, List.of("quantity 0.34 km"), List.of()),
                RecognizerExample.of("The fire burned about 1,500 acres.", null, List.of("quantity ~607 ha"), List.of()),
                RecognizerExample.of("The chairman, 61, said he would stay.", null, List.of("quantity aged 61"), List.of()),
                RecognizerExample.of("The storm made landfall as a Category 3 hurricane.", null, List.of("quantity category 3"), List.of()),
                RecognizerExample.of("Police said a woman who is 47 was arrested.", null, List.of("quantity aged 47"), List.of()),
                RecognizerExample.of("She scored in the 97th minute.", null, List.of("quantity 97'"), List.of()),
                RecognizerExample.of("The index ended down 1,207.48 points.", null, List.of("quantity 1207.48 points"), List.of("count 1 fewer")),
                RecognizerExample.of("A tailwind of +1.5 metres per second helped.", null, List.of("quantity 5.4 km/h"), List.of()),
                RecognizerExample.of("Final result: Adeyemi 10.91, Moreau 10.95. Wind +0.8.", null, List.of("quantity 2.9 km/h"), List.of()),
                RecognizerExample.of("She won the long jump final (wind -0.5) with 7.02.", null, List.of("quantity -1.8 km/h"), List.of()),
                RecognizerExample.of("The wind +30 minutes later had dropped; shares rose 1.5.", null, List.of(), List.of("quantity")));
    }
}

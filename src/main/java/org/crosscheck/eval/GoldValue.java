package org.crosscheck.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.ClaimKind;

/**
 * A gold value read for comparison with a claim: annotators write "2024-07-05", "21:00Z", "PT3H", 57,
 * "1.6 mi" or "Bangkok"; each reads as the kinds of claim that can state it and the range it allows.
 *
 * @param type   what sort of value the annotator wrote
 * @param low    smallest value (dates: epoch day; times: UTC or local minute of day; durations: days; numbers as written)
 * @param high   largest value
 * @param unit   the unit written after a number ("mi", "m", "billion USD"), lower case; for a date and time, its day; or empty
 * @param utc    for times: true when {@code low} is a UTC minute, false when it is local
 * @param local  for times: the minute of day as the article wrote it, in its own zone (NaN when unknown)
 * @param text   the value as written
 */
public record GoldValue(Type type, double low, double high, String unit, boolean utc, double local, String text) {

    /** The sorts of gold value. */
    public enum Type { DATE, TIME, DURATION, NUMBER, PLACE }

    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:/(\\d{4})-(\\d{2})-(\\d{2}))?(?![\\d:T])");
    private static final Pattern TIME = Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2}T)?(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DURATION = Pattern.compile("^[<>]?P(?:(\\d+(?:\\.\\d+)?)Y)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)W)?"
            + "(?:(\\d+(?:\\.\\d+)?)D)?(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    private static final Pattern NUMBER = Pattern.compile("^[<>~≈]?\\s*(?:(USD|EUR|GBP|JPY|INR|CNY|KRW)\\s*)?(-?\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?\\s*([^(]*)");
    private static final Pattern WEEKDAY = Pattern.compile("^(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");

    /** Reads a gold value as written; {@code written} is the annotator's "written as" note for times, or null. */
    public static GoldValue parse(String value, String written) {
        return parse(value, written, "");
    }

    /**
     * Reads a gold value as written; {@code attributeUnit} is the unit the attribute names in brackets
     * ("revenue (billion USD)"), which a bare number takes.
     */
    public static GoldValue parse(String value, String written, String attributeUnit) {
        GoldValue g = parse0(value, written);
        if (g.type == Type.NUMBER && g.unit.isEmpty() && !attributeUnit.isBlank()) {
            return new GoldValue(g.type, g.low, g.high, attributeUnit.strip().toLowerCase(Locale.ROOT), g.utc, g.local, g.text);
        }
        return g;
    }

    private static GoldValue parse0(String value, String written) {
        String v = value.strip();
        Matcher m = TIME.matcher(v);
        if (m.find() && (m.group(3) != null || v.length() == 5)) {
            int minute = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            boolean utc = m.group(3) != null;
            double local = utc && m.group(3).equals("Z") ? Double.NaN : minute;
            if (utc && !m.group(3).equals("Z")) {
                int sign = m.group(3).charAt(0) == '-' ? -1 : 1;
                int off = Integer.parseInt(m.group(3).substring(1, 3)) * 60 + Integer.parseInt(m.group(3).substring(4, 6));
                minute = Math.floorMod(minute - sign * off, 24 * 60);
            }
            Matcher w = written == null ? null : TIME.matcher(written.strip());
            if (w != null && w.find()) {
                local = Integer.parseInt(w.group(1)) * 60 + Integer.parseInt(w.group(2));
            }
            // "2024-07-05T05:03+01:00" also states the day, as written (local): a claim of that day carries it
            String day = v.matches("^\\d{4}-\\d{2}-\\d{2}T.*") ? v.substring(0, 10) : "";
            return new GoldValue(Type.TIME, minute, minute, day, utc, local, value);
        }
        m = DATE.matcher(v);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            LocalDate lo;
            LocalDate hi;
            if (m.group(4) != null) {
                lo = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                hi = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            } else if (m.group(3) != null) {
                lo = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                hi = lo;
            } else if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
                lo = ym.atDay(1);
                hi = ym.atEndOfMonth();
            } else if (year >= 1000 && year <= 2200 && !v.matches("^\\d{4}\\s*[a-zA-Z%].*")) {
                lo = LocalDate.of(year, 1, 1);
                hi = LocalDate.of(year, 12, 31);
            } else {
                return number(v, value);
            }
            return new GoldValue(Type.DATE, lo.toEpochDay(), hi.toEpochDay(), "", false, Double.NaN, value);
        }
        if (WEEKDAY.matcher(v).matches()) {
            return new GoldValue(Type.DATE, Double.NaN, Double.NaN, v.toLowerCase(Locale.ROOT), false, Double.NaN, value);
        }
        m = DURATION.matcher(v);
        if (m.lookingAt() && m.end() > (v.startsWith("<") || v.startsWith(">") ? 2 : 1)) {
            double days = 0;
            double[] per = {365.25, 30.44, 7, 1, 1 / 24.0, 1 / 1440.0, 1 / 86400.0};
            for (int g = 1; g <= 7; g++) {
                if (m.group(g) != null) {
                    days += Double.parseDouble(m.group(g)) * per[g - 1];
                }
            }
            return new GoldValue(Type.DURATION, days, days, "", false, Double.NaN, value);
        }
        return number(v, value);
    }

    /** Reads a value the annotator wrote as a number, in the attribute's unit when it names none: never a year. */
    static GoldValue numberIn(String value, String attributeUnit) {
        GoldValue g = number(value.strip(), value);
        if (g.type == Type.NUMBER && g.unit.isEmpty() && !attributeUnit.isBlank()) {
            return new GoldValue(g.type, g.low, g.high, attributeUnit.strip().toLowerCase(Locale.ROOT), g.utc, g.local, g.text);
        }
        return g;
    }

    private static GoldValue number(String v, String value) {
        Matcher m = NUMBER.matcher(v);
        if (m.find()) {
            double lo = Double.parseDouble(m.group(2));
            double hi = m.group(3) == null ? lo : Double.parseDouble(m.group(3));
            String unit = m.group(4).strip().toLowerCase(Locale.ROOT);
            if (m.group(1) != null) {
                unit = (unit + " " + m.group(1).toLowerCase(Locale.ROOT)).strip();
            }
            return new GoldValue(Type.NUMBER, lo, hi, unit, false, Double.NaN, value);
        }
        return new GoldValue(Type.PLACE, Double.NaN, Double.NaN, "", false, Double.NaN, value);
    }

    /** True when a claim of this kind can state a value of this sort. */
    public boolean admits(ClaimKind kind) {
        return switch (type) {
            case DATE -> kind == ClaimKind.DATE;
            case TIME -> kind == ClaimKind.TIME || kind == ClaimKind.DATE && !unit.isEmpty();
            case DURATION -> kind == ClaimKind.DURATION;
            case NUMBER -> kind == ClaimKind.COUNT || kind == ClaimKind.RATE || kind == ClaimKind.QUANTITY
                    || kind == ClaimKind.ORDINAL || kind == ClaimKind.DURATION;
            case PLACE -> kind == ClaimKind.PLACE;
        };
    }

    /**
     * True when the claim states this value: the same day or period, the same minute (in UTC when both know the
     * zone, else as written), the same length, the same number within the gold value's last digit (converted
     * to the claim's unit where the units differ), or the same place name.
     */
    public boolean carriedBy(org.crosscheck.normalize.Claim c) {
        if (carries(c)) {
            return true;
        }
        // "EUR 70 billion (~USD 76 billion)", "2021-05-02 US Eastern (= 2021-05-03 Jakarta)": the annotator's
        // equivalent in another currency or zone is the same value
        Matcher alt = EQUIVALENT.matcher(text);
        return alt.find() && parse0(alt.group(1), null).carries(c);
    }

    private static final Pattern EQUIVALENT = Pattern.compile("\\((?:=|~|≈)\\s*([^)]+)\\)");

    private boolean carries(org.crosscheck.normalize.Claim c) {
        if (!admits(c.kind())) {
            return false;
        }
        return switch (type) {
            case DATE -> Double.isNaN(low)
                    ? c.value().toLowerCase(Locale.ROOT).startsWith(unit) || c.value().toLowerCase(Locale.ROOT).contains(unit)
                    : c.scale().equals("day") && c.low() >= low - 0.01 && c.high() <= high + 0.01;
            case TIME -> {
                if (c.kind() == org.crosscheck.extract.ClaimKind.DATE) {
                    yield c.value().equals(unit);
                }
                boolean claimUtc = c.scale().equals("UTC time");
                if (claimUtc && !utc && !Double.isNaN(local)) {
                    // the gold gives the clock as the article wrote it, with no zone: the claim's quote states that clock
                    // ("3:36 p.m.") although the claim carries it converted to UTC
                    double stated = statedClock(c.text());
                    yield !Double.isNaN(stated) && Math.abs(stated - local) < 0.5;
                }
                double target = claimUtc == utc ? low : !claimUtc && !Double.isNaN(local) ? local : Double.NaN;
                yield !Double.isNaN(target) && near(c, target, target, 0.5);
            }
            case DURATION -> {
                // the claim's value as written ("PT3H"), not its hedged range: "under three hours" states three hours
                GoldValue stated = parse(c.value().replaceFirst("^[~<>≤≥]", ""), null);
                yield stated.type == Type.DURATION && Math.abs(stated.low - low) <= Math.max(low * 0.02, 1 / 86400.0);
            }
            case NUMBER -> {
                if (c.scale().equals(org.crosscheck.extract.recognize.QuantityRecognizer.TALLY)) {
                    // a tally of votes, "11-1": the claim's "11–1 vote" states it when both numbers are the same
                    yield tally(text).equals(tally(c.value()));
                }
                if (unit.isEmpty() && c.scale().equals("km")) {
                    // the annotator left the unit to the attribute ("distance ... (m)"): any length unit will do
                    yield java.util.stream.DoubleStream.of(1, 0.001, 1.609344, 0.0003048)
                            .anyMatch(f -> near(c, low * f, high * f, halfUnit() * f));
                }
                if (unit.isEmpty() && c.scale().equals("hectares")) {
                    // likewise an area: the bare number in hectares or in the acres the text states it in
                    yield java.util.stream.DoubleStream.of(1, 0.40468564224)
                            .anyMatch(f -> near(c, low * f, high * f, halfUnit() * f));
                }
                if (c.scale().equals("°C") && unit.matches("°?f|fahrenheit|degrees f")) {
                    // Fahrenheit is an offset scale: 47 F is 8.3 °C
                    yield near(c, (low - 32) * 5 / 9, (high - 32) * 5 / 9, halfUnit() * 5 / 9);
                }
                double f = factor(c);
                if (Double.isNaN(f)) {
                    yield false;
                }
                if (near(c, low * f, high * f, halfUnit() * Math.abs(f)) || agreesAtCoarserDigit(c, f)) {
                    yield true;
                }
                if (low > 0 && c.high() < 0) {
                    // a fall the gold writes as its size ("percentage fall": 60) that the text writes signed ("-60%")
                    yield near(c, -high * f, -low * f, halfUnit() * Math.abs(f));
                }
                // a move the gold writes signed ("-7") that the text states as a fall ("fell about 7%")
                yield low < 0 && high < 0 && statesFall(c) && near(c, -high * f, -low * f, halfUnit() * Math.abs(f));
            }
            case PLACE -> text.toLowerCase(Locale.ROOT).contains(c.value().toLowerCase(Locale.ROOT))
                    || c.value().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        };
    }

    private static final Pattern CLOCK = Pattern.compile("(?i)\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:(a\\.?m\\b\\.?|in the morning)|(p\\.?m\\b\\.?|in the afternoon|in the evening|at night))?");

    /** The minute of day a quote's clock reads as written ("3:36 p.m." = 936, "1:40 in the morning" = 100), or NaN. */
    static double statedClock(String quote) {
        Matcher m = CLOCK.matcher(quote == null ? "" : quote);
        while (m.find()) {
            if (m.group(2) == null && m.group(3) == null && m.group(4) == null) {
                continue;
            }
            int hour = Integer.parseInt(m.group(1));
            if (hour > 24) {
                continue;
            }
            if (m.group(4) != null && hour < 12) {
                hour += 12;
            } else if (m.group(3) != null && hour == 12) {
                hour = 0;
            }
            return hour * 60 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        return Double.NaN;
    }

    /** "11-1", "11–1 vote", "11 to 1": the two numbers of a tally as "11-1", or empty. */
    private static String tally(String t) {
        Matcher m = Pattern.compile("^\\s*(\\d+)\\s*(?:-|–|—|to)\\s*(\\d+)\\b").matcher(t);
        return m.find() ? m.group(1) + "-" + m.group(2) : "";
    }

    private static final Pattern BOUND_NUMBER = Pattern.compile("^[<>≤≥]\\D*?(-?\\d+(?:\\.\\d+)?)");

    private static boolean near(org.crosscheck.normalize.Claim c, double lo, double hi, double slack) {
        double cl = c.low() == -Double.MAX_VALUE ? c.high() : c.low();
        double ch = c.high() == Double.MAX_VALUE ? c.low() : c.high();
        Matcher bound = BOUND_NUMBER.matcher(c.value());
        if ((c.low() == -Double.MAX_VALUE || c.high() == Double.MAX_VALUE) && bound.find()) {
            // an open bound ("up to $250,000", "more than 8,000 feet") states the number it is bounded by
            cl = Double.parseDouble(bound.group(1));
            ch = cl;
        }
        return cl <= hi + slack && lo - slack <= ch;
    }

    private static final Pattern STATED_NUMBER = Pattern.compile("^[~≈]?\\D*?(-?\\d+)(?:\\.(\\d+))?(?![\\d.])");

    /**
     * The claim and the gold give one number at different precisions, rounded or cut either way: "5,217 points"
     * states 5217.64, "12.586" states the 12.59 it rounds up to. They differ by less than one unit of the coarser
     * last digit.
     */
    private boolean agreesAtCoarserDigit(org.crosscheck.normalize.Claim c, double f) {
        Matcher m = STATED_NUMBER.matcher(c.value());
        if (low != high || c.value().matches("^[~≈<>≤≥].*") || Math.abs(c.low()) == Double.MAX_VALUE
                || Math.abs(c.high()) == Double.MAX_VALUE || !m.find()) {
            return false;
        }
        double shown = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
        double mid = (c.low() + c.high()) / 2;
        if (shown == 0 || mid == 0) {
            return false;
        }
        double toShown = shown / mid;
        double claimStep = m.group(2) == null ? 1 : Math.pow(10, -m.group(2).length());
        double goldStep = 2 * halfUnit() * Math.abs(f * toShown);
        return Math.abs(shown - low * f * toShown) < Math.max(claimStep, goldStep) - 1e-9;
    }

    /** Half of the last digit the annotator wrote: 12.59 allows 12.585..12.595, 57 allows 56.5..57.5. */
    private double halfUnit() {
        Matcher m = Pattern.compile("\\d+(?:\\.(\\d+))?").matcher(text);
        if (m.find() && m.group(1) != null) {
            return 0.5 * Math.pow(10, -m.group(1).length());
        }
        return 0.5;
    }

    /**
     * A fall verb right before the value: "fell about 7%", "down 6.9%", "slid nearly 7%", or before the same fall in
     * points ("ended down 103 points, or 0.25%").
     */
    private static final Pattern FALL = Pattern.compile("(?i)\\b(?:fell|fall(?:s|ing)?|down|lower|lost|los(?:e|es|ing)|slid|slipped|dropped|"
            + "declined|sank|tumbled|plunged|crashed|shed|drop(?:s|ped)?)\\b(?:\\W+\\w+){0,2}(?:\\s+[\\d.,]+\\s+points?,?\\s+or)?\\W*$");

    /** A fall word right after the value: "about 7% lower", "6.9 per cent down". */
    private static final Pattern FALL_AFTER = Pattern.compile("(?i)^\\W{0,2}(?:per\\s?cent\\s+)?(?:lower|down)\\b");

    private static boolean statesFall(org.crosscheck.normalize.Claim c) {
        if (c.sentence() == null || c.text() == null) {
            return false;
        }
        int at = c.sentence().indexOf(c.text());
        return at >= 0 && (at > 0 && FALL.matcher(c.sentence().substring(Math.max(0, at - 40), at)).find()
                || FALL_AFTER.matcher(c.sentence().substring(at + c.text().length())).find());
    }

    /** Days in one unit of an ISO duration's designator, by whether it follows the T. */
    private static double daysPer(char designator, boolean time) {
        return switch (designator) {
            case 'Y' -> 365.25;
            case 'M' -> time ? 1 / 1440.0 : 30.44;
            case 'W' -> 7;
            case 'D' -> 1;
            case 'H' -> 1 / 24.0;
            case 'S' -> 1 / 86400.0;
            default -> Double.NaN;
        };
    }

    /** What one gold unit is in the claim's scale, or NaN when they measure different things. */
    private double factor(org.crosscheck.normalize.Claim c) {
        String scale = c.scale();
        String u = unit;
        double mult = u.matches(".*\\b(billion|bn)\\b.*") ? 1e9 : u.matches(".*\\b(million|mn)\\b.*") ? 1e6
                : u.matches(".*\\btrillion\\b.*") ? 1e12 : u.matches(".*\\bthousand\\b.*") ? 1e3 : 1;
        if (scale.equals("km")) {
            return switch (u.replaceAll("[^a-z]", "")) {
                case "m", "metres", "meters" -> 0.001;
                case "km", "" -> 1;
                case "mi", "miles" -> 1.609344;
                case "ft", "feet" -> 0.0003048;
                default -> Double.NaN;
            };
        }
        if (scale.equals("km/h")) {
            return switch (u.replaceAll("\\s+", "")) {
                case "km/h", "kph", "kmh", "" -> 1;
                case "mph" -> 1.609344;
                case "m/s" -> 3.6;
                case "knots", "kn", "kt" -> 1.852;
                default -> Double.NaN;
            };
        }
        if (scale.equals("hectares")) {
            return switch (u) {
                case "ha", "hectares", "" -> 1;
                case "acres", "acre" -> 0.40468564224;
                case "km2", "km²", "sq km", "square kilometres" -> 100;
                default -> Double.NaN;
            };
        }
        if (scale.equals("percentage points")) {
            return u.matches("basis points?|bps?") ? 0.01 : 1;
        }
        if (scale.equals("days")) {
            // a length the gold writes as a bare number in its attribute's unit ("margin (seconds)"), or, with
            // no unit, in the unit the text states it in: "12.59" is the PT12.59S of "in 12.59 seconds"
            return switch (u) {
                case "seconds", "s" -> 1 / 86400.0;
                case "minutes" -> 1 / 1440.0;
                case "hours" -> 1 / 24.0;
                case "days" -> 1;
                case "years" -> 365.25;
                case "" -> {
                    Matcher one = Pattern.compile("^[~<>≤≥]?P(T?)\\d+(?:\\.\\d+)?([YMWDHS])$").matcher(c.value());
                    yield one.matches() ? daysPer(one.group(2).charAt(0), !one.group(1).isEmpty()) : Double.NaN;
                }
                default -> Double.NaN;
            };
        }
        if (scale.matches("[A-Z]{3}.*")) {
            String currency = scale.substring(0, 3).toLowerCase(Locale.ROOT);
            Matcher m = Pattern.compile("\\b(usd|eur|gbp|jpy|inr|cny|krw)\\b").matcher(u);
            if (m.find() && !m.group(1).equals(currency)) {
                return Double.NaN;
            }
            return mult;
        }
        return 1;
    }
}

package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Bound;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.Role;
import org.crosscheck.ingest.Article;

/**
 * Turns mentions into comparable claims: hedges and rounding become tolerances, and mentions of all
 * articles are aligned into shared events.
 */
public final class ClaimNormalizer {

    /** What "about", "around" or "shortly after" allow around a time of day, in minutes. */
    private static final double APPROXIMATE_MINUTES = 10;
    /** How a time's cue begins when its zone was inferred rather than written. */
    public static final String INFERRED_ZONE = "zone inferred";
    private static final Pattern STATED_NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.(\\d+))?");

    /** Claims for the given articles and their mentions (keyed by article id). */
    public Claims normalize(List<Article> articles, Map<String, List<Mention>> mentions) {
        Map<String, Article> byId = new LinkedHashMap<>();
        List<Mention> all = new ArrayList<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
            all.addAll(mentions.getOrDefault(a.id(), List.of()));
        }
        Map<String, List<Mention>> families = new LinkedHashMap<>();
        for (Mention m : all) {
            families.computeIfAbsent(family(m), k -> new ArrayList<>()).add(m);
        }
        FrameAligner aligner = new FrameAligner(all);
        Map<Mention, FrameAligner.Event> eventOf = new HashMap<>();
        Map<FrameAligner.Event, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        int next = 1;
        // the order mentions are clustered in follows what they say and who says it, never file names: renaming or
        // reordering the articles must not change which claims meet
        Comparator<Mention> byContent = Comparator.comparing((Mention m) -> byId.get(m.article()).source())
                .thenComparing(m -> String.valueOf(byId.get(m.article()).published()))
                .thenComparing(m -> byId.get(m.article()).text().length())
                .thenComparingInt(Mention::start).thenComparingInt(Mention::end).thenComparing(Mention::value);
        for (Map.Entry<String, List<Mention>> f : new java.util.TreeMap<>(families).entrySet()) {
            List<Mention> ordered = new ArrayList<>(f.getValue());
            ordered.sort(byContent);
            List<FrameAligner.Event> events = aligner.align(ordered, next);
            next += events.size();
            for (FrameAligner.Event e : events) {
                e.name = FrameAligner.name(e);
                String name = e.name;
                for (int i = 2; !used.add(name); i++) {
                    name = e.name + " #" + i;
                }
                names.put(e, name);
                for (Mention m : e.members) {
                    eventOf.put(m, e);
                }
            }
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        for (Mention m : all) {
            Article a = byId.get(m.article());
            FrameAligner.Event e = eventOf.get(m);
            int n = perArticle.merge(a.id(), 1, Integer::sum);
            String alignedOn = FrameAligner.alignedOn(e, m);
            claims.add(claim(a, m, a.id() + ".c" + n, names.get(e), alignedOn.isEmpty() ? List.of() : List.of(alignedOn.split("; ")),
                    e.link.getOrDefault(m, Double.POSITIVE_INFINITY)));
        }
        List<MultiDayEvent> multiDay = new ArrayList<>();
        for (Map.Entry<FrameAligner.Event, String> e : names.entrySet()) {
            multiDayEvidence(e.getKey().members).ifPresent(why -> multiDay.add(new MultiDayEvent(e.getValue(), why)));
        }
        claims.sort(Comparator.comparing((Claim c) -> articleOrder(c.article())).thenComparingInt(Claim::start));
        // what the articles say lies where: "in Lyon, France" puts Lyon in France
        java.util.Set<Within> within = new java.util.TreeSet<>(Comparator.comparing(Within::place).thenComparing(Within::country));
        for (Mention m : all) {
            if (m.kind() == ClaimKind.PLACE && !m.cue().isEmpty()) {
                within.add(new Within(m.value(), m.cue()));
            }
        }
        return new Claims(claims, multiDay, new ArrayList<>(within));
    }

    /**
     * Why an event lasts several days, if it does: a source gives it a span, sources give it both a start and an end,
     * or a source that gives a start or an end also dates it on another day. A start alone ("withdrawals began on
     * Thursday") says nothing of how long the event lasted, so it does not excuse another source's different day.
     */
    static java.util.Optional<String> multiDayEvidence(List<Mention> members) {
        Mention start = null;
        Mention end = null;
        for (Mention m : members) {
            if (role(m) == Role.SPANS) {
                return java.util.Optional.of("\"" + m.quote() + "\" gives it a span");
            }
            if (role(m) == Role.STARTS && start == null) {
                start = m;
            }
            if (role(m) == Role.ENDS && end == null) {
                end = m;
            }
        }
        if (start != null && end != null) {
            return java.util.Optional.of("\"" + start.quote() + "\" gives it a start and \"" + end.quote() + "\" an end");
        }
        for (Mention m : members) {
            if (role(m) != Role.STARTS && role(m) != Role.ENDS) {
                continue;
            }
            for (Mention o : members) {
                if (o != m && o.article().equals(m.article()) && o.kind() == ClaimKind.DATE && (o.low() > m.high() || o.high() < m.low())) {
                    return java.util.Optional.of("\"" + m.quote() + "\" gives it a " + (role(m) == Role.STARTS ? "start" : "end")
                            + " and its source dates it on another day too (\"" + o.quote() + "\")");
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static int articleOrder(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /**
     * Mentions compare only within a family: same kind and scale (dates, weekdays, percentages, km, USD, ...).
     * Counts are one family whatever they count: "57 seats" and "57 MPs" are told apart, or not, by their frames.
     */
    private static String family(Mention m) {
        return m.kind() + "|" + scale(m);
    }

    private static String scale(Mention m) {
        return m.kind() == ClaimKind.COUNT ? "count" : m.scale();
    }

    private static Claim claim(Article a, Mention m, String id, String event, List<String> evidence, double alignment) {
        double[] range = tolerance(m);
        double confidence = confidence(m);
        boolean comparable = !m.vague() && confidence >= 0.5;
        String sentence = a.text().substring(m.sentence().start(), m.sentence().end());
        return new Claim(id, a.id(), a.source(), a.published() == null ? null : a.published().toString(), m.kind(), role(m),
                event, attribute(m), scale(m), range[0], range[1], m.value(), m.precision(), confidence, comparable,
                m.quote(), m.start(), m.end(), sentence,
                m.head().isEmpty() ? "" : org.crosscheck.extract.Lexicon.feature(m.head()), m.cue(), evidence,
                m.context(), m.names(), m.actors(), m.frame(), alignment);
    }

    /** The values a mention allows: rounding of the stated digits, hedges as open or widened ends. */
    static double[] tolerance(Mention m) {
        double lo = m.low();
        double hi = m.high();
        if (m.kind() == ClaimKind.DATE || m.scale().equals(org.crosscheck.extract.recognize.QuantityRecognizer.TALLY)) {
            return new double[] {lo, hi}; // a tally is two whole numbers, stated exactly
        }
        double unit = roundingUnit(m);
        double half = unit * 0.49;
        return switch (m.bound()) {
            case EXACT -> new double[] {lo - half, hi + half};
            case APPROXIMATE -> {
                // "about 9:07 a.m." allows minutes, not a tenth of the day; "about 60%" allows a tenth of the value
                // and "about $309 billion" states three digits: it rounds its last one, it does not allow 10%
                double share = switch (significantDigits(m)) {
                    case 0, 1 -> 0.10;
                    case 2 -> 0.05;
                    default -> 0.0;
                };
                double slack = m.kind() == ClaimKind.TIME ? approximateMinutes(lo) : Math.max(Math.abs(lo) * share, unit);
                yield new double[] {lo - slack, hi + slack};
            }
            case AT_LEAST -> new double[] {lo - half, Double.MAX_VALUE};
            case MORE_THAN -> new double[] {lo + half * 0.01, Double.MAX_VALUE};
            case AT_MOST -> new double[] {-Double.MAX_VALUE, hi + half};
            case LESS_THAN -> new double[] {-Double.MAX_VALUE, hi - half * 0.01};
        };
    }

    /**
     * What "about" allows around a time of day: a reporter who writes "about 9:07" read a clock to the minute and
     * allows a couple of minutes, "about 9:05" five, "about 9:30" or "about 9" the quarter hour or more.
     */
    static double approximateMinutes(double minuteOfDay) {
        long minute = Math.round(minuteOfDay) % 60;
        return minute % 5 != 0 ? 2 : minute % 15 != 0 ? 5 : APPROXIMATE_MINUTES;
    }

    /** How many digits of the quote's first number are significant: "60" has one, "16" two, "209.0" four; 0 without digits. */
    static int significantDigits(Mention m) {
        if (m.kind() == ClaimKind.DURATION || m.kind() == ClaimKind.DATE) {
            return 0;
        }
        Matcher d = STATED_NUMBER.matcher(m.quote());
        if (!d.find()) {
            return 0;
        }
        String digits = d.group().replace(",", "");
        String whole = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        String fraction = digits.contains(".") ? digits.substring(digits.indexOf('.') + 1) : "";
        String all = (whole + fraction).replaceFirst("^0+", "");
        return fraction.isEmpty() ? all.replaceFirst("0+$", "").length() : all.length();
    }

    /** The size of the last digit the writer stated, in the mention's normalized unit ("1.2 billion" → 0.1 billion). */
    private static double roundingUnit(Mention m) {
        if (m.kind() == ClaimKind.TIME) {
            return 1;
        }
        if (m.kind() == ClaimKind.DURATION) {
            return durationUnit(m.value());
        }
        Matcher d = STATED_NUMBER.matcher(m.quote());
        if (!d.find()) {
            return 1;
        }
        double stated = Double.parseDouble(d.group().replace(",", ""));
        double unit = d.group(1) == null ? 1 : Math.pow(10, -d.group(1).length());
        if (d.group(1) == null && (m.kind() == ClaimKind.COUNT || m.kind() == ClaimKind.QUANTITY) && stated >= 1000) {
            // "12,000 people" is a round figure: trust it to its last non-zero digit
            long v = (long) stated;
            while (v % 10 == 0 && v > 0) {
                v /= 10;
                unit *= 10;
            }
        }
        return stated == 0 ? unit : unit * Math.abs(m.low() / stated);
    }

    /** The smallest unit an ISO duration is written in, in days: "PT3H" is to the hour, "P15Y" to the year, "PT9.81S" to 0.01 s. */
    static double durationUnit(String value) {
        Matcher u = Pattern.compile("(\\d+)(?:\\.(\\d+))?([YMWDHS])(?!.*\\d[YMWDHS])").matcher(value.replaceFirst("^[^P]*", ""));
        if (!u.find()) {
            return 1;
        }
        boolean time = value.indexOf('T') >= 0 && value.indexOf('T') < u.start();
        double days = switch (u.group(3)) {
            case "Y" -> 365.25;
            case "M" -> time ? 1.0 / 1440 : 30.44;
            case "W" -> 7;
            case "D" -> 1;
            case "H" -> 1.0 / 24;
            default -> 1.0 / 86400;
        };
        return u.group(2) == null ? days : days * Math.pow(10, -u.group(2).length());
    }

    private static double confidence(Mention m) {
        double c = 0.9;
        if (m.bound() == Bound.APPROXIMATE) {
            c -= 0.1;
        }
        switch (m.precision()) {
            case "week", "part of month", "part of year", "season", "band" -> c -= 0.2;
            case "period" -> c -= 0.4;
            default -> { }
        }
        if (m.head().isEmpty()) {
            c -= 0.2;
        }
        if (m.kind() == ClaimKind.TIME && m.cue().startsWith(INFERRED_ZONE)) {
            c -= 0.1; // the zone was read from the places the article names, not written beside the time
        }
        return Math.round(c * 100) / 100.0;
    }

    /**
     * A date that dates a beginning or an end by what it measures ("the fire that erupted Wednesday", "broke out
     * Tuesday") plays that role even without a cue word beside it.
     */
    static Role role(Mention m) {
        if (m.kind() != ClaimKind.DATE || m.role() != Role.OCCURS || !m.cue().isEmpty()) {
            return m.role(); // a cue read beside the date ("pushed back ... on Tuesday") outranks the frame's measure
        }
        boolean begins = m.frame().measure().contains("begin");
        boolean ends = m.frame().measure().contains("end");
        return begins && !ends ? Role.STARTS : ends && !begins ? Role.ENDS : m.role();
    }

    private static String attribute(Mention m) {
        return switch (m.kind()) {
            case DATE -> switch (role(m)) {
                case STARTS -> "start date";
                case ENDS -> "end date";
                case SPANS -> "dates";
                case TRAVEL -> "travel date";
                case STATEMENT -> "statement date";
                default -> "date";
            };
            case TIME -> "time";
            case RATE -> m.scale().equals("percentage points") ? "change in points" : "rate";
            case COUNT -> "number of " + m.scale().replaceFirst("^count of ", "");
            case ORDINAL -> "place in a series";
            case DURATION -> "duration";
            case PLACE -> "place";
            case QUANTITY -> switch (m.scale()) {
                case "magnitude" -> "magnitude";
                case "km" -> "distance";
                case "minute of play" -> "minute";
                case "age" -> "age";
                case "°C" -> "temperature";
                default -> "amount";
            };
        };
    }
}

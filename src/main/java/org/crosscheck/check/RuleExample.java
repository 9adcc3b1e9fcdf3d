package org.crosscheck.check;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Bound;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.Role;
import org.crosscheck.extract.Span;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.ClaimNormalizer;
import org.crosscheck.normalize.Claims;
import org.crosscheck.normalize.MultiDayEvent;

/**
 * A rule's example, written in its metadata as claims about one event separated by ";", e.g.
 * {@code @fires1("date start 2025-10-24 ; date start 2025-10-25")}. Each claim is
 * {@code [aN[@YYYY-MM-DD]:] kind [role] value [unit]}; without {@code aN:} the claims come from articles a1, a2, ...
 * in turn, all published on 2025-10-23 unless a date follows the article.
 * A leading {@code multi-day} marks the event as lasting several days. The claims go through the real
 * normalizer (tolerances, hedges) and a real session, so an example shows what the rule does in a run.
 */
public final class RuleExample {

    private static final Pattern CLAIM = Pattern.compile(
            "^(?:(a\\d+)(?:@(\\d{4}-\\d{2}-\\d{2}))?:\\s*)?(date|weekday|time|rate|count|ordinal|duration|quantity|place)\\s+"
            + "(?:(date|start|end|span|travel|statement)\\s+)?(\\S+)(?:\\s+(\\S+))?$");
    private static final Pattern NUMBER = Pattern.compile("^(~|>=|>|<=|<)?(-?[\\d,]+(?:\\.\\d+)?)(?:\\.\\.([\\d,]+(?:\\.\\d+)?))?$");

    /** Every claim of an example is about one thing: the same measure and the same words, so they all align. */
    private static final org.crosscheck.extract.frame.ClaimFrame EXAMPLE_FRAME = new org.crosscheck.extract.frame.ClaimFrame(
            java.util.Set.of("example"), "example", java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), "", 0, java.util.Set.of(),
            Map.of("example", 1.0, "event", 1.0, "story", 1.0), java.util.Set.of("example"));

    private RuleExample() {}

    /** The names of the rules that fire on the example. */
    public static List<String> firingRules(RuleSet rules, String example) {
        Claims claims = claims(example);
        CheckResult result = new Checker(rules).check(claims);
        return java.util.stream.Stream.concat(result.findings().stream(), result.updates().stream()).map(Finding::rule).distinct().toList();
    }

    static Claims claims(String example) {
        String[] parts = example.split(";");
        boolean multiDay = false;
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, LocalDate> published = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        int auto = 0;
        for (String raw : parts) {
            String part = raw.strip();
            if (part.equals("multi-day")) {
                multiDay = true;
                continue;
            }
            Matcher m = CLAIM.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read example claim \"" + part + "\"");
            }
            String article = m.group(1) != null ? m.group(1) : "a" + (++auto);
            if (m.group(2) != null) {
                published.put(article, LocalDate.parse(m.group(2)));
            }
            StringBuilder text = texts.computeIfAbsent(article, k -> new StringBuilder());
            int start = text.length();
            text.append(part).append(". ");
            mentions.add(mention(article, m, start, start + part.length()).withFrame(EXAMPLE_FRAME));
        }
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, StringBuilder> t : texts.entrySet()) {
            articles.add(new Article(t.getKey(), t.getKey() + ".txt", "source " + t.getKey(),
                    published.getOrDefault(t.getKey(), LocalDate.of(2025, 10, 23)), t.getValue().toString()));
        }
        articles.sort(java.util.Comparator.comparingInt(a -> Integer.parseInt(a.id().substring(1))));
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            byArticle.computeIfAbsent(mention.article(), k -> new ArrayList<>()).add(mention);
        }
        Claims claims = new ClaimNormalizer().normalize(articles, byArticle);
        if (!multiDay) {
            return claims;
        }
        List<MultiDayEvent> marks = new ArrayList<>(claims.multiDay());
        claims.claims().stream().map(c -> c.event()).distinct().forEach(e -> marks.add(new MultiDayEvent(e, "example")));
        return new Claims(claims.claims(), marks, claims.within());
    }

    private static Mention mention(String article, Matcher m, int start, int end) {
        String kind = m.group(3);
        String role = m.group(4) == null ? "date" : m.group(4);
        String value = m.group(5);
        String unit = m.group(6);
        Span sentence = new Span(start, end);
        Map<String, Double> context = Map.of("example", 1.0, "event", 1.0, "story", 1.0);
        return switch (kind) {
            case "date" -> date(article, roleOf(role), value, start, end, sentence, context);
            case "weekday" -> new Mention(article, ClaimKind.DATE, roleOf(role), m.group(), start, end, sentence,
                    Integer.parseInt(value), Integer.parseInt(value), "weekday", value, "weekday", Bound.EXACT, "event", "", context, false, java.util.Set.of(), java.util.Set.of());
            case "place" -> {
                // "place Lyon,France": a place and the country the text puts it in; _ stands for a space ("South_Africa")
                String[] parts = value.replace('_', ' ').split(",");
                String place = parts[0];
                boolean country = org.crosscheck.extract.Places.isCountry(org.crosscheck.extract.Places.normalize(place));
                yield new Mention(article, ClaimKind.PLACE, Role.OCCURS, m.group(), start, end, sentence, 0, 0, "place", place,
                        country ? "country" : "place", Bound.EXACT, "event", parts.length > 1 ? parts[1] : "", context, false, java.util.Set.of(), java.util.Set.of());
            }
            case "time" -> {
                boolean approx = value.startsWith("~");
                String[] hm = value.replace("~", "").split(":");
                int minute = Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
                yield new Mention(article, ClaimKind.TIME, Role.OCCURS, m.group(), start, end, sentence, minute, minute,
                        "local time", value, "minute", approx ? Bound.APPROXIMATE : Bound.EXACT, "event", "", context, false, java.util.Set.of(), java.util.Set.of());
            }
            default -> number(article, ClaimKind.valueOf(kind.toUpperCase(Locale.ROOT)), value, unit, m.group(), start, end, sentence, context);
        };
    }

    private static Role roleOf(String role) {
        return switch (role) {
            case "start" -> Role.STARTS;
            case "end" -> Role.ENDS;
            case "span" -> Role.SPANS;
            case "travel" -> Role.TRAVEL;
            case "statement" -> Role.STATEMENT;
            default -> Role.OCCURS;
        };
    }

    private static Mention date(String article, Role role, String value, int start, int end, Span sentence, Map<String, Double> context) {
        LocalDate first;
        LocalDate last;
        String precision;
        if (value.contains("..")) {
            String[] ends = value.split("\\.\\.");
            first = LocalDate.parse(ends[0]);
            last = LocalDate.parse(ends[1]);
            precision = "range";
        } else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            first = last = LocalDate.parse(value);
            precision = "day";
        } else if (value.matches("\\d{4}-W\\d{2}")) {
            first = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
                    .with(java.time.DayOfWeek.MONDAY);
            last = first.plusDays(6);
            precision = "week";
        } else if (value.matches("\\d{4}-\\d{2}")) {
            first = LocalDate.parse(value + "-01");
            last = first.plusMonths(1).minusDays(1);
            precision = "month";
        } else if (value.matches("\\d{4}")) {
            first = LocalDate.of(Integer.parseInt(value), 1, 1);
            last = LocalDate.of(Integer.parseInt(value), 12, 31);
            precision = "year";
        } else {
            throw new IllegalArgumentException("cannot read example date \"" + value + "\"");
        }
        return new Mention(article, ClaimKind.DATE, role, value, start, end, sentence, first.toEpochDay(), last.toEpochDay(),
                "day", value, precision, Bound.EXACT, "event", "", context, false, java.util.Set.of(), java.util.Set.of());
    }

    private static Mention number(String article, ClaimKind kind, String value, String unit, String quote, int start, int end,
                                  Span sentence, Map<String, Double> context) {
        Matcher n = NUMBER.matcher(value);
        if (!n.matches()) {
            throw new IllegalArgumentException("cannot read example number \"" + value + "\"");
        }
        double lo = Double.parseDouble(n.group(2).replace(",", ""));
        double hi = n.group(3) == null ? lo : Double.parseDouble(n.group(3).replace(",", ""));
        Bound bound = n.group(1) == null ? Bound.EXACT : switch (n.group(1)) {
            case "~" -> Bound.APPROXIMATE;
            case ">=" -> Bound.AT_LEAST;
            case ">" -> Bound.MORE_THAN;
            case "<=" -> Bound.AT_MOST;
            default -> Bound.LESS_THAN;
        };
        String scale = switch (kind) {
            case RATE -> "percent";
            case COUNT -> "count of " + (unit == null ? "people" : unit);
            case ORDINAL -> "ordinal";
            case DURATION -> "days";
            default -> unit == null ? "units" : unit;
        };
        return new Mention(article, kind, Role.VALUE, quote.substring(quote.indexOf(value)), start + quote.indexOf(value), end, sentence,
                lo, hi, scale, value, bound == Bound.EXACT ? "exact" : "approximate", bound, "event", "", context, false, java.util.Set.of(), java.util.Set.of());
    }
}

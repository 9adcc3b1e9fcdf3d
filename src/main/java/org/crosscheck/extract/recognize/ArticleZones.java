package org.crosscheck.extract.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Places;
import org.crosscheck.extract.StartGate;
import org.crosscheck.extract.time.Timex;
import org.crosscheck.extract.time.TimexType;

/**
 * The zone of an article's clock times that name none, read from what the article itself says: a zone it declares
 * ("All times GMT"), the one zone it writes beside its other times (its publication line's "09:48 AM CDT" too), the
 * place it puts the story in (its dateline, the countries, states and cities it names, with the zone data of the tz
 * database), and its own conversions of a local time ("21:50 local time (1950 GMT)" makes "local" two hours ahead
 * of UTC). A country with several zones gives one only through a state, city or region the text names. A zone read
 * from places or conversions is inferred, weaker than a written one: its {@link Inferred#why()} says so.
 */
public final class ArticleZones {

    /**
     * A zone taken for a time that names none.
     *
     * @param zone     the zone (a fixed offset when only the article's conversions tell it)
     * @param why      how it was found, shown as the claim's cue
     * @param inferred true when read from places or conversions, false when the article writes it
     */
    public record Inferred(ZoneId zone, String why, boolean inferred) {}

    /**
     * A place the article names, where it names it, and its zone.
     *
     * @param weight  what it counts for the place the article is about: 2 for the dateline, 1 for a place named, 0 for
     *                where people or things came from ("immigrants from Mexico, Guatemala and Honduras")
     * @param located true when the text puts something in it ("in Sendai", "at Paris", "from Bangkok")
     */
    private record Named(int at, String name, ZoneId zone, int weight, boolean located) {}

    /** An article's own conversion of a local time: the offset it gives local time, from which minute. */
    private record Conversion(int offset, boolean local) {}

    private static final Map<String, List<ZoneId>> COUNTRIES = new HashMap<>();
    private static final Set<String> PRINCIPAL = new java.util.HashSet<>();
    private static final Map<String, ZoneId> REGIONS = new HashMap<>();
    private static final Map<String, ZoneId> ABBREVIATIONS = new HashMap<>();
    private static final Map<String, ZoneId> CITIES = new HashMap<>();
    /** Names of countries that are also common words or given names: not counted when written bare. */
    private static final Set<String> AMBIGUOUS = Set.of("chad", "jordan", "georgia", "turkey", "guinea", "niger", "jersey");
    /** The longest name, in words, looked up when the article's capitalized words are read. */
    private static final int LONGEST = 5;

    static {
        for (String line : lines("lexicon/country-zones.tsv")) {
            String[] f = line.split("\t");
            boolean principal = f[2].startsWith("*");
            List<ZoneId> zones = new ArrayList<>();
            for (String id : f[2].replace("*", "").split(",")) {
                ZoneId z = zoneOrNull(id);
                if (z != null) {
                    zones.add(z);
                    int slash = id.lastIndexOf('/');
                    // "America/Indiana/Knox", "America/North_Dakota/Center": county seats, not cities a reporter names
                    boolean city = id.indexOf('/') == slash || id.startsWith("America/Argentina/");
                    if (!id.startsWith("Antarctica/") && city) {
                        // "Paris", "Bangkok", "Honolulu": the cities the tz database names its zones after
                        CITIES.putIfAbsent(id.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT), z);
                    }
                }
            }
            if (!zones.isEmpty()) {
                COUNTRIES.put(f[0], zones);
                if (principal) {
                    PRINCIPAL.add(f[0]);
                }
            }
        }
        for (String line : lines("lexicon/region-zones.tsv")) {
            String[] f = line.split("\t", -1);
            ZoneId z = zoneOrNull(f[1]);
            if (z == null) {
                continue;
            }
            REGIONS.put(f[0], z);
            if (f.length > 2 && !f[2].isBlank()) {
                for (String a : f[2].split(",")) {
                    ABBREVIATIONS.put(a.strip(), z);
                }
            }
        }
    }

    private static ZoneId zoneOrNull(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (java.time.DateTimeException e) {
            return null; // a zone newer than this JDK's rules
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ArticleZones.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the build");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "All times GMT", "(all times IST)", "All times are Eastern": the article's own word on its clock. */
    private static final Pattern DECLARED = StartGate.compile("(?i)\\ball\\s+times(?:\\s+(?:are|in|shown\\s+in))?(?=\\s)");
    /** "SENDAI, Japan (AP) —", "PARIS —", "DOVER, Del. —": the place a story was filed from, opening a line. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*(?<city>[A-Z][A-Z.'’ -]*[A-Z.])(?:,\\s*(?<in>[A-Z][\\p{L}.'’]*(?:\\s[A-Z][\\p{L}.'’]*){0,2}))?"
            + "(?:,?\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[—–-]{1,2}(?=\\s|$)");
    /** "Hilo, Hawaii", "Dover, Del.": a place and the larger place the text puts it in. */
    private static final Pattern IN_LARGER = StartGate.compile(
            "\\b(?<place>[A-Z][\\p{L}'’-]+(?:\\s[A-Z][\\p{L}'’-]+){0,2}),\\s(?<larger>[A-Z][\\p{L}.'’]*(?:\\s[A-Z][\\p{L}.'’]*){0,2})");
    private static final Pattern CAPITALIZED = StartGate.compile("\\b[A-Z][\\p{L}'’.-]*");
    /** Capitalized words that can make one name: "New South Wales", "Isle of Man". */
    private static final Pattern NAME_WORDS = Pattern.compile("[\\p{L}'’.-]+(?:\\s(?:of\\s|the\\s|and\\s|de\\s)?[\\p{L}'’.-]+)*");
    /** A place named right after a time: ", here in Hilo", " in the Philippines". */
    private static final Pattern IN_AFTER = Pattern.compile("^,?\\s+(?:here\\s+)?in\\s+(?:the\\s+)?(?<place>[A-Z][\\p{L}.'’-]*(?:\\s[A-Z][\\p{L}.'’-]*){0,2})");
    /** A clock time as the article's conversions write it: "21:50", "9:30am", "1950", "noon". */
    private static final String CLOCK = "(?:(?<h%1$s>[01]?\\d|2[0-3])(?:[:.](?<m%1$s>[0-5]\\d))?\\s*(?<ap%1$s>[ap])\\.?\\s?m\\b\\.?"
            + "|(?<hh%1$s>[01]?\\d|2[0-3])[:.h](?<mm%1$s>[0-5]\\d)(?!\\d)|(?<hhmm%1$s>(?:[01]\\d|2[0-3])[0-5]\\d)(?=\\s*(?:GMT|UTC|Z)\\b)"
            + "|(?<noon%1$s>noon|midnight))";
    private static final String JOIN = "\\s*(?:\\(|,?\\s*or\\s+|/\\s*|[,;]?\\s*(?:that is|which is|i\\.e\\.)\\s*,?\\s*|,\\s*)\\s*";
    /** "21:50 local time (1950 GMT)", "10 p.m. (2100 GMT)": a local or unzoned time and its conversion. */
    private static final Pattern LOCAL_FIRST = StartGate.compile("(?i)(?<![\\d.:])" + String.format(CLOCK, "1")
            + "(?<local>\\s+local(?:\\s+time)?)?(?<join>" + JOIN + ")" + String.format(CLOCK, "2"));
    /** "12:00 UTC, that is 7 a.m. local": the conversion first. */
    private static final Pattern ZONED_FIRST = StartGate.compile("(?i)(?<![\\d.:])" + String.format(CLOCK, "2")
            + "(?<zone>\\s*(?:GMT|UTC))" + JOIN + String.format(CLOCK, "1") + "\\s+local\\b");

    private final Inferred declared;
    private final Inferred written;
    private final List<Named> places = new ArrayList<>();
    private final Map<String, ZoneId> larger = new HashMap<>();
    private final List<Conversion> conversions = new ArrayList<>();
    private final LocalDate reference;
    private Inferred dominant;
    private boolean dominantRead;

    private ArticleZones(Inferred declared, Inferred written, LocalDate reference) {
        this.declared = declared;
        this.written = written;
        this.reference = reference;
    }

    /** No article: a time without a zone stays local. */
    public static ArticleZones none() {
        return new ArticleZones(null, null, null);
    }

    /** What {@code text} says about the zone of its times; {@code published} may be null. */
    public static ArticleZones of(String text, List<Timex> timexes, LocalDate published) {
        LocalDate reference = published;
        for (Timex t : timexes) {
            // an undated page is read on the latest day it gives in full ("Updated 2024-09-18"): it was written after it
            if (published == null && t.type() == TimexType.DATE && t.first() != null && t.first().equals(t.last())
                    && t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}") && (reference == null || t.first().isAfter(reference))) {
                reference = t.first();
            }
        }
        Inferred declared = null;
        Matcher d = DECLARED.matcher(text);
        if (d.find()) {
            TimeZones.Named z = TimeZones.after(text.substring(d.end(), Math.min(text.length(), d.end() + 40)));
            if (z != null) {
                declared = new Inferred(z.zone(), "all times " + z.name(), false);
            }
        }
        ZoneId one = DateTimeRecognizer.articleZone(text, timexes);
        ArticleZones zones = new ArticleZones(declared, one == null ? null : new Inferred(one, "the article's zone", false),
                reference);
        zones.read(text, reference == null ? LocalDate.of(2001, 1, 15) : reference);
        return zones;
    }

    /** The day an article's clocks are read on when a sentence gives none: its publication day or first full date. */
    public LocalDate reference() {
        return reference;
    }

    /** True when the article declares "all times local". */
    public boolean declaredLocal() {
        return declared != null && declared.zone() == null;
    }

    private void read(String text, LocalDate day) {
        Matcher l = IN_LARGER.matcher(text);
        while (l.find()) {
            ZoneId z = zone(l.group("larger"), day);
            String place = Places.normalize(l.group("place"));
            if (z != null && zone(place, day) == null) {
                larger.putIfAbsent(place, z);
            }
        }
        Matcher d = DATELINE.matcher(text.substring(0, Math.min(text.length(), 1500)));
        while (d.find()) {
            String in = d.group("in");
            ZoneId z = in != null ? zone(in, day) : null;
            String city = d.group("city").strip();
            if (z == null && (in == null || !isPlace(in))) {
                z = zone(city, day);
            }
            if (z != null) {
                places.add(new Named(d.start("city"), "dateline " + city + (in == null ? "" : ", " + in), z, 2, false));
                break;
            }
        }
        // countries, states and regions named anywhere; cities of the tz database where the text puts something in them
        List<int[]> words = new ArrayList<>();
        Matcher c = CAPITALIZED.matcher(text);
        while (c.find()) {
            words.add(new int[] {c.start(), c.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(LONGEST, words.size() - i); n >= 1; n--) {
                int from = words.get(i)[0];
                int to = words.get(i + n - 1)[1];
                String written = text.substring(from, to);
                if (to - from > 60 || !NAME_WORDS.matcher(written).matches()) {
                    continue;
                }
                String name = Places.normalize(trimDots(written));
                boolean abbreviation = ABBREVIATIONS.containsKey(written) && from >= 2 && text.startsWith(", ", from - 2);
                if (!abbreviation && (AMBIGUOUS.contains(name) || !COUNTRIES.containsKey(name) && !REGIONS.containsKey(name))) {
                    continue;
                }
                ZoneId z = abbreviation ? ABBREVIATIONS.get(written) : zone(name, day);
                if (z != null) {
                    // a list of places names where people came from or who took part, not where it happened
                    boolean list = text.substring(Math.max(0, from - 30), from).matches("(?s).*\\b(?:from|and|or)\\s+$|.*[A-Z]\\p{L}+,\\s+$")
                            || text.startsWith(",", to) && !abbreviation && text.substring(to, Math.min(text.length(), to + 30)).matches("(?s),\\s+[A-Z]\\p{L}+,.*");
                    places.add(new Named(from, trimDots(written), z, list ? 0 : 1, false));
                }
                i += n - 1;
                break;
            }
        }
        // where the text puts something: "in Sendai, Japan", "at Paris", "from Bangkok" (an origin counts for nothing)
        Set<Integer> located = new java.util.HashSet<>();
        for (Places.Named p : Places.find(text, 0, text.length())) {
            ZoneId z = p.within() != null ? zone(p.within(), day) : zone(p.place(), day);
            if (z == null) {
                z = larger.get(p.place());
            }
            if (z != null) {
                boolean from = text.substring(Math.max(0, p.start() - 30), p.start()).matches("(?s).*\\bfrom\\s+(?:the\\s+)?(?:\\S+,\\s+)*$");
                places.add(new Named(p.start(), text.substring(p.start(), p.end()), z, from ? 0 : 1, true));
                located.add(p.start());
            }
        }
        places.removeIf(p -> !p.located() && located.contains(p.at()));
        places.sort(java.util.Comparator.comparingInt(Named::at));
        readConversions(text);
    }

    private void readConversions(String text) {
        Matcher m = LOCAL_FIRST.matcher(text);
        while (m.find()) {
            // an unzoned time converts only in brackets ("10 p.m. (2100 GMT)"); "local" with any joiner
            boolean local = m.group("local") != null;
            if (!local && !m.group("join").contains("(")) {
                continue;
            }
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            TimeZones.Named z = TimeZones.after(rest);
            if (z == null || z.local()) {
                continue;
            }
            add(minute(m, "1"), minute(m, "2"), z.zone(), local);
        }
        m = ZONED_FIRST.matcher(text);
        while (m.find()) {
            add(minute(m, "1"), minute(m, "2"), ZoneOffset.UTC, true);
        }
    }

    private void add(int localMinute, int zonedMinute, ZoneId zone, boolean local) {
        if (localMinute < 0 || zonedMinute < 0) {
            return;
        }
        LocalDate day = reference == null ? LocalDate.of(2001, 1, 15) : reference;
        int utc = Math.floorMod(zonedMinute - offset(zone, day, zonedMinute), 1440);
        int offset = Math.floorMod(localMinute - utc, 1440);
        conversions.add(new Conversion(offset > 840 ? offset - 1440 : offset, local));
    }

    private static int minute(Matcher m, String n) {
        if (m.group("noon" + n) != null) {
            return m.group("noon" + n).equalsIgnoreCase("noon") ? 720 : 0;
        }
        if (m.group("hhmm" + n) != null) {
            String v = m.group("hhmm" + n);
            return Integer.parseInt(v.substring(0, 2)) * 60 + Integer.parseInt(v.substring(2));
        }
        if (m.group("hh" + n) != null) {
            return Integer.parseInt(m.group("hh" + n)) * 60 + Integer.parseInt(m.group("mm" + n));
        }
        if (m.group("h" + n) == null) {
            return -1;
        }
        int h = Integer.parseInt(m.group("h" + n)) % 12 + (m.group("ap" + n).equalsIgnoreCase("p") ? 12 : 0);
        return h * 60 + (m.group("m" + n) == null ? 0 : Integer.parseInt(m.group("m" + n)));
    }

    private static String trimDots(String s) {
        return s.endsWith(".") && !s.matches(".*\\..*\\.") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isPlace(String written) {
        String n = Places.normalize(trimDots(written));
        return COUNTRIES.containsKey(n) || REGIONS.containsKey(n) || ABBREVIATIONS.containsKey(written);
    }

    /**
     * The zone of a place on {@code day}: a state or region of the table, a country whose zones all keep one clock
     * that day (or that the tz database names the zone of most of it), a city of the tz database, or a zone region
     * ("Hawaii", "Geneva"); null for a country with several clocks and for what is not known.
     */
    public static ZoneId zone(String place, LocalDate day) {
        if (ABBREVIATIONS.containsKey(place.strip())) {
            return ABBREVIATIONS.get(place.strip());
        }
        String n = Places.normalize(trimDots(place.strip()));
        if (REGIONS.containsKey(n)) {
            return REGIONS.get(n);
        }
        if (COUNTRIES.containsKey(n)) {
            List<ZoneId> zones = COUNTRIES.get(n);
            int first = offset(zones.get(0), day, 720);
            boolean one = zones.stream().allMatch(z -> offset(z, day, 720) == first);
            return one || PRINCIPAL.contains(n) ? zones.get(0) : null;
        }
        if (CITIES.containsKey(n)) {
            return CITIES.get(n);
        }
        return TimeZones.region(n);
    }

    /** Minutes east of UTC of {@code zone} on {@code day} at {@code minute} of its local day. */
    static int offset(ZoneId zone, LocalDate day, int minute) {
        return new TimeZones.Named(0, zone, "").offsetMinutes(day, Math.floorMod(minute, 1440));
    }

    /** The zone of the place named right after a time ("6:37 a.m. in Hilo", "four in the afternoon in Japan"). */
    public Inferred namedAfter(String after, LocalDate day) {
        Matcher m = IN_AFTER.matcher(after);
        if (!m.find()) {
            return null;
        }
        String place = m.group("place");
        ZoneId z = zone(place, day);
        if (z == null) {
            z = larger.get(Places.normalize(trimDots(place)));
        }
        return z == null ? null : new Inferred(z, "in " + trimDots(place), false);
    }

    /** Month and weekday names, which "in" also takes ("at 9 a.m. in March"). */
    private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?");

    /**
     * True when a place is named right after a time ("6:37 a.m. in Tarrowbay"); asked when {@link #namedAfter} knows
     * no zone for it, so the time is in that place's clock, which the article's other clues may not share.
     */
    public boolean unknownPlaceAfter(String after) {
        Matcher m = IN_AFTER.matcher(after);
        return m.find() && !CALENDAR_WORD.matcher(m.group("place").split("\\s")[0]).matches();
    }

    /**
     * The zone of a time written "local time" in the sentence [{@code from}, {@code to}): the place the sentence
     * names, else the place the article is about; either must fit the article's own conversions of local times,
     * which alone give a fixed offset when no place fits.
     */
    public Inferred local(int from, int to, LocalDate day) {
        if (declared != null && declared.zone() != null && !TimeZones.isUtc(declared.zone())) {
            return declared;
        }
        Inferred sentence = agreeing(from, to, day, "the place the sentence names");
        if (sentence != null && fits(sentence.zone(), true)) {
            return sentence;
        }
        Inferred article = dominant(day);
        if (article != null && fits(article.zone(), true)) {
            return article;
        }
        Inferred dateline = dateline();
        if (dateline != null && fits(dateline.zone(), true)) {
            return dateline;
        }
        return fixed(true);
    }

    /**
     * The zone of a time written with none: the zone the article declares or writes beside its other times, else the
     * place it is about (its dateline counts double), if that fits the article's conversions of unzoned times.
     */
    public Inferred unzoned(int from, LocalDate day) {
        if (declared != null) {
            return declared.zone() == null ? null : declared;
        }
        if (written != null) {
            return written;
        }
        Inferred article = dominant(day);
        if (article != null && fits(article.zone(), false)) {
            return article;
        }
        return fixed(false);
    }

    /** True when a zone keeps the offsets the article's conversions give (in either season, as their day may be unsure). */
    private boolean fits(ZoneId zone, boolean local) {
        LocalDate day = reference == null ? LocalDate.of(2001, 1, 15) : reference;
        for (Conversion c : conversions) {
            if (c.local() != local) {
                continue;
            }
            int winter = offset(zone, day.withDayOfYear(15), 720);
            int summer = offset(zone, day.withDayOfYear(196), 720);
            if (c.offset() != winter && c.offset() != summer) {
                return false;
            }
        }
        return true;
    }

    /** The one offset the article's conversions give local time, as a fixed zone; null when they give none or several. */
    private Inferred fixed(boolean local) {
        Integer offset = null;
        for (Conversion c : conversions) {
            if (c.local() == local) {
                if (offset != null && offset != c.offset()) {
                    return null;
                }
                offset = c.offset();
            }
        }
        return offset == null ? null : new Inferred(ZoneOffset.ofTotalSeconds(offset * 60),
                "zone inferred: the article's own conversion of a local time (UTC" + ZoneOffset.ofTotalSeconds(offset * 60) + ")", true);
    }

    /** The zone of the place the article was filed from, or null. */
    private Inferred dateline() {
        for (Named p : places) {
            if (p.weight() == 2) {
                return new Inferred(p.zone(), "zone inferred: " + p.zone().getId() + ", from the " + p.name(), true);
            }
        }
        return null;
    }

    /** The zone all places named in [from, to) share on {@code day}, or null. */
    private Inferred agreeing(int from, int to, LocalDate day, String why) {
        ZoneId zone = null;
        String names = "";
        for (Named p : places) {
            if (p.at() < from || p.at() >= to || !p.located()) {
                continue;
            }
            if (zone != null && offset(zone, day, 720) != offset(p.zone(), day, 720)) {
                return null;
            }
            if (zone == null) {
                zone = p.zone();
                names = p.name();
            }
        }
        return zone == null ? null : new Inferred(zone, "zone inferred: " + zone.getId() + ", from " + why + " (" + names + ")", true);
    }

    /**
     * The zone of the place the article is about: the clock most of its named places keep (two in three of them, and
     * at least two mentions unless no other place is named, the dateline counting double), or null when they are split or too few.
     */
    private Inferred dominant(LocalDate day) {
        if (dominantRead) {
            return dominant;
        }
        dominantRead = true;
        Map<Integer, Integer> weight = new TreeMap<>();
        Map<Integer, Map<ZoneId, Integer>> zones = new HashMap<>();
        Map<Integer, List<String>> names = new HashMap<>();
        int total = 0;
        for (Named p : places) {
            if (p.weight() == 0) {
                continue;
            }
            int o = offset(p.zone(), reference == null ? day : reference, 720);
            weight.merge(o, p.weight(), Integer::sum);
            zones.computeIfAbsent(o, k -> new LinkedHashMap<>()).merge(p.zone(), p.weight(), Integer::sum);
            List<String> n = names.computeIfAbsent(o, k -> new ArrayList<>());
            if (!n.contains(p.name()) && n.size() < 3) {
                n.add(p.name());
            }
            total += p.weight();
        }
        for (Map.Entry<Integer, Integer> w : weight.entrySet()) {
            // one place named alone is enough; among others it must be named at least twice
            if ((w.getValue() >= 2 || w.getValue() == total) && w.getValue() * 3 >= total * 2) {
                ZoneId best = zones.get(w.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                dominant = new Inferred(best, "zone inferred: " + best.getId() + ", from the places the article names ("
                        + String.join(", ", names.get(w.getKey())) + ")", true);
            }
        }
        return dominant;
    }

    /** The minute of the day {@code minute} local is in UTC, in {@code zone} on {@code day}. */
    public static int toUtc(ZoneId zone, LocalDate day, int minute) {
        return Math.floorMod(minute - offset(zone, day, minute), 1440);
    }
}
